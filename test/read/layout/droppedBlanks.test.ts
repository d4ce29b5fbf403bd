// A blank cell the tab extraction dropped from a row (焦作's, 卫辉's and 郑州's 项目绩效目标表: the
// cost indicator printed under 单位资金): put back where the header decides it, and only there.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { moneyHeader, restoreDroppedBlanks } from '../../../src/read/layout/droppedBlanks'
import { columnRoles } from '../../../src/read/layout/roles'
import type { GridRow } from '../../../src/read/layout/types'
import { readDisclosure } from '../../../src/read/readDisclosure'
import { EXPENDITURE_HEAD } from '../syntheticTable'

const HEADERS = [
  ['项目名称'],
  ['项目金额', '资金总额'],
  ['项目金额', '财政专户管理资金'],
  ['项目金额', '单位资金'],
  ['成本指标', '三级指标'],
  ['成本指标', '指标值'],
  ['产出指标', '三级指标'],
  ['产出指标', '指标值'],
]
const row = (...cells: string[]): GridRow => ({ cells, page: 1 })
const plain = (n: number): GridRow[] =>
  Array.from({ length: n }, (_, i) => row(`项目${i}`, '5.00', '', '', '', '', `产出${i}`, '≥1次'))

describe('restoreDroppedBlanks', () => {
  it('puts the word printed under 单位资金 back one column right', () => {
    const shifted = row('经费', '5.00', '', '总成本', '≤5万元', '参保人数', '≥1人', '')
    const out = restoreDroppedBlanks([...plain(4), shifted], HEADERS)
    expect(out[4]!.cells).toEqual(['经费', '5.00', '', '', '总成本', '≤5万元', '参保人数', '≥1人'])
    expect(out.slice(0, 4)).toEqual(plain(4))
  })

  it('makes the 单位资金 column a value column again', () => {
    const rows = [...plain(4), row('经费', '5.00', '', '总成本', '≤5万元', '参保人数', '≥1人', '')]
    const cells = (rs: readonly GridRow[]) => rs.map((r) => r.cells)
    expect(columnRoles(cells(rows), HEADERS)[3]).toBe('label')
    expect(columnRoles(cells(restoreDroppedBlanks(rows, HEADERS)), HEADERS)[3]).toBe('value')
  })

  it('leaves a row that prints every column as printed (no room for the blank)', () => {
    const full = row('经费', '5.00', '', '总成本', '≤5万元', '参保人数', '≥1人', '满意')
    expect(restoreDroppedBlanks([...plain(4), full], HEADERS)[4]).toBe(full)
  })

  it('leaves a word that follows a printed amount (the blank is not where the word is)', () => {
    const r = row('经费', '5.00', '1.00', '总成本', '≤5万元', '', '', '')
    expect(restoreDroppedBlanks([...plain(4), r], HEADERS)[4]).toBe(r)
  })

  it('leaves a row that one blank does not make fit (a word would still stand under a money header)', () => {
    const headers = [['项目名称'], ['资金总额'], ['单位资金'], ['其他资金'], ['三级指标'], ['指标值']]
    const r = row('经费', '', '总成本', '其他', '≤5万元', '')
    const rows = [
      row('甲', '1.00', '', '', '乙', '≥1'),
      row('丙', '1.00', '', '', '丁', '≥1'),
      row('戊', '1', '', '', '', ''),
      r,
    ]
    expect(restoreDroppedBlanks(rows, headers)[3]).toBe(r)
  })

  it('leaves a column of names under a money word (most rows print a word there)', () => {
    const headers = [['编码'], ['收入'], ['金额'], ['说明']]
    const rows = [
      row('1', '财政拨款', '5.00', ''),
      row('2', '事业收入', '1.00', ''),
      row('3', '其他', '1.00', ''),
    ]
    expect(restoreDroppedBlanks(rows, headers)).toEqual(rows)
  })

  it('tells money headers from others', () => {
    expect(moneyHeader(['项目金额', '单位资金'])).toBe(true)
    expect(moneyHeader(['本年收入合计'])).toBe(true)
    expect(moneyHeader(['绩效目标', '成本指标', '三级指标'])).toBe(false)
    expect(moneyHeader(['项目名称'])).toBe(false)
    expect(moneyHeader([])).toBe(false)
  })

  it('never loses or invents a printed cell, and keeps every row the same width (property)', () => {
    const cell = fc.constantFrom('', '', '5.00', '成本', '≥1次', 'Ī', '-', '资金')
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 12 }), (cells) => {
        const rows = cells.map((c) => row(...c))
        const out = restoreDroppedBlanks(rows, HEADERS)
        expect(out).toHaveLength(rows.length)
        out.forEach((r, i) => {
          expect(r.cells).toHaveLength(8)
          expect(r.cells.filter((v) => v !== '')).toEqual(rows[i]!.cells.filter((v) => v !== ''))
        })
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 20_000)
})

describe('columnRoles and the debris of ruling lines', () => {
  it('does not count a lone letter where OCR read a ruling line', () => {
    const headers = [['项目'], ['金额']]
    expect(
      columnRoles(
        [
          ['甲', '1.00'],
          ['乙', 'Ī'],
        ],
        headers,
      )[1],
    ).toBe('value')
    expect(
      columnRoles(
        [
          ['甲', '1.00'],
          ['乙', '丙'],
          ['丁', '戊'],
        ],
        headers,
      )[1],
    ).toBe('label')
  })
})

const DOC = (rows: readonly string[]) =>
  [
    EXPENDITURE_HEAD,
    '2025年部门预算项目绩效目标表',
    '',
    '单位编码\t项目单位\t项目金额\t\t\t\t绩效目标',
    '(项目编码)\t(项目名称)\t资金总额\t政府预算资金\t财政专户管理资金\t单位资金\t三级指标\t指标值\t三级指标\t指标值',
    ...rows,
    '',
  ].join('\n')

describe('a 项目绩效目标表 read from tab text', () => {
  const read = async (rows: readonly string[]) => {
    const r = await readDisclosure(DOC(rows), { fileName: 'example.txt' })
    if (r.status !== 'disclosure') throw new Error('not read')
    const t = r.disclosure.tables.find((x) => x.kind === 'project-performance')
    const unplaced = r.diagnostics.filter(
      (d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('总成本'),
    )
    return { unitFunds: t?.rows.map((x) => x.cells['src.unit-funds']), unplaced: unplaced.length }
  }
  it('reads the 单位资金 column when a row lost a blank, and reports nothing', async () => {
    const rows = [
      '309\t示例局\t10.00\t10.00\t\t\t\t\t\t\t',
      '410800220000000014330\t经费\t4.00\t4.00\t\t总成本\t≤4万元\t参保人数\t≥1人\t',
      '410800220000000014331\t办公费\t6.00\t6.00\t\t\t成本\t≤6万元\t培训次数\t≥1次',
    ]
    expect(await read(rows)).toEqual({ unitFunds: ['', '', ''], unplaced: 0 })
  })
  it('reports the word it cannot place when the row prints every column (nothing to put back)', async () => {
    const rows = [
      '309\t示例局\t10.00\t10.00\t\t\t\t\t\t\t',
      '410800220000000014330\t经费\t4.00\t4.00\t\t总成本\t≤4万元\t参保人数\t≥1人\t满意度',
      '410800220000000014331\t办公费\t6.00\t6.00\t\t\t成本\t≤6万元\t培训次数\t≥1次',
    ]
    const { unitFunds, unplaced } = await read(rows)
    expect(unplaced).toBe(1)
    expect(unitFunds?.[1]).toBeUndefined()
  })
})
