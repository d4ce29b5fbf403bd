import { describe, expect, it } from 'vitest'
import type { Catalog } from '../../../src/codes/catalog'
import { departmentEconomicCatalog } from '../../../src/codes/economic/departmentEconomicCatalog'
import { governmentEconomicCatalog } from '../../../src/codes/economic/governmentEconomicCatalog'
import { isAllowedPair } from '../../../src/codes/economic/isAllowedPair'
import { normalizeName } from '../../../src/codes/normalizeName'
import { economicTestErrata } from './proposedEconomicErrata'
import {
  type PrintedCode,
  readSeedEconomicTable,
  SEED_ECONOMIC_TABLES,
  type SeedEconomicRow,
  type SeedEconomicTable,
} from './seedEconomicRows'

/** Rows each table prints; exact, so that an extraction that loses or invents rows fails. */
const EXPECTED_ROWS: Readonly<Record<string, number>> = {
  '000_7bfb42c5bf8cfd77.txt 2024年一般公共预算基本支出表': 19,
  '000_7bfb42c5bf8cfd77.txt 2024年支出经济分类汇总表': 21,
  '001_bd1dedfc2d1eeeba.txt 部门预算一般公共预算财政拨款基本支出表': 28,
  '002_a13058ed52681298.txt 公开06表 一般公共预算财政拨款基本支出决算明细表': 81,
  '003_4628d8b7aa23fe2e.txt 2025年一般公共预算基本支出预算表': 22,
  '003_4628d8b7aa23fe2e.txt 2025年支出经济分类汇总表': 29,
  '004_c95a306f488ad727.txt 2023年一般公共预算基本支出表': 31,
}

/**
 * Cells the OCR garbled beyond any erratum: seed, line, side, and why. Each must stay unreadable
 * (or, for a name, not match) — if the parser or the errata start reading them, this list is stale.
 */
const UNRECOVERABLE = [
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    line: 433,
    side: 'dept',
    why: 'code cells "302 | " and name "7 112 1"',
  },
] as const
const GARBLED_NAMES = [
  { seed: '003_4628d8b7aa23fe2e.txt', line: 430, code: '30112', printed: '苴伷社会', why: 'OCR of 其他社会' },
] as const

function isUnrecoverable(row: SeedEconomicRow, side: 'dept' | 'gov'): boolean {
  return UNRECOVERABLE.some((u) => u.seed === row.seed && u.line === row.line && u.side === side)
}

interface Resolved {
  readonly code: string
  readonly viaErratum: boolean
  readonly match: string | undefined
  readonly name: string
}

/** Resolves one side of a row through the catalog, with errata for cells that are not well-formed. */
function resolve<C extends string>(
  catalog: Catalog<C>,
  table: SeedEconomicTable,
  cells: string,
  printed: PrintedCode,
  readable: boolean,
): Resolved {
  const input = readable ? `${printed.code}\t${printed.name}` : `${cells}\t${printed.name}`
  const answer = catalog.lookup(input, {
    year: table.year,
    ...(readable ? {} : { errata: economicTestErrata, seed: table.seed }),
  })
  if (answer.status !== 'known') throw new Error(`${table.seed}: ${input} is not in the catalog`)
  return {
    code: answer.code,
    viaErratum: answer.erratum !== undefined,
    match: answer.printedNameMatch,
    name: answer.name,
  }
}

describe.each(SEED_ECONOMIC_TABLES.map((t) => [`${t.seed} ${t.table}`, t] as const))('%s', (label, table) => {
  const rows = readSeedEconomicTable(table)

  it('extracts every economic row the table prints', () => {
    expect(rows.length).toBe(EXPECTED_ROWS[label])
  })

  it('resolves every department code to the name printed beside it, for the seed year', () => {
    let checked = 0
    for (const row of rows) {
      if (row.dept === undefined || isUnrecoverable(row, 'dept')) continue
      const r = resolve(departmentEconomicCatalog, table, row.deptCells, row.dept, row.deptReadable)
      const garbled = GARBLED_NAMES.find((g) => g.seed === row.seed && g.line === row.line)
      if (garbled) {
        expect(r.code).toBe(garbled.code)
        expect(r.match, `line ${row.line}`).toBe('different')
      } else {
        expect(
          ['current', 'alias'],
          `line ${row.line}: ${row.dept.code} ${row.dept.name} vs ${r.name}`,
        ).toContain(r.match)
      }
      expect(r.viaErratum).toBe(!row.deptReadable)
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })

  // The 河北 template and the 决算 公开06表 print department codes only.
  const printsGovernmentCodes = table.layout === 'joined-pair' || table.layout === 'split-pair'

  if (printsGovernmentCodes)
    it('resolves every government code to the name printed beside it, for the seed year', () => {
      let checked = 0
      for (const row of rows) {
        if (row.gov === undefined || isUnrecoverable(row, 'gov')) continue
        const r = resolve(governmentEconomicCatalog, table, row.govCells, row.gov, row.govReadable)
        expect(
          ['current', 'alias'],
          `line ${row.line}: ${row.gov.code} ${row.gov.name} vs ${r.name}`,
        ).toContain(r.match)
        expect(r.viaErratum).toBe(!row.govReadable)
        checked++
      }
      expect(checked).toBeGreaterThan(0)
    })

  if (printsGovernmentCodes)
    it('allows every (department, government) pair printed side by side', () => {
      let checked = 0
      for (const row of rows) {
        if (row.dept === undefined || row.gov === undefined) continue
        if (isUnrecoverable(row, 'dept') || isUnrecoverable(row, 'gov')) continue
        const d = resolve(departmentEconomicCatalog, table, row.deptCells, row.dept, row.deptReadable)
        const g = resolve(governmentEconomicCatalog, table, row.govCells, row.gov, row.govReadable)
        expect(isAllowedPair(d.code, g.code), `line ${row.line}: ${d.code} → ${g.code}`).toBe(true)
        checked++
      }
      expect(checked).toBeGreaterThanOrEqual(19)
    })
})

describe('unreadable cells', () => {
  const summary = SEED_ECONOMIC_TABLES.find((t) => t.seed.startsWith('003') && t.layout === 'split-pair')
  const rows = summary ? readSeedEconomicTable(summary) : []

  it('are exactly the OCR-damaged rows of 003 支出经济分类汇总表 (none elsewhere)', () => {
    const elsewhere = SEED_ECONOMIC_TABLES.filter((t) => t !== summary).flatMap((t) =>
      readSeedEconomicTable(t).filter((r) => !r.deptReadable || (r.gov !== undefined && !r.govReadable)),
    )
    expect(elsewhere).toEqual([])
    const damaged = rows.filter((r) => !r.deptReadable || !r.govReadable).map((r) => r.line)
    expect(damaged).toEqual([427, 428, 432, 433, 443, 449, 452, 453, 458])
  })

  it('recover through errata to the codes the names and amounts point at', () => {
    const recovered = rows
      .filter((r) => !r.deptReadable && !isUnrecoverable(r, 'dept') && r.dept !== undefined && summary)
      .map((r) =>
        summary && r.dept
          ? resolve(departmentEconomicCatalog, summary, r.deptCells, r.dept, false).code
          : 'missing',
      )
    expect(recovered).toEqual(['30108', '30110', '30226', '30299', '30907', '31007', '30299'])
  })

  it('the unrecoverable row stays unreadable, so the list above is not stale', () => {
    const row = rows.find((r) => r.line === 433)
    expect(row?.deptReadable).toBe(false)
    expect(() =>
      departmentEconomicCatalog.lookup(`${row?.deptCells ?? ''}\t${row?.dept?.name ?? ''}`, {
        errata: economicTestErrata,
        seed: '003_4628d8b7aa23fe2e.txt',
      }),
    ).toThrow(/格式不正确|malformed/)
  })

  it('a garbled name is reported as different, never as a match', () => {
    expect(normalizeName('苴伷社会')).not.toBe(normalizeName('其他社会保障缴费'))
    const answer = departmentEconomicCatalog.lookup('30112\t苴伷社会', { year: 2025 })
    expect(answer.status === 'known' && answer.printedNameMatch).toBe('different')
  })
})
