import { describe, expect, it } from 'vitest'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import { isColumnNumberLine } from '../../../src/read/layout/segment'

// Lines of a table's furniture cut apart in print (长春, 湖州), each as a synthetic layout text.
const width = (s: string): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
const row = (...cells: string[]): string =>
  cells.map((c) => c + ' '.repeat(Math.max(2, 24 - width(c)))).join('')

describe('a unit printed over two lines', () => {
  const table = (unitLines: string[]) =>
    [
      '                本年一般公共预算支出表（预算表 5）',
      ...unitLines,
      row('科目编码', '功能分类科目名称', '合计'),
      row('201', '一般公共服务支出', '1378.41'),
      row('', '总计：', '1378.41'),
    ].join('\n')

  it("reads '单位：万' and its '元' wrapped below (a department line between them) as 万元", () => {
    const doc = layoutText(
      table([
        '                                                  单位：万',
        '预算单位：某某局',
        '                                                    元',
      ]),
    )
    expect(doc.tables[0]!.unit).toBe('万元')
    expect(doc.tables[0]!.department).toBe('某某局')
  })

  it("reads a '元' alone as 元 when no '单位：万' came before it", () => {
    const doc = layoutText(
      table(['预算单位：某某局', '                                                  单位：元']),
    )
    expect(doc.tables[0]!.unit).toBe('元')
  })
})

describe('column numbers and notes of an empty table', () => {
  it("takes '** | ** | 1' for the column numbers of a table of one value column", () => {
    expect(isColumnNumberLine(['**', '**', '1'])).toBe(true)
    expect(isColumnNumberLine(['**', '合计', '1'])).toBe(false)
    expect(isColumnNumberLine(['**', '**', '2'])).toBe(false)
  })

  it('reads a note cut around a gap as a note, not as a row', () => {
    const doc = layoutText(
      [
        '                2026年市级部门国有资本经营预算支出表',
        '                                                  单位：万元',
        row('科目编码', '科目名称', '项目支出'),
        row('**', '**', '1'),
        row('', '合计', ''),
        row('注：某某局', '2026年没有使用国有资本经营预算拨款安排的支出。'),
      ].join('\n'),
    )
    const t = doc.tables[0]!
    expect(t.rows.map((r) => r.cells.join('|'))).toEqual(['|合计|'])
    expect(t.notes).toEqual(['注：某某局2026年没有使用国有资本经营预算拨款安排的支出。'])
  })

  it('keeps a row whose label only starts like a note when it prints an amount', () => {
    const doc = layoutText(
      [
        '                2026年市级部门国有资本经营预算支出表',
        '                                                  单位：万元',
        row('科目编码', '科目名称', '项目支出'),
        row('', '合计', '5.00'),
        row('', '说明：其他支出', '5.00'),
      ].join('\n'),
    )
    expect(doc.tables[0]!.rows.map((r) => r.cells.filter((c) => c !== '').join('|'))).toContain(
      '说明：其他支出|5.00',
    )
  })
})
