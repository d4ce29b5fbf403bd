import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Catalog } from '../../../src/codes/catalog'
import {
  type DeptEconomicCode,
  departmentEconomicEntries,
} from '../../../src/codes/economic/department.generated'
import { departmentEconomicCatalog } from '../../../src/codes/economic/departmentEconomicCatalog'
import {
  type GovEconomicCode,
  governmentEconomicEntries,
} from '../../../src/codes/economic/government.generated'
import { governmentEconomicCatalog } from '../../../src/codes/economic/governmentEconomicCatalog'
import type { CatalogEntry, Provenance } from '../../../src/codes/types'
import { isMedbudgetError } from '../../../src/errors'
import { readSeedEconomicTable, SEED_ECONOMIC_TABLES } from './seedEconomicRows'

const DEPT_LEI = ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399']
const GOV_LEI = [
  '501',
  '502',
  '503',
  '504',
  '505',
  '506',
  '507',
  '508',
  '509',
  '510',
  '511',
  '512',
  '513',
  '514',
  '599',
]

function seedProvenance(entry: CatalogEntry): string[] {
  return entry.provenance
    .filter((p): p is Extract<Provenance, { kind: 'seed' }> => p.kind === 'seed')
    .map((p) => `${p.seed} ${p.table}`)
}

/** Codes each seed table prints in well-formed cells, per side. */
function printedBySeedTable(side: 'dept' | 'gov'): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const t of SEED_ECONOMIC_TABLES) {
    const codes = new Set<string>()
    for (const r of readSeedEconomicTable(t)) {
      if (side === 'dept' && r.dept && r.deptReadable) codes.add(r.dept.code)
      if (side === 'gov' && r.gov && r.govReadable) codes.add(r.gov.code)
    }
    out.set(`${t.seed} ${t.table}`, codes)
  }
  return out
}

describe.each([
  ['department', departmentEconomicCatalog, departmentEconomicEntries, DEPT_LEI, 'dept'] as const,
  ['government', governmentEconomicCatalog, governmentEconomicEntries, GOV_LEI, 'gov'] as const,
])('%s economic catalog', (_label, bound, entries, lei, side) => {
  // Both catalogs seen through one type, so the same checks run on each.
  const catalog: Catalog<string> = bound

  it('has exactly the 类 of the classification, each with 款', () => {
    const leis = entries.filter((e) => e.level === 'lei').map((e) => e.code)
    expect(leis).toEqual(lei)
    for (const l of lei) expect(catalog.children(l).length, l).toBeGreaterThan(0)
  })

  it('gives every 类 and 款 a Chinese name, an English name and provenance', () => {
    for (const e of entries) {
      expect(e.names.length, e.code).toBeGreaterThan(0)
      expect(e.en ?? '', e.code).toMatch(/^[A-Z][\x20-\x7E]+$/)
      expect(e.provenance.length, e.code).toBeGreaterThan(0)
    }
  })

  it('passes the generic catalog checks (levels, parents, name ranges)', () => {
    // validate: 'on-first-use' — the first query runs the checks, and would throw CATALOG_INVALID
    expect(catalog.get(lei[0] ?? '')?.level).toBe('lei')
    expect(catalog.editions).toEqual({ first: 2022, last: 2026 })
  })

  it('names a seed table in provenance exactly when that table prints the code', () => {
    const printed = printedBySeedTable(side)
    for (const e of entries) {
      const claimed = seedProvenance(e)
      const actual = [...printed].filter(([, codes]) => codes.has(e.code)).map(([table]) => table)
      expect(claimed.sort(), e.code).toEqual(actual.sort())
    }
  })

  it('answers unknown-but-well-formed codes as unknown and rejects malformed ones', () => {
    const unknown = side === 'dept' ? '30198' : '50198'
    expect(catalog.lookup(unknown, { year: 2024 }).status).toBe('unknown')
    expect(catalog.has(unknown)).toBe(false)
    expect(() => catalog.lookup(side === 'dept' ? '301l' : '501l')).toThrow()
    try {
      catalog.lookup(side === 'dept' ? '50101' : '30101')
      expect.unreachable('a code of the other economic system must be rejected')
    } catch (err) {
      expect(isMedbudgetError(err, 'CODE_MALFORMED')).toBe(true)
    }
  })

  it('is frozen', () => {
    expect(Object.isFrozen(entries)).toBe(true)
    expect(Object.isFrozen(entries[0]?.names)).toBe(true)
    expect(Object.isFrozen(entries[0]?.provenance[0])).toBe(true)
  })
})

describe('names the disclosures rely on', () => {
  it.each([
    ['30217', '公务接待费'],
    ['30231', '公务用车运行维护费'],
    ['30302', '退休费'],
    ['31002', '办公设备购置'],
    ['31302', '对社会保险基金补助'],
    ['309', '资本性支出（基本建设）'],
    ['311', '对企业补助（基本建设）'],
  ])('department %s is %s in every edition 2022–2026', (code, name) => {
    for (let year = 2022; year <= 2026; year++)
      expect(departmentEconomicCatalog.nameOf(code, year)).toBe(name)
  })

  it.each([
    ['50101', '工资奖金津补贴'],
    ['50501', '工资福利支出'],
    ['50905', '离退休费'],
    ['51002', '对社会保险基金补助'],
    ['503', '机关资本性支出（一）'],
  ])('government %s is %s', (code, name) => {
    expect(governmentEconomicCatalog.nameOf(code, 2024)).toBe(name)
  })

  it('finds a code by its half-width printed variant', () => {
    expect(departmentEconomicCatalog.searchByName('维修(护)费').map((m) => m.code)).toEqual(['30213'])
    expect(governmentEconomicCatalog.searchByName('维修(护)费').map((m) => m.code)).toEqual(['50209'])
  })
})

describe('code types', () => {
  it('are derived from the data', () => {
    expectTypeOf<'30101'>().toExtend<DeptEconomicCode>()
    expectTypeOf<'50101'>().toExtend<GovEconomicCode>()
    expectTypeOf<'50101'>().not.toExtend<DeptEconomicCode>()
    // @ts-expect-error 30198 is not in the catalog
    const notACode: DeptEconomicCode = '30198'
    expect(departmentEconomicCatalog.has(notACode)).toBe(false)
  })
})
