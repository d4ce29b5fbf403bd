import { describe, expect, it } from 'vitest'
import { createFunctionalCatalog } from '../../src/codes/functional/createFunctionalCatalog'
import { functionalCatalog } from '../../src/codes/functional/functionalCatalog'
import type { CatalogEntry } from '../../src/codes/types'
import type { Disclosure } from '../../src/model/disclosure'
import { reconcile } from '../../src/reconcile/reconcile'
import { codesKnown } from '../../src/reconcile/rules/codesKnown'
import { loadSample } from '../../src/samples/index'

// sample 001 with one 项 renamed to a local extension, 2101560, that the bundled catalog lacks
const LOCAL = '2101560'
const doc: Disclosure = (() => {
  const copy = JSON.parse(JSON.stringify(loadSample('001'))) as {
    tables: { kind: string; rows: { code?: string; codeSystem?: string }[] }[]
  }
  const table = copy.tables.find((t) => t.rows.some((r) => r.code === '2101501'))
  const row = table?.rows.find((r) => r.code === '2101501')
  if (row) row.code = LOCAL
  return copy as unknown as Disclosure
})()

const unknownCodes = (report: ReturnType<typeof reconcile>): string[] =>
  report.findings.filter((f) => f.rule === 'codes-known').map((f) => String(f.params.code))

describe('reconcile uses the catalog it is given', () => {
  it('the bundled catalog by default: the local 项 is not in it', () => {
    expect(functionalCatalog.has(LOCAL)).toBe(false)
    expect(unknownCodes(reconcile(doc, { rules: [codesKnown] }))).toEqual([LOCAL])
  })

  it("a province's own catalog that has the code: no finding", () => {
    const entries: CatalogEntry<string>[] = [
      ...functionalCatalog.entries,
      {
        code: LOCAL,
        level: 'xiang',
        names: [{ name: '本地扩展项', from: 2022 }],
        provenance: [{ kind: 'user' }],
      },
    ]
    const mine = createFunctionalCatalog(entries)
    expect(unknownCodes(reconcile(doc, { rules: [codesKnown], functionalCatalog: mine }))).toEqual([])
  })

  it('a catalog without 210 makes every 210 code unknown', () => {
    const tiny = createFunctionalCatalog([
      {
        code: '208',
        level: 'lei',
        names: [{ name: '社会保障和就业支出', from: 2022 }],
        provenance: [{ kind: 'user' }],
      },
    ])
    const codes = unknownCodes(reconcile(doc, { rules: [codesKnown], functionalCatalog: tiny }))
    expect(codes.filter((c) => c.startsWith('210')).length).toBeGreaterThan(3)
  })
})
