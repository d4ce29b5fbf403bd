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

describe('name-vs-catalog: a name printed as the catalog spells it', () => {
  const withName = (name: string) =>
    docWith([table('expenditure', [col('total')], [coded('2101501', { total: '1.00' }, { name })])])
  const run = (name: string, catalog?: ReturnType<typeof createFunctionalCatalog>) =>
    reconcile(withName(name), { rules: [nameVsCatalog], ...(catalog ? { functionalCatalog: catalog } : {}) })

  it('counts one check and says nothing, as the same name spelt otherwise (spaces, 支出) does', () => {
    const exact = run('行政运行')
    const spelt = run(' 行政 运行支出')
    expect(exact.coverage[0]?.checks).toBe(1)
    expect(spelt.coverage[0]?.checks).toBe(1)
    expect(names(exact)).toEqual([])
    expect(names(spelt)).toEqual([])
  })

  it('a catalog spelling that normalises to nothing is no check (as printed, normalised: nothing to compare)', () => {
    const entries: CatalogEntry<string>[] = functionalCatalog.entries.map((e) =>
      e.code === '2101501' ? { ...e, aliases: [...(e.aliases ?? []), '（一）'] } : e,
    )
    const mine = createFunctionalCatalog(entries)
    const report = run('（一）', mine)
    expect(report.coverage[0]?.status).toBe('not-applicable')
    expect(names(report)).toEqual([])
  })
})
