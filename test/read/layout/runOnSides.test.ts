// A two-sided 收支总表 whose OCR'd lines run on into each other (焦作's 部门收支预算表): each line cut
// where the next begins, then split into its 收入 label, 收入 amount and 支出 label.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { unscrambleRunOnSides } from '../../../src/read/layout/runOnSides'
import { readDisclosure } from '../../../src/read/readDisclosure'

const line = (text: string, amount = '') => ({ cells: [text, amount], page: 1 })

// as the extraction writes it: every line carries on with the text of the lines after it
const RUN_ON = [
  line(
    '收入 支出 项目 金额 项目 一、一般公共预算 50. 00 一、一般公共服务 其中: 财政拨款 40. 00 二、外交 二、事业收入 三、国防 三、其他收入 四、公共安全',
    '金额',
  ),
  line(
    '一、一般公共预算 50. 00 一、一般公共服务 其中: 财政拨款 40. 00 二、外交 二、事业收入 三、国防 三、其他收入 四、公共安全',
    '金额',
  ),
  line('其中: 财政拨款40. 00二、外交二、事业收入三、国防三、其他收入四、公共安全'),
  line('二、事业收入 三、国防 三、其他收入 四、公共安全'),
  line('三、其他收入', '30. 00'),
  line('五、教育'),
  line('本年收入合计 50. 00 本年支出合计', '50. 00'),
  line('收入总计 50. 00 支出总计', '50. 00'),
]

describe('unscrambleRunOnSides', () => {
  it('cuts each line where the next begins and splits it into the two sides', () => {
    const got = unscrambleRunOnSides(RUN_ON)
    expect(got?.headers).toEqual([
      ['收入', '项目'],
      ['收入', '金额'],
      ['支出', '项目'],
      ['支出', '金额'],
    ])
    expect(got?.rows.map((r) => r.cells)).toEqual([
      ['一、一般公共预算', '50.00', '一、一般公共服务', ''],
      ['其中:财政拨款', '40.00', '二、外交', ''],
      ['二、事业收入', '', '三、国防', ''],
      // what the line lost of its own text (四、公共安全, run on into the line above) is given back
      ['三、其他收入', '', '四、公共安全', '30. 00'],
      // a lone label goes to the side its ordinal continues
      ['', '', '五、教育', ''],
      ['本年收入合计', '50.00', '本年支出合计', '50. 00'],
      ['收入总计', '50.00', '支出总计', '50. 00'],
    ])
  })

  it('runs its documented example', () => {
    const rows = unscrambleRunOnSides([
      {
        cells: ['收入 支出 项目 金额 项目 一、一般公共预算 5.00 一、一般公共服务 二、外交支出', '金额'],
        page: 1,
      },
      { cells: ['一、一般公共预算 5.00 一、一般公共服务 二、外交支出', ''], page: 1 },
      { cells: ['二、外交支出', '5.00'], page: 1 },
    ])
    expect(rows?.rows.map((r) => r.cells)).toEqual([
      ['一、一般公共预算', '5.00', '一、一般公共服务', ''],
      ['', '', '二、外交支出', '5.00'],
    ])
  })

  it('leaves lines that do not run on to the usual reading', () => {
    expect(
      unscrambleRunOnSides([
        line('收入 支出 项目 金额'),
        line('一、一般公共预算 50.00 一、一般公共服务', ''),
        line('二、事业收入 二、外交', '5.00'),
        line('收入总计 50.00 支出总计', '50.00'),
      ]),
    ).toBeUndefined()
  })

  it('leaves a table of more than two cells a line, or without 收入 and 支出 in its header, alone', () => {
    expect(unscrambleRunOnSides(RUN_ON.map((l) => ({ ...l, cells: [...l.cells, '1.00'] })))).toBeUndefined()
    const noSides = RUN_ON.map((l, i) => (i === 0 ? line(l.cells[0]!.replace('收入 支出 ', '')) : l))
    expect(unscrambleRunOnSides(noSides)).toBeUndefined()
  })

  it('never throws, and gives four cells a row, whatever the lines', () => {
    const piece = fc.constantFrom(
      '一、',
      '二、',
      '收入',
      '支出',
      '项目',
      '金额',
      '50. 00',
      '外交',
      '十一、',
      ' ',
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(piece, { maxLength: 12 }), fc.constantFrom('', '1.00', '金额')), {
          maxLength: 10,
        }),
        (spec) => {
          // make some lines run on: each line followed by the text of the next
          const texts = spec.map(([p]) => p.join(''))
          const lines = spec.map(([, amount], i) => line(texts.slice(i).join(' '), amount))
          const got = unscrambleRunOnSides(lines)
          if (got !== undefined) for (const r of got.rows) expect(r.cells).toHaveLength(4)
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  }, 20_000)

  it('cuts a huge line to its first characters (never a long search)', () => {
    const huge = '一、一般公共预算'.repeat(5000)
    const got = unscrambleRunOnSides([line(`收入 支出 ${huge}`), line(huge), line(huge)])
    expect(got === undefined || got.rows.length <= 3).toBe(true)
  })
})

const SUMMARY = `2025年部门收支预算表

部门名称: 某市医疗保障局

单位: 万元

${RUN_ON.map((l) => l.cells.join('\t')).join('\n')}
`

describe('a run-on 收支总表, read end to end', () => {
  it('reads both sides', async () => {
    const result = await readDisclosure(SUMMARY)
    if (result.status !== 'disclosure') throw new Error(result.status)
    const table = result.disclosure.tables.find((t) => t.kind === 'summary')!
    const cell = (block: number, id: string) =>
      table.rows.find((r) => r.block === block && (r.key === id || r.code === id))?.cells.total
    expect(cell(0, 'src.gpb')).toBe('50.00')
    expect(cell(0, 'src.gpb.fiscal')).toBe('40.00')
    expect(cell(0, 'src.other')).toBe('')
    expect(cell(0, 'rev.total')).toBe('50.00')
    expect(cell(1, '204')).toBe('30.00')
    expect(cell(1, '205')).toBe('')
    expect(cell(1, 'exp.total')).toBe('50.00')
  })
})
