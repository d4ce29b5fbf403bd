import { describe, expect, it } from 'vitest'
import { createFunctionalCatalog } from '../../src/codes/functional/createFunctionalCatalog'
import { functionalCatalog } from '../../src/codes/functional/functionalCatalog'
import type { CatalogEntry } from '../../src/codes/types'
import { reconcile } from '../../src/reconcile/reconcile'
import { nameVsCatalog } from '../../src/reconcile/rules/nameVsCatalog'
import { coded, col, docWith, table } from './docWith'

// 2101501 printed as 事业运行 (the name of 2101550): a contradiction for the bundled catalog
const doc = docWith([
  table('expenditure', [col('total')], [coded('2101501', { total: '1.00' }, { name: '事业运行' })]),
])

const names = (report: ReturnType<typeof reconcile>): string[] =>
  report.findings.filter((f) => f.rule === 'name-vs-catalog').map((f) => String(f.params.name))

describe('name-vs-catalog uses the catalog reconcile is given', () => {
  it('the bundled catalog: a name of another code is caught', () => {
    expect(names(reconcile(doc, { rules: [nameVsCatalog] }))).toEqual(['事业运行'])
  })

  it("a province's catalog that records the name as an alias of the code: silent", () => {
    const entries: CatalogEntry<string>[] = functionalCatalog.entries.map((e) =>
      e.code === '2101501' ? { ...e, aliases: [...(e.aliases ?? []), '事业运行'] } : e,
    )
    const mine = createFunctionalCatalog(entries)
    expect(names(reconcile(doc, { rules: [nameVsCatalog], functionalCatalog: mine }))).toEqual([])
  })

  it('a catalog that renamed the code (an edition name) answers as an alias, not a contradiction', () => {
    const entries: CatalogEntry<string>[] = functionalCatalog.entries.map((e) =>
      e.code === '2101501' ? { ...e, names: [{ name: '事业运行', from: 2014, to: 2015 }, ...e.names] } : e,
    )
    const mine = createFunctionalCatalog(entries)
    const report = reconcile(doc, { rules: [nameVsCatalog], functionalCatalog: mine })
    expect(names(report)).toEqual([])
    expect(report.coverage[0]?.checks).toBe(1)
  })
})
