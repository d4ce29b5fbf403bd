/** Expanding the files and folders named on the command line into input files. @module */
import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { UsageError } from './args'
import { INPUT_EXTENSIONS } from './formats'

/** Most input files one run takes. */
export const MAX_INPUTS = 1_000_000

/**
 * The input files: each file named as it is (whatever its extension), each folder walked
 * recursively for `.pdf`, `.txt` and `.json` files (sorted by path; hidden entries skipped). A path
 * that does not exist is kept, so that it is reported as unreadable with the others.
 *
 * @param paths - files and folders as given
 * @returns the files, in a stable order
 * @throws UsageError when no path is given or there are more than {@link MAX_INPUTS} files
 * @example
 * ```ts
 * await collectInputs(['pdfs/'])  // ['pdfs/a.pdf', 'pdfs/sub/b.pdf']
 * ```
 */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0)
    throw new UsageError('请给出要读取的文件或文件夹', 'give the files or folders to read')
  const out: string[] = []
  const push = (file: string): void => {
    out.push(file)
    if (out.length > MAX_INPUTS)
      throw new UsageError(
        `文件超过 ${MAX_INPUTS} 个，请分批运行`,
        `more than ${MAX_INPUTS} files: run in batches`,
      )
  }
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if ((INPUT_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) {
        // a link to a file counts as the file (links to folders are not followed: no cycles)
        const isFile =
          entry.isFile() ||
          (entry.isSymbolicLink() && ((await stat(path).catch(() => undefined))?.isFile() ?? false))
        if (isFile) push(path)
      }
    }
  }
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) await walk(path)
    else push(path)
  }
  return out
}
