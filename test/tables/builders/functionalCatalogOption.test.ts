import { describe, expect, it } from 'vitest'
import { functionalCatalogFromCsv } from '../../../src/codes/functional/fromTable/functionalCatalogFromCsv'
import type { LineItem } from '../../../src/model/lineItem'
import { buildTables } from '../../../src/tables/builders/buildTables'
import type { BuildTablesInput } from '../../../src/tables/builders/types'
import { HENAN_BUDGET_2024_TABLES } from '../../../src/tables/templates/henanBudget2024'

const items: LineItem[] = [
  {
    unitCode: '900001',
    functionalCode: '2101501',
    kind: 'basic',
    basicClass: 'personnel',
    economicCode: '30101',
    govEconomicCode: '50101',
    source: 'gpb',
    amount: '100',
  } as LineItem,
]
const input: BuildTablesInput = {
  lineItems: items,
  department: { code: '900', name: '示范市医疗保障局' },
  units: [{ code: '900001', name: '示范市医疗保障局机关', type: '行政' }],
  fiscalYear: 2024,
  template: HENAN_BUDGET_2024_TABLES,
}
const mine = functionalCatalogFromCsv(
  '科目编码,科目名称\n210,我的卫生类\n21015,我的医保款\n2101501,我的行政运行',
  {
    edition: 2024,
  },
)

describe('buildTables with a functional catalog of your own', () => {
  it('names the functional codes from the catalog passed', () => {
    const text = JSON.stringify(buildTables({ ...input, functionalCatalog: mine }))
    expect(text).toContain('我的行政运行')
  })

  it('uses the bundled catalog when none is passed', () => {
    const text = JSON.stringify(buildTables(input))
    expect(text).not.toContain('我的行政运行')
    expect(text).toContain('"行政运行"')
  })

  it('names.functional still wins over the catalog', () => {
    const text = JSON.stringify(
      buildTables({
        ...input,
        functionalCatalog: mine,
        names: { functional: (code) => (code === '2101501' ? '调用方名称' : undefined) },
      }),
    )
    expect(text).toContain('调用方名称')
    expect(text).not.toContain('我的行政运行')
  })
})
