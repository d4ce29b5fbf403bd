// What the demo runs on: a PDF (the default: a disclosure printed from sample 000), text extracted
// from a PDF, a JSON document, or a bundled sample by its id. Separate from demo.ts so that a test
// can run it.
import { readFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { type Disclosure, parseDisclosure } from '../src/index'
import { readDisclosure } from '../src/read/index'
import { loadSample, SAMPLES, type SampleId } from '../src/samples/index'

/** The PDF the demo reads when it is given nothing. */
export const DEFAULT_PDF = join(import.meta.dirname, '..', 'test', 'fixtures', 'pdf', 'sample-000.pdf')

/** A document for the demo, or why there is none. */
export type DemoInput =
  | { readonly ok: true; readonly doc: Disclosure; readonly name: string }
  | { readonly ok: false; readonly message: string }

/**
 * Reads the demo's argument: nothing (the default PDF), a sample id (000–004), or a path to a
 * `.pdf`, a `.txt` of text extracted from a PDF, or a `.json` document. Prints what the reader
 * found (tables, pages, what it was unsure of) as part 0 of the demo.
 */
export async function readDemoInput(
  arg: string | undefined,
  print: (line: string) => void,
): Promise<DemoInput> {
  if (arg !== undefined && SAMPLES.some((s) => s.id === arg))
    return { ok: true, doc: loadSample(arg as SampleId), name: arg }
  const file = arg ?? DEFAULT_PDF
  const ext = extname(file).toLowerCase()
  const name = basename(file, extname(file))
  if (ext === '.json') return { ok: true, doc: parseDisclosure(JSON.parse(readFileSync(file, 'utf8'))), name }
  if (ext !== '.pdf' && ext !== '.txt')
    return {
      ok: false,
      message: `“${file}”：请给出样例编号（${SAMPLES.map((s) => s.id).join('、')}）或 .pdf、.txt、.json 文件 / give a sample id or a .pdf, .txt or .json file`,
    }
  print(`\n${'='.repeat(8)} 0. 读取 / Reading ${basename(file)} ${'='.repeat(8)}\n`)
  const input = ext === '.pdf' ? new Uint8Array(readFileSync(file)) : readFileSync(file, 'utf8')
  const result = await readDisclosure(input, { fileName: basename(file) })
  print(`${result.source.kind}, ${result.source.pages} 页 / pages, ${result.tables.length} 张表 / tables:`)
  for (const t of result.tables)
    print(
      `  p.${t.pages.join('–').padEnd(6)} ${t.status === 'recognized' ? (t.kind ?? '').padEnd(24) : '(unrecognized)'.padEnd(24)} ${t.title}`,
    )
  const byCode = new Map<string, number>()
  for (const d of result.diagnostics) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1)
  print(
    `读取提示 / reader notes: ${result.diagnostics.length}${byCode.size > 0 ? ` (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`,
  )
  if (result.status === 'not-a-disclosure')
    return {
      ok: false,
      message: `不是部门预算/决算公开：${result.reason.zh} / not a disclosure: ${result.reason.en}`,
    }
  return { ok: true, doc: result.disclosure, name }
}
