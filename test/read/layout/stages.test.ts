import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../../src/errors'
import { isTableTitle } from '../../../src/read/layout/classify'
import { fitHeader } from '../../../src/read/layout/fitHeader'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import { groupLines, splitMixedItem } from '../../../src/read/layout/lines'
import { setApartFurniture } from '../../../src/read/layout/runningHeads'
import { isBodyLine, isColumnNumberLine } from '../../../src/read/layout/segment'
import { linesOfLayoutText } from '../../../src/read/source/layoutText'

const item = (text: string, x: number, y: number, width = text.length * 10) => ({
  text,
  x,
  y,
  width,
  size: 10,
})

describe('lines and chunks from positions', () => {
  it('groups items by baseline and splits chunks at wide gaps', () => {
    const lines = groupLines(
      [item('合', 10, 100), item('计', 20, 101), item('1.00', 200, 100, 20), item('单位：万元', 10, 80)],
      1,
    )
    expect(lines.map((l) => l.chunks.map((c) => c.text))).toEqual([['单位：万元'], ['合计', '1.00']])
  })

  it('splits an item that prints an amount and a word together', () => {
    expect(splitMixedItem(item('456,990.37 一、一般公共服务支出', 0, 0, 155)).map((i) => i.text)).toEqual([
      '456,990.37',
      '一、一般公共服务支出',
    ])
    expect(splitMixedItem(item('项 目', 0, 0)).map((i) => i.text)).toEqual(['项 目'])
  })

  it('sets apart page numbers and running heads, keeps the text', () => {
    const page = (n: number) => [
      { page: n, chunks: [{ text: '某某局2024年部门预算', x0: 0, x1: 100 }], tabbed: false, y: 10, size: 10 },
      { page: n, chunks: [{ text: `正文${n}`, x0: 0, x1: 100 }], tabbed: false, y: 400, size: 10 },
      { page: n, chunks: [{ text: `- ${n} -`, x0: 0, x1: 100 }], tabbed: false, y: 790, size: 10 },
    ]
    const out = setApartFurniture([page(1), page(2), page(3)], [800, 800, 800])
    expect(out.map((l) => l.chunks[0]!.text)).toEqual(['正文1', '正文2', '正文3'])
    // on two pages a repeated line is not yet a running head
    expect(setApartFurniture([page(1), page(2)], [800, 800]).map((l) => l.chunks[0]!.text)).toContain(
      '某某局2024年部门预算',
    )
  })

  it('splits column-aligned text on wide gaps and around amounts', () => {
    const [l] = linesOfLayoutText('一、一般公共预算      456,990.37 一、一般公共服务支出     16.25')
    expect(l!.chunks.map((c) => c.text)).toEqual([
      '一、一般公共预算',
      '456,990.37',
      '一、一般公共服务支出',
      '16.25',
    ])
    expect(l!.chunks[0]!.x0).toBe(0)
    expect(l!.chunks[1]!.x0).toBe(22)
  })
})

describe('segmentation vocabulary', () => {
  it('tells titles from sentences and contents', () => {
    expect(isTableTitle('2024年部门收支总体情况表')).toBe(true)
    expect(isTableTitle('表1 收支总体情况表')).toBe(true)
    expect(isTableTitle('部门整体绩效目标表 (2024年度)')).toBe(true)
    expect(isTableTitle('一般公共预算支出情况表（按功能分类科目） 单位：万元')).toBe(true)
    expect(isTableTitle('单位：万元')).toBe(false)
    expect(isTableTitle('详见附表')).toBe(false)
    expect(isTableTitle('本部门收入情况详见收支总表。')).toBe(false)
    expect(isTableTitle('- 一、2024年部门收支总体情况表')).toBe(false)
    expect(isTableTitle('部门收支总表……………3')).toBe(false)
  })

  it('tells body lines from header and column-number lines', () => {
    expect(isBodyLine(['合计', '1.00'])).toBe(true)
    expect(isBodyLine(['合计', '', ''].filter(Boolean))).toBe(true)
    expect(isBodyLine(['项目', '金额'])).toBe(false)
    expect(isColumnNumberLine(['栏次', '1', '2', '3'])).toBe(true)
    expect(isColumnNumberLine(['**', '**', '1', '2', '3'])).toBe(true)
    expect(isColumnNumberLine(['**', '合计', '1.00', '2.00'])).toBe(false)
    expect(isBodyLine(['栏次', '1', '2', '3'])).toBe(false)
  })
})

describe('fitHeader', () => {
  it('places a left-packed row into the columns not covered from above', () => {
    expect(
      fitHeader(
        [
          ['编码', '', '合计', '支出', ''],
          ['类', '款', '基本', '其他'],
        ],
        5,
      ),
    ).toEqual([['编码', '类'], ['编码', '款'], ['合计'], ['支出', '基本'], ['支出', '其他']])
  })

  it('leaves well-placed rows where they are', () => {
    expect(
      fitHeader(
        [
          ['收入', '', '支出', ''],
          ['项目', '金额', '项目', '金额'],
        ],
        4,
      ),
    ).toEqual([
      ['收入', '项目'],
      ['收入', '金额'],
      ['支出', '项目'],
      ['支出', '金额'],
    ])
  })

  // seed 001's 政府采购预算 (page 1 as extracted): the lone heading printed one slot left, the
  // sub-heading under the group one slot right
  it('reads a lone heading printed one slot left as one column, and the word under it as the group’s', () => {
    expect(
      fitHeader(
        [
          ['品目', '金额', '', '', '预留份额', ''],
          ['', '合计', '一般公共预算', '单位资金', '', '上年结转结余'],
        ],
        6,
      ),
    ).toEqual([
      ['品目'],
      ['金额', '合计'],
      ['金额', '一般公共预算'],
      ['金额', '单位资金'],
      ['金额', '上年结转结余'],
      ['预留份额'],
    ])
  })

  it('leaves a true two-column group at the end where it is', () => {
    expect(
      fitHeader(
        [
          ['品目', '金额', '', '结转', ''],
          ['', '合计', '一般公共预算', '基本', '项目'],
        ],
        5,
      ),
    ).toEqual([['品目'], ['金额', '合计'], ['金额', '一般公共预算'], ['结转', '基本'], ['结转', '项目']])
  })
})

describe('layoutText never throws untyped errors and terminates', () => {
  const typedOrNothing = (text: string) => {
    try {
      const doc = layoutText(text)
      for (const t of doc.tables)
        for (const r of t.rows) if (r.cells.length !== t.columns.length) return false
      return true
    } catch (e) {
      return isMedbudgetError(e)
    }
  }

  it('on random strings built from the vocabulary of tables', () => {
    const token = fc.constantFrom(
      '\t',
      '\n',
      '\f',
      '  ',
      '合计',
      '1,234.56',
      '0.00',
      '208',
      '05',
      '2024年部门收支总表',
      '单位：万元',
      '单位：',
      '万元',
      '部门名称：某局',
      '注：本表无数据',
      '一、',
      '第一部分',
      '项目',
      '金额',
      '收入',
      '支出',
      '公开01表',
      '。',
    )
    fc.assert(
      fc.property(fc.array(token, { maxLength: 300 }), (tokens) => typedOrNothing(tokens.join(''))),
      { seed: 42, numRuns: 300 },
    )
  }, 60_000)

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => typedOrNothing(s)),
      { seed: 42, numRuns: 300 },
    )
  }, 60_000)

  it('on adversarial shapes: thousands of tabs, one long line, no newlines, a huge table', () => {
    expect(typedOrNothing('\t'.repeat(50_000))).toBe(true)
    expect(typedOrNothing(`合计${'\t1.00'.repeat(20_000)}`)).toBe(true)
    expect(typedOrNothing('2024年部门收支总表'.repeat(10_000))).toBe(true)
    expect(typedOrNothing(`表1 收支总表\n单位：万元\n${'项目\t金额\n合计\t1.00\n'.repeat(5_000)}`)).toBe(true)
    expect(typedOrNothing(`${' '.repeat(30_000)}1.00${' '.repeat(30_000)}合计`)).toBe(true)
    const wide = layoutText(`合计${'\t1.00'.repeat(20_000)}`)
    expect(wide.tables[0]!.columns.length).toBeLessThanOrEqual(256)
  }, 60_000)

  it('rejects an input over maxBytes with INPUT_TOO_LARGE', () => {
    try {
      layoutText('x'.repeat(1000), { maxBytes: 10 })
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'INPUT_TOO_LARGE')).toBe(true)
    }
    expect(layoutText('x'.repeat(10), { maxBytes: 10 }).tables).toEqual([])
  })
})
