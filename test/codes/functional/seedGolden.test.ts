import { describe, expect, it } from 'vitest'
import { functionalCodeErrata } from '../../../src/codes/errata'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { normalizeName } from '../../../src/codes/normalizeName'
import { parseCode } from '../../../src/codes/parseCode'
import { SEED_YEARS, seedCodeRows } from './seedCodePairs'

/**
 * Rows of 003's 部门支出预算表 where the PDF wrapped a long name over two rows and the extraction kept
 * only a fragment beside the code. The fragment must be the head or the tail of the catalog name.
 */
const WRAPPED_FRAGMENTS = [
  { seed: '003_4628d8b7aa23fe2e.txt', line: 254, code: '2080505', fragment: '费支出' },
  { seed: '003_4628d8b7aa23fe2e.txt', line: 259, code: '2101201', fragment: '的补助' },
  { seed: '003_4628d8b7aa23fe2e.txt', line: 265, code: '2101202', fragment: '财政对城乡居民基本医疗保险' },
  { seed: '003_4628d8b7aa23fe2e.txt', line: 266, code: '2101202', fragment: '基金的补助' },
  { seed: '003_4628d8b7aa23fe2e.txt', line: 267, code: '2101299', fragment: '财政对其他基本医疗保险基金' },
  { seed: '003_4628d8b7aa23fe2e.txt', line: 268, code: '2101299', fragment: '的补助' },
] as const

/** How many code rows each seed prints: an empty or partial extraction must fail. */
const EXPECTED_ROWS: Readonly<Record<string, number>> = {
  '000_7bfb42c5bf8cfd77.txt': 20,
  '001_bd1dedfc2d1eeeba.txt': 15,
  '002_a13058ed52681298.txt': 25,
  '003_4628d8b7aa23fe2e.txt': 30,
  '004_c95a306f488ad727.txt': 20,
}

describe('golden: every functional code printed in the seeds resolves to the name printed there', () => {
  for (const [seed, year] of Object.entries(SEED_YEARS)) {
    describe(seed, () => {
      const rows = seedCodeRows(seed)

      it(`finds the ${EXPECTED_ROWS[seed]} code rows the seed prints`, () => {
        expect(rows).toHaveLength(EXPECTED_ROWS[seed] ?? -1)
        expect(rows.every((r) => r.name !== '')).toBe(true)
      })

      it(`resolves each code for ${year} to its printed name (or a former name, or a recorded wrap fragment)`, () => {
        const problems: string[] = []
        for (const row of rows) {
          const parsed = parseCode(`${row.printed}\t${row.name}`, {
            system: 'functional',
            errata: functionalCodeErrata,
            seed,
          })
          const result = functionalCatalog.lookup(parsed.code, { year })
          if (result.status !== 'known') {
            problems.push(`line ${row.line}: ${parsed.code} unknown`)
            continue
          }
          expect(result.nearestEdition).toBe(false)
          const printed = normalizeName(row.name)
          const names = [...result.entry.names.map((n) => n.name), ...(result.entry.aliases ?? [])].map(
            normalizeName,
          )
          if (printed === normalizeName(result.name)) continue
          if (names.includes(printed)) continue // a former name or a recorded variant: an alias for that year
          const wrapped = WRAPPED_FRAGMENTS.find((w) => w.seed === seed && w.line === row.line)
          const full = result.name.replace(/\s+/g, '')
          if (
            wrapped !== undefined &&
            wrapped.code === parsed.code &&
            normalizeName(wrapped.fragment) === printed &&
            (full.startsWith(wrapped.fragment) || full.endsWith(wrapped.fragment))
          ) {
            continue
          }
          problems.push(`line ${row.line}: ${parsed.code} printed "${row.name}", catalog "${result.name}"`)
        }
        expect(problems).toEqual([])
      })
    })
  }

  it('every recorded wrap fragment is met (the list does not hide stale entries)', () => {
    for (const w of WRAPPED_FRAGMENTS) {
      const row = seedCodeRows(w.seed).find((r) => r.line === w.line)
      expect(row?.name.replace(/\s+/g, '')).toBe(w.fragment)
    }
  })

  it('a misprinted code is corrected only through the errata, each erratum is met, and none teaches the catalog a wrong code', () => {
    const damaged = Object.keys(SEED_YEARS)
      .flatMap((seed) => seedCodeRows(seed))
      .filter((r) => {
        try {
          parseCode(r.printed, { system: 'functional' })
          return false
        } catch {
          return true
        }
      })
    expect(damaged.map((r) => `${r.seed}:${r.line}`)).toEqual([
      '003_4628d8b7aa23fe2e.txt:267',
      '003_4628d8b7aa23fe2e.txt:268',
    ])
    for (const e of functionalCodeErrata) {
      expect(functionalCatalog.has(e.intended)).toBe(true)
      expect(damaged.some((r) => r.seed === e.seed && r.printed === e.printed)).toBe(true)
      expect(() => parseCode(e.printed, { system: 'functional' })).toThrow()
    }
  })

  it('the catalog tells a wrong printed name from a right one (the check can fail)', () => {
    const r = functionalCatalog.lookup('2101501\t事业运行', { year: 2024 })
    expect(r.status === 'known' && r.printedNameMatch).toBe('different')
  })

  it('the stale 类 row (九)医疗卫生与计划生育支出 resolves to 210 as a former name', () => {
    const [match] = functionalCatalog.searchByName('（九）医疗卫生与计划生育支出', { year: 2024 })
    expect(match).toMatchObject({ code: '210', name: '卫生健康支出', match: 'former' })
  })
})
