import { describe, expect, it } from 'vitest'
import { BUNDLED_TEMPLATE_REQUIREMENTS } from '../../../src/model/templates'
import { BUNDLED_TABLE_TEMPLATES } from '../../../src/tables/templates/bundledTableTemplates'
import { classLines } from '../../../src/tables/templates/classLines'
import { defineTableTemplate } from '../../../src/tables/templates/defineTableTemplate'
import { FINAL_SUMMARY_CLASSES } from '../../../src/tables/templates/finalAccountClassLists'
import { HEBEI_CLASSES } from '../../../src/tables/templates/hebeiClassLists'
import { HENAN_FISCAL_CLASSES, HENAN_SUMMARY_CLASSES } from '../../../src/tables/templates/henanClassLists'
import type { ClassLineSpec, TableTemplate } from '../../../src/tables/templates/types'

/** Table kinds a template prints beyond its requirement (none today; listed here if ever added). */
const EXTRA_KINDS: Record<string, readonly string[]> = {}

const kindsMatch = (template: TableTemplate): boolean => {
  const requirement = BUNDLED_TEMPLATE_REQUIREMENTS.find((r) => r.id === template.id)
  const extra = EXTRA_KINDS[template.id] ?? []
  const kinds = template.tables.map((t) => t.kind).filter((k) => !extra.includes(k))
  return requirement !== undefined && JSON.stringify(kinds) === JSON.stringify(requirement.tables)
}

describe('bundled table templates', () => {
  it('has one table template per template requirement, with the same ids', () => {
    expect(BUNDLED_TABLE_TEMPLATES.map((t) => t.id)).toEqual(BUNDLED_TEMPLATE_REQUIREMENTS.map((r) => r.id))
  })

  for (const template of BUNDLED_TABLE_TEMPLATES) {
    it(`${template.id}: prints the required table kinds, in order`, () => {
      expect(kindsMatch(template)).toBe(true)
    })
  }

  it('the kind check catches a template whose order differs from its requirement', () => {
    const [first, second, ...rest] = BUNDLED_TABLE_TEMPLATES[0]?.tables ?? []
    const swapped = {
      ...(BUNDLED_TABLE_TEMPLATES[0] as TableTemplate),
      tables: [second, first, ...rest],
    } as TableTemplate
    expect(kindsMatch(swapped)).toBe(false)
    expect(kindsMatch({ ...swapped, id: 'nobody' })).toBe(false)
  })

  it('is frozen all the way down', () => {
    const t = BUNDLED_TABLE_TEMPLATES[0] as TableTemplate
    expect(Object.isFrozen(t)).toBe(true)
    expect(Object.isFrozen(t.tables[0]?.columns[0])).toBe(true)
    expect(() => {
      ;(t as { id: string }).id = 'x'
    }).toThrow(TypeError)
  })

  it('河南 prints blank for nothing, 决算 prints 0.00', () => {
    expect(BUNDLED_TABLE_TEMPLATES.map((t) => [t.id, t.emptyCells])).toEqual([
      ['henan-budget-2024', 'blank'],
      ['henan-budget-2025', 'blank'],
      ['hebei-budget-2024', 'blank'],
      ['national-final-account', 'zero'],
    ])
  })
})

const strip = (list: readonly ClassLineSpec[]) => list.map(({ code, name, note }) => ({ code, name, note }))

describe('class lists', () => {
  it('河南 summary: numbered by code, 十八 skipped, 219 is 十九', () => {
    expect(HENAN_SUMMARY_CLASSES.some((c) => c.ordinal === '十八')).toBe(false)
    expect(HENAN_SUMMARY_CLASSES.find((c) => c.code === '219')?.ordinal).toBe('十九')
    const renumbered = classLines(
      HENAN_SUMMARY_CLASSES.map((c) => ({ code: c.code as string, name: c.name })),
      { numbering: 'by-code' },
    )
    expect(renumbered.map((c) => c.ordinal)).toEqual(HENAN_SUMMARY_CLASSES.map((c) => c.ordinal))
  })

  it('河南 fiscal summary: the stale （九） row has no code; the others are numbered by code in parentheses', () => {
    const stale = HENAN_FISCAL_CLASSES.filter((c) => c.code === undefined)
    expect(stale.map((c) => [c.ordinal, c.name])).toEqual([['（九）', '医疗卫生与计划生育支出']])
    const coded = HENAN_FISCAL_CLASSES.filter((c) => c.code !== undefined)
    const renumbered = classLines(
      coded.map((c) => ({ code: c.code as string, name: c.name })),
      { numbering: 'by-code', style: 'paren' },
    )
    // the print switches to half-width brackets from (三十一) on: compare the numerals only
    const numeral = (s: string | undefined) => s?.replace(/[（）()]/g, '')
    expect(renumbered.map((c) => numeral(c.ordinal))).toEqual(coded.map((c) => numeral(c.ordinal)))
  })

  it('河北: numbered in sequence (219 is 十八), ending with 三十一、人行专用科目 without a code', () => {
    expect(HEBEI_CLASSES.find((c) => c.code === '219')?.ordinal).toBe('十八')
    expect(HEBEI_CLASSES.at(-1)).toMatchObject({ name: '人行专用科目', ordinal: '三十一', line: '31' })
    expect(HEBEI_CLASSES.at(-1)?.code).toBeUndefined()
    const renumbered = classLines(strip(HEBEI_CLASSES), { numbering: 'sequence', lineFrom: 1 })
    expect(renumbered.map((c) => [c.ordinal, c.line])).toEqual(HEBEI_CLASSES.map((c) => [c.ordinal, c.line]))
  })

  it('决算: numbered in sequence, 行次 31–56', () => {
    expect(FINAL_SUMMARY_CLASSES.map((c) => c.line)).toEqual(
      Array.from({ length: 26 }, (_, i) => String(31 + i)),
    )
  })
})

describe('classLines', () => {
  it('numbers by code or in sequence, plain or in parentheses', () => {
    const list = [
      { code: '217', name: '金融支出' },
      { code: '219', name: '援助其他地区支出' },
      { code: '234', name: '抗疫特别国债安排的支出' },
    ]
    expect(classLines(list, { numbering: 'by-code' }).map((c) => c.ordinal)).toEqual([
      '十七',
      '十九',
      '三十四',
    ])
    expect(classLines(list, { numbering: 'sequence', style: 'paren' }).map((c) => c.ordinal)).toEqual([
      '（一）',
      '（二）',
      '（三）',
    ])
    expect(classLines([{ code: '210', name: '卫生健康支出' }], { numbering: 'by-code' })[0]?.ordinal).toBe(
      '十',
    )
  })

  it('rejects a code that is not a 类', () => {
    expect(() => classLines([{ code: '2101501', name: '行政运行' }], { numbering: 'by-code' })).toThrow(/类/)
    expect(() => classLines([{ code: '101', name: '税收收入' }], { numbering: 'by-code' })).toThrow(
      /TEMPLATE_INVALID|类级/,
    )
  })
})

describe('defineTableTemplate', () => {
  it('accepts every shipped template and freezes a copy', () => {
    for (const t of BUNDLED_TABLE_TEMPLATES) {
      const copy = defineTableTemplate(t as TableTemplate)
      expect(copy).toEqual(t)
      expect(Object.isFrozen(copy.tables[0]?.columns)).toBe(true)
    }
  })

  it('rejects what would make a table ambiguous or unbuildable, with the path', () => {
    const base = BUNDLED_TABLE_TEMPLATES[0] as TableTemplate
    const first = base.tables[1] as TableTemplate['tables'][number]
    const cases: [TableTemplate, RegExp][] = [
      [{ ...base, decimals: 9 }, /decimals/],
      [{ ...base, id: ' ' }, /id/],
      [{ ...base, tables: [{ ...first, kind: 'nope' as 'income' }] }, /tables\.0\.kind/],
      [
        { ...base, tables: [{ ...first, columns: [first.columns[0]!, first.columns[0]!] }] },
        /tables\.0\.columns\.1\.key/,
      ],
      [
        { ...base, tables: [{ ...first, columns: [{ key: 'src.nope' as 'total', header: ['x'] }] }] },
        /unknown fact key/,
      ],
      [{ ...base, tables: [{ kind: 'expenditure', title: 'x', columns: [] }] }, /layout/],
    ]
    for (const [template, message] of cases) expect(() => defineTableTemplate(template)).toThrow(message)
  })
})
