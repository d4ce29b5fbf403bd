import { describe, expect, it } from 'vitest'
import { createDepartmentEconomicCatalog } from '../../../src/codes/economic/createDepartmentEconomicCatalog'
import { createGovernmentEconomicCatalog } from '../../../src/codes/economic/createGovernmentEconomicCatalog'
import { departmentEconomicEntries } from '../../../src/codes/economic/department.generated'
import type { CatalogEntry } from '../../../src/codes/types'
import { isMedbudgetError } from '../../../src/errors'

const kuan = (code: string, name: string, from = 2026): CatalogEntry => ({
  code,
  level: 'kuan',
  names: [{ name, from }],
  provenance: [],
})

function catalogError(run: () => unknown): unknown {
  try {
    run()
  } catch (err) {
    return err
  }
  return undefined
}

describe('createDepartmentEconomicCatalog', () => {
  it('extends the bundled catalog with a caller’s code, marked as user-supplied', () => {
    const catalog = createDepartmentEconomicCatalog([kuan('30198', '示例工资福利支出')])
    expect(catalog.nameOf('30198', 2026)).toBe('示例工资福利支出')
    expect(catalog.get('30198')?.provenance).toEqual([{ kind: 'user' }])
    expect(catalog.nameOf('30101', 2026)).toBe('基本工资')
    expect(catalog.entries.length).toBe(departmentEconomicEntries.length + 1)
    expect(catalog.editions).toEqual({ first: 2022, last: 2026 })
  })

  it('lets a caller’s entry replace the bundled one of the same code', () => {
    const catalog = createDepartmentEconomicCatalog([
      { ...kuan('30217', '公务接待费（示例新名）'), names: [{ name: '公务接待费（示例新名）', from: 2022 }] },
    ])
    expect(catalog.nameOf('30217', 2024)).toBe('公务接待费（示例新名）')
    expect(catalog.entries.length).toBe(departmentEconomicEntries.length)
  })

  it('builds from the caller’s entries alone with mode replace', () => {
    const catalog = createDepartmentEconomicCatalog(
      [
        { code: '301', level: 'lei', names: [{ name: '工资福利支出', from: 2026 }], provenance: [] },
        kuan('30101', '基本工资'),
      ],
      { mode: 'replace' },
    )
    expect(catalog.entries.map((e) => e.code)).toEqual(['301', '30101'])
    expect(catalog.has('302')).toBe(false)
  })

  it.each([
    ['a government code', [kuan('50101', 'x')]],
    ['a 款 without its 类', [kuan('30801', 'x')]],
    ['a code twice', [kuan('30198', 'x'), kuan('30198', 'y')]],
  ])('rejects %s with CATALOG_INVALID', (_what, entries) => {
    expect(
      isMedbudgetError(
        catalogError(() => createDepartmentEconomicCatalog(entries)),
        'CATALOG_INVALID',
      ),
    ).toBe(true)
  })

  it('does not change the bundled catalog', () => {
    createDepartmentEconomicCatalog([kuan('30198', 'x')])
    expect(departmentEconomicEntries.map((e): string => e.code)).not.toContain('30198')
  })
})

describe('createGovernmentEconomicCatalog', () => {
  it('extends the bundled catalog', () => {
    const catalog = createGovernmentEconomicCatalog([kuan('51004', '示例补助')])
    expect(catalog.nameOf('51004', 2026)).toBe('示例补助')
    expect(catalog.nameOf('50905')).toBe('离退休费')
  })

  it('rejects a department code with CATALOG_INVALID', () => {
    expect(
      isMedbudgetError(
        catalogError(() => createGovernmentEconomicCatalog([kuan('30101', 'x')])),
        'CATALOG_INVALID',
      ),
    ).toBe(true)
  })
})
