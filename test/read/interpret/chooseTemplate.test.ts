import { describe, expect, it } from 'vitest'
import {
  FUJIAN_BUDGET_2026,
  GUANGDONG_BUDGET_2026,
  JIANGSU_BUDGET_2026,
} from '../../../src/model/provincialTemplates'
import type { TableKind } from '../../../src/model/tableKinds'
import { HEBEI_BUDGET_2024, HENAN_BUDGET_2024, NATIONAL_FINAL_ACCOUNT } from '../../../src/model/templates'
import { chooseTemplate } from '../../../src/read/interpret/chooseTemplate'

const without = (tables: readonly TableKind[], ...drop: TableKind[]) =>
  tables.filter((k) => !drop.includes(k))

describe('chooseTemplate', () => {
  it('takes the layout of the province a department name names, by city or by province', () => {
    expect(
      chooseTemplate('budget', FUJIAN_BUDGET_2026.tables, { texts: ['泉州市人民政府办公室'] }),
    ).toMatchObject({
      template: { id: 'fujian-budget-2026' },
      exact: true,
      by: 'province',
    })
    // tables lost in the reading do not move it to another province
    const lost = chooseTemplate('budget', ['summary', 'income'], { texts: ['2026年广东省某某厅部门预算'] })
    expect(lost?.template.id).toBe('guangdong-budget-2026')
    expect(lost?.missing).toContain('basic-by-source')
    // within the province, the closest table set (2024 rather than the 2025 variant)
    expect(
      chooseTemplate('budget', HENAN_BUDGET_2024.tables, { texts: ['焦作市医疗保障局'] })?.template.id,
    ).toBe('henan-budget-2024')
  })

  it('takes the layout whose table set fits when no province is named, and none when nothing fits', () => {
    expect(chooseTemplate('budget', without(GUANGDONG_BUDGET_2026.tables, 'projects'))).toMatchObject({
      template: { id: 'guangdong-budget-2026' },
      exact: false,
      missing: ['projects'],
      by: 'tables',
    })
    expect(chooseTemplate('budget', HEBEI_BUDGET_2024.tables)?.template.id).toBe('hebei-budget-2024')
    expect(chooseTemplate('final-account', NATIONAL_FINAL_ACCOUNT.tables)?.template.id).toBe(
      'national-final-account',
    )
    // 北京: no known layout, no tables in the file
    expect(chooseTemplate('budget', [], { texts: ['北京市交通委员会'] })).toBeUndefined()
    expect(chooseTemplate('budget', ['summary', 'income', 'three-public'])).toBeUndefined()
  })

  it('does not take a word inside a name for a city, nor two provinces for one', () => {
    // 中山大学 is not 中山市; the table set decides
    expect(chooseTemplate('budget', JIANGSU_BUDGET_2026.tables, { texts: ['中山大学附属医院'] })?.by).toBe(
      'tables',
    )
    // two provinces named: the table set decides
    const two = chooseTemplate('budget', JIANGSU_BUDGET_2026.tables, { texts: ['南京市', '杭州市'] })
    expect(two).toMatchObject({ template: { id: 'jiangsu-budget-2026' }, by: 'tables' })
  })

  it('chooses among the templates it is given, of the document kind only', () => {
    expect(
      chooseTemplate('budget', NATIONAL_FINAL_ACCOUNT.tables, { templates: [NATIONAL_FINAL_ACCOUNT] }),
    ).toBeUndefined()
    expect(
      chooseTemplate('budget', FUJIAN_BUDGET_2026.tables, {
        texts: ['泉州市'],
        templates: [HENAN_BUDGET_2024],
      }),
    ).toBeUndefined()
  })

  it('stays bounded on long and many texts', () => {
    const texts = Array.from({ length: 10_000 }, () => '某'.repeat(100_000))
    expect(chooseTemplate('budget', [], { texts })).toBeUndefined()
  })
})
