import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import type { PrintedTable } from '../../src/model/table'
import type { CellRef } from '../../src/model/textFigure'
import { canon, cents, fixtureFiguresOf, sampleDoc, sum, tableById } from './sampleData'
import { readSeed } from './seedText'

const SEED_FILE = '001_bd1dedfc2d1eeeba.txt'
const seed = readSeed(SEED_FILE)
const seedLines = seed.split('\n')
const doc: Disclosure = sampleDoc('001')
const fixtureFigures = fixtureFiguresOf(SEED_FILE)
const table = (id: string): PrintedTable => tableById(doc, id)

/** The numbered rows (序号 first) printed under a table heading, over all its pages, up to the next heading. */
function seedRows(title: string, next: string): string[][] {
  const from = seedLines.findIndex((l) => l.trim() === title)
  const to = seedLines.findIndex((l, i) => i > from && l.trim() === next)
  if (from < 0 || to < 0) throw new Error(`headings not found: ${title} / ${next}`)
  return seedLines
    .slice(from + 1, to)
    .filter((l) => /^\d+\t/.test(l))
    .map((l) => l.split('\t'))
}

/** Differences between a one-sided table (序号, 编码, 名称, values in column order) and its seed rows. */
function oneSidedMismatches(t: PrintedTable, rows: readonly string[][]): string[] {
  const out: string[] = []
  if (t.rows.length !== rows.length) out.push(`${t.id}: ${t.rows.length} rows, seed prints ${rows.length}`)
  rows.forEach((f, i) => {
    const [line = '', code = '', name = '', ...vals] = f
    const row = t.rows[i]
    if (!row) return
    if (row.line !== line) out.push(`${t.id} row ${i}: line ${row.line} ≠ ${line}`)
    if ((row.code ?? '') !== code) out.push(`${t.id} row ${i}: code ${row.code} ≠ ${code}`)
    if (row.name !== name) out.push(`${t.id} row ${i}: name ${row.name} ≠ ${name}`)
    t.columns.forEach((c, k) => {
      const printed = canon(vals[k] ?? '')
      if (row.cells[c.key] !== printed) out.push(`${t.id} ${line}/${c.key}: ${row.cells[c.key]} ≠ ${printed}`)
    })
  })
  return out
}

/** Differences between a two-block table (序号, revenue label, value, expenditure label, values…) and its seed rows. */
function twoBlockMismatches(t: PrintedTable, rows: readonly string[][]): string[] {
  const out: string[] = []
  const rev = t.rows.filter((r) => r.block === 0)
  const exp = t.rows.filter((r) => r.block === 1)
  const expKeys = t.columns.filter((c) => c.block === 1).map((c) => c.key)
  let r = 0
  let e = 0
  for (const [line = '', revLabel = '', revValue = '', expLabel = '', ...expValues] of rows) {
    if (revLabel !== '') {
      const row = rev[r++]
      const label = row ? `${row.ordinal ? `${row.ordinal}、` : ''}${row.name}` : ''
      if (label !== revLabel || row?.line !== line || row.cells.total !== canon(revValue))
        out.push(`${t.id} revenue ${line}: ${label} ${row?.cells.total} ≠ ${revLabel} ${canon(revValue)}`)
    }
    if (expLabel !== '') {
      const row = exp[e++]
      const label = row ? `${row.ordinal ? `${row.ordinal}、` : ''}${row.name}` : ''
      if (label !== expLabel || row?.line !== line)
        out.push(`${t.id} expenditure ${line}: ${label} ≠ ${expLabel}`)
      expKeys.forEach((k, i) => {
        const printed = canon(expValues[i] ?? '')
        if (row?.cells[k] !== printed)
          out.push(`${t.id} expenditure ${line}/${k}: ${row?.cells[k]} ≠ ${printed}`)
      })
    }
  }
  if (r !== rev.length || e !== exp.length)
    out.push(`${t.id}: ${rev.length}/${exp.length} rows, seed prints ${r}/${e} labelled rows`)
  return out
}

/** A copy of a table with one cell replaced, to show that the comparisons catch a wrong transcription. */
function tampered(t: PrintedTable, rowIndex: number, key: string, value: string): PrintedTable {
  const copy: PrintedTable = structuredClone(t)
  const row = copy.rows[rowIndex]
  if (!row) throw new Error(`no row ${rowIndex}`)
  copy.rows[rowIndex] = { ...row, cells: { ...row.cells, [key]: value } }
  return copy
}

const SUMMARY_ROWS = seedRows('部门预算收支总表', '部门预算收入总表')
const INCOME_ROWS = seedRows('部门预算收入总表', '部门预算支出总表')
const EXPENDITURE_ROWS = seedRows('部门预算支出总表', '部门预算财政拨款收支总表')
const FISCAL_ROWS = seedRows('部门预算财政拨款收支总表', '部门预算一般公共预算财政拨款支出表')
const GPB_ROWS = seedRows('部门预算一般公共预算财政拨款支出表', '部门预算一般公共预算财政拨款基本支出表')
const BASIC_ROWS = seedRows('部门预算一般公共预算财政拨款基本支出表', '部门预算政府性基金预算财政拨款支出表')
const THREE_PUBLIC_ROWS = seedRows(
  '部门预算财政拨款“三公”经费支出表',
  '邢台市医疗保障局 2024 年部门预算信息公开情况说明',
)

describe('001 document', () => {
  it('identifies the department, template and seed', () => {
    expect(doc.department).toEqual({ code: '417', name: '邢台市医疗保障局' })
    expect(doc.template).toBe('hebei-budget-2024')
    expect(doc.kind).toBe('budget')
    expect(doc.fiscalYear).toBe(2024)
    expect(doc.source?.file).toBe(SEED_FILE)
    expect(doc.units).toEqual([{ code: '417', name: '邢台市医疗保障局本级', type: '行政' }])
    expect(seed).toContain('邢台市医疗保障局本级\t行政\t')
  })

  it('carries the nine 公开 tables in 目录 order, each title a heading of the seed', () => {
    expect(doc.tables.map((t) => t.id)).toEqual([
      'summary',
      'income',
      'expenditure',
      'fiscal-summary',
      'gpb-expenditure',
      'gpb-basic',
      'gov-fund',
      'soe-capital',
      'three-public',
    ])
    for (const t of doc.tables) {
      expect(seedLines.filter((l) => l.trim() === t.title).length, t.title).toBe(1)
      expect(seed, t.title).toContain(`${t.title}\t`) // listed in the 目录 with its page
    }
  })

  it('records the 项目支出表 as not published (the 目录 lists none) and the special funds as not applicable', () => {
    expect(doc.absent.map((a) => [a.kind, a.reason])).toEqual([
      ['projects', 'not-published'],
      ['special-funds', 'not-applicable'],
    ])
    const toc = seed.slice(0, seed.indexOf('部门预算信息公开情况说明'))
    expect(toc).not.toContain('项目支出表')
    expect(seedLines.some((l) => /项目支出表$/.test(l.trim()))).toBe(false)
    expect(seed).toContain('本部门不涉及专项资金。')
  })
})

describe('部门预算收支总表', () => {
  const t = table('summary')

  it('matches every numbered seed row, label and amount', () => {
    expect(SUMMARY_ROWS).toHaveLength(34)
    expect(twoBlockMismatches(t, SUMMARY_ROWS)).toEqual([])
  })

  it('catches a changed amount, a dropped row and a wrong ordinal', () => {
    expect(twoBlockMismatches(tampered(t, 0, 'total', '1539.36'), SUMMARY_ROWS)).not.toEqual([])
    expect(twoBlockMismatches({ ...t, rows: t.rows.slice(1) }, SUMMARY_ROWS)).not.toEqual([])
    const wrongOrdinal = structuredClone(t)
    const row = wrongOrdinal.rows[8]
    if (row) wrongOrdinal.rows[8] = { ...row, ordinal: '二' }
    expect(twoBlockMismatches(wrongOrdinal, SUMMARY_ROWS)).not.toEqual([])
  })

  it('lists 31 类 rows: 30 with their 2024 code, 人行专用科目 without a code but with a note', () => {
    const classes = t.rows.filter((r) => r.block === 1 && r.key === undefined)
    expect(classes).toHaveLength(31)
    const coded = classes.filter((r) => r.code !== undefined)
    expect(coded.map((r) => r.code)).toEqual([
      ...[
        '201',
        '202',
        '203',
        '204',
        '205',
        '206',
        '207',
        '208',
        '209',
        '210',
        '211',
        '212',
        '213',
        '214',
        '215',
      ],
      ...[
        '216',
        '217',
        '219',
        '220',
        '221',
        '222',
        '223',
        '224',
        '227',
        '229',
        '230',
        '231',
        '232',
        '233',
        '234',
      ],
    ])
    const pboc = classes.find((r) => r.name === '人行专用科目')
    expect(pboc?.code).toBeUndefined()
    expect(pboc?.ordinal).toBe('三十一')
    expect(pboc?.note).toContain('人行专用科目')
  })

  it('prints the balanced totals: 1539.63 + 350.63 = 1890.26 on both sides', () => {
    const cell = (key: string, block: number) =>
      t.rows.find((r) => r.key === key && r.block === block)?.cells.total
    expect(cents(cell('rev.current', 0) ?? 'x') + cents(cell('carry.total', 0) ?? 'x')).toBe(cents('1890.26'))
    expect(cell('rev.total', 0)).toBe('1890.26')
    expect(cell('exp.total', 1)).toBe('1890.26')
    expect(cell('end.total', 1)).toBe('')
  })
})

describe('one-sided tables (收入总表, 支出总表, 一般公共预算财政拨款支出表, 基本支出表)', () => {
  const cases = [
    ['income', INCOME_ROWS, 6],
    ['expenditure', EXPENDITURE_ROWS, 6],
    ['gpb-expenditure', GPB_ROWS, 6],
    ['gpb-basic', BASIC_ROWS, 29],
  ] as const

  it.each(cases)('%s matches every seed row cell by cell', (id, rows, count) => {
    expect(rows).toHaveLength(count)
    expect(oneSidedMismatches(table(id), rows)).toEqual([])
  })

  it.each(cases)('%s: the comparison catches a changed cell and a blank turned into 0.00', (id, rows) => {
    const t = table(id)
    expect(oneSidedMismatches(tampered(t, 0, 'total', '1.00'), rows)).not.toEqual([])
    const blank = t.rows.findIndex((r) => Object.values(r.cells).includes(''))
    const key = Object.entries(t.rows[blank]?.cells ?? {}).find(([, v]) => v === '')?.[0] ?? 'total'
    expect(oneSidedMismatches(tampered(t, blank, key, '0.00'), rows)).not.toEqual([])
  })

  it('keeps the printed 上解上级支出 and 对附属单位补助支出 columns of the 支出总表, all blank', () => {
    const t = table('expenditure')
    expect(t.columns.map((c) => c.header.join('/'))).toEqual([
      '合计',
      '基本支出',
      '项目支出',
      '经营支出',
      '上解上级支出',
      '对附属单位补助支出',
    ])
    for (const r of t.rows) {
      expect(r.cells['exp.operating']).toBe('')
      expect(r.cells['exp.remit-superior']).toBe('')
      expect(r.cells['exp.affiliates']).toBe('')
    }
  })

  it('基本支出表: 类 rows 301/302/303/310 are subtotals equal to their 款 rows; 人员 = 301 + 303, 公用 = 302 + 310', () => {
    const t = table('gpb-basic')
    const subtotals = t.rows.filter((r) => r.kind === 'subtotal')
    expect(subtotals.map((r) => r.code)).toEqual(['301', '302', '303', '310'])
    for (const s of subtotals) {
      const parts = t.rows.filter((r) => r.code?.length === 5 && r.code.startsWith(s.code ?? '?'))
      expect(sum(parts.map((p) => p.cells.total ?? '')), s.code).toBe(cents(s.cells.total ?? ''))
    }
    const by = (code: string) => cents(t.rows.find((r) => r.code === code)?.cells.total ?? 'x')
    const total = t.rows[0]
    expect(total?.kind).toBe('total')
    expect(by('301') + by('303')).toBe(cents(total?.cells['exp.basic.personnel'] ?? 'x'))
    expect(by('302') + by('310')).toBe(cents(total?.cells['exp.basic.public'] ?? 'x'))
    expect(t.rows.every((r) => r.codeSystem === undefined || r.codeSystem === 'economic-department')).toBe(
      true,
    )
  })
})

describe('部门预算财政拨款收支总表', () => {
  const t = table('fiscal-summary')

  it('matches every numbered seed row over its three pages', () => {
    expect(FISCAL_ROWS).toHaveLength(37)
    expect(twoBlockMismatches(t, FISCAL_ROWS)).toEqual([])
  })

  it('catches a changed expenditure cell', () => {
    const i = t.rows.findIndex((r) => r.code === '210')
    expect(twoBlockMismatches(tampered(t, i, 'src.gov-fund', '0.00'), FISCAL_ROWS)).not.toEqual([])
  })

  it('keys the carry-over lines apart from the revenue lines of the same name', () => {
    const keys = t.rows.filter((r) => r.block === 0).map((r) => r.key)
    expect(keys).toEqual([
      'src.gpb',
      'src.gov-fund',
      'src.soe-capital',
      'rev.current',
      'carry.fiscal',
      'carry.gpb',
      'carry.gov-fund',
      'carry.soe-capital',
      'rev.total',
    ])
  })
})

describe('empty tables', () => {
  it.each([
    ['gov-fund', '注：无政府基金预算财政拨款预算，空表列示。'],
    ['soe-capital', '注：无国有资本经营预算财政拨款预算，空表列示。'],
  ])('%s prints no rows and keeps its note', (id, note) => {
    const t = table(id)
    expect(t.rows).toEqual([])
    expect(`注：${t.empty?.note}`).toBe(note)
    expect(seedLines.filter((l) => l.trim() === note)).toHaveLength(1)
    const heading = seedLines.findIndex((l) => l.trim() === t.title)
    const noteAt = seedLines.findIndex((l) => l.trim() === note)
    expect(seedLines.slice(heading, noteAt).filter((l) => /^\d+\t/.test(l))).toEqual([])
  })
})

describe('部门预算财政拨款“三公”经费支出表', () => {
  const t = table('three-public')

  it('matches every seed row (items as rows, funds as columns)', () => {
    expect(THREE_PUBLIC_ROWS).toHaveLength(9)
    const asOneSided = THREE_PUBLIC_ROWS.map(([line = '', label = '', ...v]) => {
      const row = t.rows.find((r) => r.line === line)
      const printedName = label.replace(/^[一二三]、/, '').replace('（境） 费', '（境）费')
      return [line, row?.code ?? '', printedName, ...v]
    })
    expect(oneSidedMismatches(t, asOneSided)).toEqual([])
    expect(oneSidedMismatches(tampered(t, 8, 'src.gpb', '0.08'), asOneSided)).not.toEqual([])
  })

  it('adds up: 三公 = 出国 + 公务用车 + 接待, 公务用车 = 购置 + 运维; and agrees with 30217 and 30231', () => {
    const v = (key: string) => cents(t.rows.find((r) => r.key === key)?.cells.total ?? 'x')
    expect(v('3p.total')).toBe(v('3p.abroad') + v('3p.vehicle') + v('3p.reception'))
    expect(v('3p.vehicle')).toBe(v('3p.vehicle.purchase') + v('3p.vehicle.operation'))
    const basic = table('gpb-basic')
    const econ = (code: string) => cents(basic.rows.find((r) => r.code === code)?.cells.total ?? 'x')
    expect(econ('30217')).toBe(v('3p.reception'))
    expect(econ('30231')).toBe(v('3p.vehicle.operation'))
  })
})

describe('projects (七、部门项目预算安排情况及绩效目标)', () => {
  const projects = doc.projects ?? []
  const heads = seedLines.filter((l) => l.startsWith('项目编码\t')).map((l) => l.split('\t'))
  const budgets = seedLines.filter((l) => l.startsWith('预算规模及 资金用途\t')).map((l) => l.split('\t'))

  it('has one project per 绩效目标表, with code, name and amounts as printed', () => {
    expect(heads).toHaveLength(6)
    expect(projects.map((p) => [p.code, p.name])).toEqual(heads.map((h) => [h[1], h[4]]))
    expect(projects.map((p) => [p.amounts.total, p.amounts['src.fiscal']])).toEqual(
      budgets.map((b) => [canon(b[2] ?? ''), canon(b[4] ?? '')]),
    )
    expect(projects.map((p) => p.indicators.length)).toEqual([14, 9, 9, 10, 15, 10])
  })

  it('keeps each indicator row: name, target and description as printed, 一级指标 carried down merged cells', () => {
    for (const p of projects)
      for (const i of p.indicators) {
        expect(['产出指标', '效益指标', '满意度指标']).toContain(i.level1)
        const desc = /^绩效指标描述：(.*?)；/.exec(i.note ?? '')?.[1] ?? '?'
        expect(seed, `${p.name} / ${i.name}`).toContain(`\t${i.level2}\t${i.name}\t${desc}\t${i.target}\t`)
      }
    const spill = projects[5]?.indicators[3]
    expect(spill?.note).toBe(
      '绩效指标描述：全年定点医药机构监督检查完成时间；指标值确定依据：邢医保发[2019]52号、冀医保发[2021]4号等',
    )
  })

  it('keeps the published 0.01 gaps: Σ projects 902.62 vs 项目支出 902.63; cost indicator ≤136.07 vs 136.06', () => {
    const total = sum(projects.map((p) => p.amounts.total ?? ''))
    expect(total).toBe(cents('902.62'))
    const printed = table('expenditure').rows[0]?.cells['exp.project'] ?? ''
    expect(cents(printed) - total).toBe(1n)
    const carried = sum(
      projects.filter((p) => p.code?.startsWith('13050023')).map((p) => p.amounts.total ?? ''),
    )
    expect(carried).toBe(cents('350.62')) // vs 上年结转 350.63
    const cost = projects[0]?.indicators.find((i) => i.level2 === '成本指标')
    expect(cost?.target).toBe('≤136.07 万元')
  })
})

describe('procurement and assets', () => {
  const items = doc.procurement ?? []
  const printedTotal = seedLines.find((l) => l.startsWith('合计\t\t'))?.split('\t')[7] ?? 'x'

  it('has the 38 procurement lines, adding up to the printed 合计 695.21', () => {
    expect(items).toHaveLength(38)
    expect(printedTotal).toBe('695.21')
    expect(sum(items.map((i) => i.amount))).toBe(cents(printedTotal))
    expect(sum(items.slice(1).map((i) => i.amount))).not.toBe(cents(printedTotal))
  })

  it('takes each line from a seed row (project, item, quantity with its measure word, amount)', () => {
    const rows = seedLines
      .map((l) => l.split('\t'))
      .filter((f) => f.length === 15 && /^[AC]\d{8}$/.test(f[3] ?? ''))
      .map((f) => {
        const unwrap = (s: string) => s.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '')
        return [unwrap(f[0] ?? ''), unwrap(f[2] ?? ''), `${f[5]}${f[4]}`, f[7]]
      })
    expect(items.map((i) => [i.project, i.item, i.quantity, i.amount])).toEqual(rows)
  })

  it('keeps the fixed-asset table as of 2023-12-31, parts adding up to 资产总额 1503.09', () => {
    const assets = doc.assets ?? []
    expect(assets.every((a) => a.asOf === '2023-12-31')).toBe(true)
    expect(seed).toContain('截止时间：2023-12-31')
    const total = assets.find((a) => a.category === '资产总额')
    expect(total?.value).toBe('1503.09')
    const parts = assets.filter((a) => a.parent === '资产总额')
    expect(parts.map((a) => a.category)).toEqual(['房屋', '车辆', '单价在 20 万元以上的设备', '其他固定资产'])
    expect(sum(parts.map((a) => a.value ?? ''))).toBe(cents('1503.09'))
    for (const a of parts.filter((x) => x.value !== ''))
      expect(seed).toContain(`${a.category}${a.measure ? `（${a.measure}）` : ''}\t${a.quantity}\t${a.value}`)
  })
})

describe('text figures', () => {
  const figures = doc.text?.figures ?? []

  const resolve = (ref: CellRef): string | undefined => {
    const t = table(ref.table)
    const { key, code, name, block } = ref.row
    const rows = t.rows.filter(
      (r) =>
        (key === undefined || r.key === key) &&
        (code === undefined || r.code === code) &&
        (name === undefined || r.name === name) &&
        (block === undefined || r.block === block),
    )
    return rows.length === 1 ? rows[0]?.cells[ref.column] : undefined
  }

  it('are the colleague fixture, adding only refersTo', () => {
    expect(figures.map(({ refersTo: _, ...f }) => f)).toEqual(fixtureFigures)
  })

  it('point each restated amount at one cell holding the same value (a blank cell where the text says 0)', () => {
    const referring = figures.filter((f) => f.refersTo !== undefined)
    expect(referring).toHaveLength(24)
    const blanks: string[] = []
    for (const f of referring) {
      const cell = f.refersTo ? resolve(f.refersTo) : undefined
      expect(cell, f.id).toBeDefined()
      if (cell === '') blanks.push(f.id)
      expect(cents(cell ?? 'x'), f.id).toBe(cents(f.value))
    }
    // the text prints 0.00 / 0 where the tables leave the cell blank
    expect(blanks).toEqual(['s2-f3', 's2-f4', 's2-f5', 's2-f6', 's4-f2', 's4-f4', 's4-f8', 's4-f10'])
  })

  it('leave 机关运行经费 unlinked (not an identity with 公用经费) and resolve nothing for a wrong reference', () => {
    expect(figures.find((f) => f.id === 's3-f1')?.refersTo).toBeUndefined()
    expect(resolve({ table: 'summary', row: { key: 'rev.total' }, column: 'total' })).toBe('1890.26')
    expect(resolve({ table: 'summary', row: { key: 'exp.basic' }, column: 'total' })).toBeUndefined()
  })
})

describe('prior year and glossary', () => {
  const facts = doc.priorYear?.facts ?? []
  const figure = (id: string) => doc.text?.figures.find((f) => f.id === id)

  it('derives the 2023 budget from the stated changes: current ∓ change', () => {
    expect(doc.priorYear?.fiscalYear).toBe(2023)
    for (const fact of facts.filter((f) => f.source === 'derived' && (f.figures?.length ?? 0) === 2)) {
      const [current, change] = (fact.figures ?? []).map(figure)
      const sign = change?.direction === 'decrease' ? 1n : -1n
      expect(cents(fact.value), fact.subject).toBe(
        cents(current?.value ?? 'x') + sign * cents(change?.value ?? 'x'),
      )
    }
    const v = (key: string) => cents(facts.find((f) => f.key === key)?.value ?? 'x')
    expect(v('exp.basic') + v('exp.project')).toBe(v('exp.total'))
    expect(facts.find((f) => f.key === '3p.total')).toMatchObject({ value: '2.8', source: 'text' })
  })

  it('keeps the ten 名词解释 as printed', () => {
    const glossary = doc.glossary ?? []
    expect(glossary.map((g) => g.term)).toEqual([
      '财政拨款收入',
      '财政专户管理资金收入',
      '单位资金收入',
      '事业收入',
      '事业单位经营收入',
      '上年结转',
      '部门预算支出',
      '事业单位经营支出',
      '“三公”经费',
      '机关运行经费',
    ])
    const plain = seed.replaceAll('**', '')
    for (const [i, g] of glossary.entries()) expect(plain).toContain(`${i + 1}、${g.term}：${g.definition}\n`)
    expect(plain).not.toContain(`1、${glossary[1]?.term}：`)
  })
})
