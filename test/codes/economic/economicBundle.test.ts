import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../../../src/', import.meta.url))

/**
 * Every source file the module at `file` reaches through relative imports. With `valuesOnly`,
 * `import type` / `export type` are not followed: they are erased and never reach a bundle.
 */
function reachable(file: string, valuesOnly: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  for (const m of text.matchAll(/(import|export)(\s+type)?[^'";]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
    if (valuesOnly && m[2] !== undefined) continue
    reachable(resolve(dirname(file), `${m[3]}.ts`), valuesOnly, seen)
  }
  return seen
}

function relative(files: Set<string>): string[] {
  return [...files].map((f) => f.slice(src.length)).sort()
}

/** String literals that look like functional codes (类 2xx with 款/项), comments removed. */
function functionalCodeLiterals(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
  return [...code.matchAll(/['"`](2\d{4}(?:\d{2})?)['"`\t]/g)].map((m) => m[1] ?? '')
}

describe('the ./economic entry point', () => {
  const entry = resolve(src, 'codes/economic/index.ts')
  const all = relative(reachable(entry, false))
  const values = [...reachable(entry, true)]

  it('reaches the economic catalogs and the shared catalog machinery', () => {
    expect(all).toContain('codes/economic/department.generated.ts')
    expect(all).toContain('codes/economic/government.generated.ts')
    expect(all).toContain('codes/catalog.ts')
  })

  it('imports nothing from src/codes/functional/', () => {
    expect(all.filter((f) => f.startsWith('codes/functional/'))).toEqual([])
  })

  it('carries no functional code data in the modules a bundle would include', () => {
    const found = values.flatMap((f) => functionalCodeLiterals(f).map((c) => `${f.slice(src.length)}: ${c}`))
    expect(found).toEqual([])
  })

  it('the data scan would notice functional codes (checked on the functional catalog itself)', () => {
    const functional = resolve(src, 'codes/functional/functional.generated.ts')
    expect(functionalCodeLiterals(functional).length).toBeGreaterThan(10)
  })
})
