import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { functionalCatalogFromCsv } from '../../../src/codes/functional/fromTable/functionalCatalogFromCsv'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { MedbudgetError } from '../../../src/errors'

const fails = (f: () => unknown): MedbudgetError => {
  try {
    f()
  } catch (e) {
    if (e instanceof MedbudgetError) return e
    throw e
  }
  throw new Error('expected a MedbudgetError')
}

describe('functionalCatalogFromCsv', () => {
  it('reads 科目编码 / 科目名称 columns, skips other columns, marks provenance user', () => {
    const csv =
      '科目编码,科目名称,说明\n210,卫生健康支出,反映…\n21015,医疗保障管理事务,\n"210 15 01",行政运行,"含,逗号"\n'
    const c = functionalCatalogFromCsv(csv, { edition: 2026 })
    expect(c.entries.map((e) => e.code)).toEqual(['210', '21015', '2101501'])
    expect(c.nameOf('2101501')).toBe('行政运行')
    expect(c.get('210')?.provenance).toEqual([{ kind: 'user' }])
    expect(c.editions).toEqual({ first: 2026, last: 2026 })
    expect(c.lookup('2101502').status).toBe('unknown')
    expect(Object.isFrozen(c.entries)).toBe(true)
  })

  it('reads 类/款/项 in three columns, a blank 类 or 款 repeating the one above', () => {
    const csv = [
      '类,款,项,科目名称',
      '210,,,卫生健康支出',
      ',15,,医疗保障管理事务',
      ',,01,行政运行',
      ',,99,其他医疗保障管理事务支出',
      '221,,,住房保障支出',
      ',02,,住房改革支出',
      ',,01,住房公积金',
    ].join('\r\n')
    const c = functionalCatalogFromCsv(csv, {
      edition: 2025,
      provenance: 'reference',
      file: '2025年政府收支分类科目.csv',
    })
    expect(c.entries.map((e) => e.code)).toEqual([
      '210',
      '21015',
      '2101501',
      '2101599',
      '221',
      '22102',
      '2210201',
    ])
    expect(c.get('2210201')?.provenance).toEqual([{ kind: 'reference', file: '2025年政府收支分类科目.csv' }])
  })

  it('reads a list without a header as code, name', () => {
    const c = functionalCatalogFromCsv('\uFEFF208,社会保障和就业支出\n20805,行政事业单位养老支出', {
      edition: 2024,
    })
    expect(c.nameOf('20805')).toBe('行政事业单位养老支出')
  })

  it('a catalog of your own answers differently from the bundled one', () => {
    const c = functionalCatalogFromCsv(
      '编码,名称\n210,卫生健康支出\n21015,医疗保障管理事务\n2101598,我的新项',
      { edition: 2026 },
    )
    expect(c.lookup('2101598').status).toBe('known')
    expect(functionalCatalog.lookup('2101598').status).toBe('unknown')
  })

  it('names the line and column of every problem', () => {
    const csv =
      '科目编码,科目名称\n210,卫生健康支出\n21x15,错码\n21015,\n2101501,行政运行\n2101501,重复\n2109901,无上级'
    const e = fails(() => functionalCatalogFromCsv(csv, { edition: 2026 }))
    expect(e.code).toBe('CATALOG_INVALID')
    expect(e.issues.map((i) => i.path)).toEqual([
      [3, 1],
      [4, 2],
      [6, 1],
      [5, 1],
      [7, 1],
    ])
    expect(e.zh).toContain('第 3 行第 1 列')
    expect(e.en).toContain('line 3, column 1')
    expect(e.issues[4]?.zh).toContain('21099')
  })

  it('refuses 00 segments and bad split cells with their column', () => {
    const e = fails(() =>
      functionalCatalogFromCsv('类,款,项,科目名称\n210,,,卫生健康支出\n,1,,坏款\n', { edition: 2026 }),
    )
    expect(e.issues[0]?.path).toEqual([3, 2])
    const z = fails(() =>
      functionalCatalogFromCsv('类,款,项,科目名称\n210,,,卫生健康支出\n,00,,零款\n', { edition: 2026 }),
    )
    expect(z.issues[0]?.zh).toContain('00')
  })

  it('refuses an empty list, a bad edition and an oversized input', () => {
    expect(fails(() => functionalCatalogFromCsv('科目编码,科目名称\n', { edition: 2026 })).code).toBe(
      'CATALOG_INVALID',
    )
    expect(fails(() => functionalCatalogFromCsv('210,卫生健康支出', { edition: 20.5 })).code).toBe(
      'OPTION_INVALID',
    )
    expect(
      fails(() => functionalCatalogFromCsv('210,卫生健康支出\n'.repeat(30), { edition: 2026, maxRows: 5 }))
        .code,
    ).toBe('INPUT_TOO_LARGE')
    expect(fails(() => functionalCatalogFromCsv('x'.repeat(5_000_001), { edition: 2026 })).code).toBe(
      'INPUT_TOO_LARGE',
    )
  })

  it('round-trips the bundled 2026 names (property)', () => {
    const inForce = functionalCatalog.entries.filter((e) => {
      const r = functionalCatalog.lookup(e.code, { year: 2026 })
      return r.status === 'known' && r.inForce
    })
    fc.assert(
      fc.property(fc.subarray(inForce, { minLength: 1, maxLength: 60 }), fc.boolean(), (picked, split) => {
        // close the set under parents so the list is complete
        const codes = new Set<string>()
        for (const e of picked) for (let n = 3; n <= e.code.length; n += 2) codes.add(e.code.slice(0, n))
        const sorted = [...codes].sort()
        const line = (code: string): string => {
          const name = functionalCatalog.nameOf(code, 2026) ?? ''
          return split
            ? `${code.slice(0, 3)},${code.slice(3, 5)},${code.slice(5, 7)},${name}`
            : `${code},${name}`
        }
        const csv = [split ? '类,款,项,科目名称' : '科目编码,科目名称', ...sorted.map(line)].join('\n')
        const c = functionalCatalogFromCsv(csv, { edition: 2026 })
        expect(c.entries.length).toBe(sorted.length)
        for (const code of sorted) expect(c.nameOf(code)).toBe(functionalCatalog.nameOf(code, 2026))
      }),
      { seed: 42, numRuns: 60 },
    )
  }, 30_000)

  it('arbitrary text answers a catalog or a MedbudgetError, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          const c = functionalCatalogFromCsv(text, { edition: 2026 })
          expect(c.entries.length).toBeGreaterThan(0)
        } catch (e) {
          expect(e).toBeInstanceOf(MedbudgetError)
        }
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 30_000)
})
