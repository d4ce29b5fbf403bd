// Cell-by-cell proof of src/samples/data/002.json (卢氏县医疗保障局 2024 部门决算, national final-account
// template, two units) against the tab-separated rows of its seed, plus the self-evaluation tables, the
// text figures and the facts derived from them. Published mistakes are asserted as published.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import type { PrintedTable, Row } from '../../src/model/table'
import type { CellRef, TextFigure } from '../../src/model/textFigure'
import { readSeed } from './seedText'

const SEED_FILE = '002_a13058ed52681298.txt'
const ROOT = join(__dirname, '..', '..')
const seed = readSeed(SEED_FILE)
const seedLines = seed.split('\n')
const doc: Disclosure = parseDisclosure(
  JSON.parse(readFileSync(join(ROOT, 'src', 'samples', 'data', '002.json'), 'utf8')),
)

const strip = (s: string): string => s.replace(/<\/?b>/g, '').trim()
const canon = (s: string): string => strip(s).replace(/[, ]/g, '')
const squeeze = (s: string): string => s.replace(/\s+/g, '')

// Amounts compared exactly: scaled to 1/10000 as bigint, so '3.0' equals '3.00' and no float is involved.
const AMOUNT = /^-?\d+(?:\.\d{1,4})?$/
function units4(s: string): bigint {
  if (!AMOUNT.test(s)) throw new Error(`not an amount: ${s}`)
  const negative = s.startsWith('-')
  const [int = '0', frac = ''] = s.replace('-', '').split('.')
  const v = BigInt(int) * 10000n + BigInt(frac.padEnd(4, '0'))
  return negative ? -v : v
}
const sameAmount = (a: string, b: string): boolean =>
  AMOUNT.test(a) && AMOUNT.test(b) && units4(a) === units4(b)
const sum = (cells: readonly string[]): bigint => cells.reduce((acc, c) => acc + units4(c), 0n)

function tableOf(d: Disclosure, id: string): PrintedTable {
  const t = d.tables.find((x) => x.id === id)
  if (!t) throw new Error(`no table ${id}`)
  return t
}

/** Tab-separated rows printed under the heading `# title`, up to the table's 注 line. */
function printedRows(title: string): string[][] {
  const start = seedLines.indexOf(`# ${title}`)
  if (start < 0) throw new Error(`heading not found: ${title}`)
  const rows: string[][] = []
  for (let i = start + 1; i < seedLines.length; i++) {
    const line = seedLines[i] ?? ''
    if (line.startsWith('注：')) break
    if (line.includes('\t')) rows.push(line.split('\t').map(strip))
  }
  return rows
}

const blockOf = (r: { readonly block?: number | undefined }): number => r.block ?? 0
const cellOf = (row: Row, key: PrintedTable['columns'][number]['key']): string | undefined => row.cells[key]

/** 公开02/03/05/08: rows 合计 or a 7-digit code, then the value columns in print order. */
function compareCodeTable(table: PrintedTable, printed: readonly string[][]): string[] {
  const problems: string[] = []
  const lines = printed.find((r) => r[0] === '栏次')
  const data = printed.filter((r) => r[0] === '合计' || /^\d{7}$/.test(r[0] ?? ''))
  if (data.length !== table.rows.length)
    problems.push(`rows: printed ${data.length}, json ${table.rows.length}`)
  table.columns.forEach((col, c) => {
    if (col.line !== lines?.[c + 2]) problems.push(`column ${col.key}: 栏次 ${col.line} vs ${lines?.[c + 2]}`)
  })
  data.forEach((p, i) => {
    const row = table.rows[i]
    if (!row) return
    const label = p[0] === '合计' ? row.name : row.code
    if (label !== p[0]) problems.push(`row ${i}: ${p[0]} vs ${label}`)
    if (p[0] !== '合计' && row.name !== p[1]) problems.push(`row ${p[0]}: name ${row.name}`)
    table.columns.forEach((col, c) => {
      const want = canon(p[c + 2] ?? '')
      if (cellOf(row, col.key) !== want)
        problems.push(`${p[0]} / ${col.key}: ${cellOf(row, col.key)} vs ${want}`)
    })
  })
  return problems
}

/**
 * 公开01/04: revenue (项目, 行次, 金额) beside expenditure (项目, 行次, values…). A revenue line that prints
 * only its 行次 has no row in the model (see the report); every other printed line must match by 行次.
 */
function compareTwoSided(table: PrintedTable, printed: readonly string[][]): string[] {
  const problems: string[] = []
  const body = printed
    .map((r) => (r[0] === '' && !/^\d+$/.test(r[1] ?? '') ? r.slice(1) : r))
    .filter((r) => /^\d+$/.test(r[1] ?? ''))
  const expCols = table.columns.filter((c) => blockOf(c) === 1)
  const revCol = table.columns.find((c) => blockOf(c) === 0)
  const label = (row: Row): string => (row.ordinal ? `${row.ordinal}、` : '') + row.name
  let printedRev = 0
  let printedExp = 0
  for (const r of body) {
    const [rname = '', rline = '', ramt = '', ename = '', eline = '', ...evals] = r
    const rev = table.rows.find((x) => blockOf(x) === 0 && x.line === rline)
    if (rname === '' && ramt === '') {
      if (rev) problems.push(`revenue line ${rline} is blank in print but has a row`)
    } else {
      printedRev++
      if (!rev || !revCol) problems.push(`revenue line ${rline} (${rname}) missing`)
      else {
        if (label(rev) !== rname) problems.push(`revenue line ${rline}: ${label(rev)} vs ${rname}`)
        if (cellOf(rev, revCol.key) !== canon(ramt))
          problems.push(`revenue line ${rline}: ${cellOf(rev, revCol.key)}`)
      }
    }
    const values = evals.slice(0, expCols.length)
    const exp = table.rows.find((x) => blockOf(x) === 1 && x.line === eline)
    if (ename === '' && values.every((v) => v === '')) {
      if (exp) problems.push(`expenditure line ${eline} is blank in print but has a row`)
      continue
    }
    printedExp++
    if (!exp) {
      problems.push(`expenditure line ${eline} (${ename}) missing`)
      continue
    }
    if (label(exp) !== ename) problems.push(`expenditure line ${eline}: ${label(exp)} vs ${ename}`)
    expCols.forEach((col, c) => {
      if (cellOf(exp, col.key) !== canon(values[c] ?? ''))
        problems.push(`expenditure line ${eline} / ${col.key}: ${cellOf(exp, col.key)} vs ${values[c]}`)
    })
  }
  const jsonRev = table.rows.filter((x) => blockOf(x) === 0).length
  const jsonExp = table.rows.filter((x) => blockOf(x) === 1).length
  if (jsonRev !== printedRev || jsonExp !== printedExp)
    problems.push(`row counts: printed ${printedRev}/${printedExp}, json ${jsonRev}/${jsonExp}`)
  return problems
}

/** 公开06: three (科目代码, 科目名称, 决算数) blocks side by side, then the two 合计 lines. */
function compareBasicDetail(table: PrintedTable, printed: readonly string[][]): string[] {
  const problems: string[] = []
  const expected: { block: number; code: string; name: string; value: string }[] = []
  for (const r of printed) {
    if (!/^3\d\d/.test(r[0] ?? '') && !/^3\d\d/.test(r[3] ?? '')) continue
    for (let b = 0; b < 3; b++) {
      const [code = '', name = '', value = ''] = r.slice(3 * b, 3 * b + 3)
      if (code !== '') expected.push({ block: b, code, name, value: canon(value) })
    }
  }
  const coded = table.rows.filter((x) => x.code !== undefined)
  if (coded.length !== expected.length)
    problems.push(`coded rows: printed ${expected.length}, json ${coded.length}`)
  for (const e of expected) {
    const row = coded.find((x) => x.code === e.code && blockOf(x) === e.block)
    if (!row) problems.push(`${e.code} missing in block ${e.block}`)
    else if (row.name !== e.name || row.cells.total !== e.value)
      problems.push(`${e.code}: ${row.name} ${row.cells.total} vs ${e.name} ${e.value}`)
  }
  const totals = printed.find((r) => r[0] === '人员经费合计') ?? []
  const personnel = table.rows.find((x) => x.key === 'exp.basic.personnel')
  const publicCosts = table.rows.find((x) => x.key === 'exp.basic.public')
  if (personnel?.cells.total !== totals[2]) problems.push(`人员经费合计 ${personnel?.cells.total}`)
  if (publicCosts?.cells.total !== totals[8]) problems.push(`公用经费合计 ${publicCosts?.cells.total}`)
  return problems
}

/** 公开09: one printed line, budget block (6 cells) then actual block (6 cells). */
function compareThreePublic(table: PrintedTable): string[] {
  const printed = printedRows(table.title).find((r) => /^\d+\.\d\d$/.test(r[0] ?? '')) ?? []
  const problems: string[] = []
  for (const [b, key] of [
    [0, 'fa.budget'],
    [1, 'fa.actual'],
  ] as const) {
    const row = table.rows.find((r) => r.key === key && blockOf(r) === b)
    table.columns
      .filter((c) => blockOf(c) === b)
      .forEach((col, c) => {
        const want = canon(printed[6 * b + c] ?? '')
        if (row?.cells[col.key] !== want)
          problems.push(`${key} / ${col.key}: ${row?.cells[col.key]} vs ${want}`)
      })
  }
  return problems
}

function resolve(d: Disclosure, ref: CellRef): string | undefined {
  const table = d.tables.find((t) => t.id === ref.table)
  const row = table?.rows.find(
    (r) =>
      (ref.row.code === undefined || r.code === ref.row.code) &&
      (ref.row.key === undefined || r.key === ref.row.key) &&
      (ref.row.name === undefined || r.name === ref.row.name) &&
      (ref.row.block === undefined || blockOf(r) === ref.row.block),
  )
  return row?.cells[ref.column]
}

/** Text amounts whose referenced cell holds a different amount (or no amount at all). */
function textVersusTables(d: Disclosure): string[] {
  return (d.text?.figures ?? [])
    .filter((f): f is TextFigure & { refersTo: CellRef } => f.refersTo !== undefined)
    .filter((f) => !sameAmount(f.value, resolve(d, f.refersTo) ?? ''))
    .map((f) => f.id)
}

/** A writable copy of the sample, to prove that the checks catch a wrong transcription. */
const corrupt = (edit: (d: Disclosure) => void): Disclosure => {
  const copy = structuredClone(doc) as Disclosure
  edit(copy)
  return copy
}
const setCell = (d: Disclosure, id: string, pick: (r: Row) => boolean, key: string, value: string): void => {
  const row = tableOf(d, id).rows.find(pick) as { cells: Record<string, string> } | undefined
  if (!row) throw new Error('row not found')
  row.cells[key] = value
}

describe('002 document', () => {
  it('is the 2024 final account of department 517 with its two units', () => {
    expect(doc.kind).toBe('final-account')
    expect(doc.fiscalYear).toBe(2024)
    expect(doc.template).toBe('national-final-account')
    expect(doc.department).toEqual({ code: '517', name: '卢氏县医疗保障局' })
    expect(doc.units.map((u) => u.code)).toEqual(['517001', '517002'])
    // the unit list of 机构设置 names both units
    for (const u of doc.units) expect(seed).toContain(u.name)
    expect(doc.units[1]?.type).toBe('事业')
    expect(seed).toContain('所属事业单位决算')
    expect(doc.absent).toEqual([])
  })

  it('carries the nine 公开 tables in template order, numbered as printed', () => {
    const numbered = doc.tables.filter((t) => t.number !== undefined)
    expect(numbered.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `公开0${n}表`))
    for (const t of numbered) {
      expect(seedLines).toContain(`# ${t.title}`)
      expect(seed).toContain(`公开 ${t.number?.slice(2, 4)} 表`)
    }
  })
})

describe('002 公开 tables against the seed', () => {
  it.each([
    ['summary', '收入支出决算总表'],
    ['fiscal-summary', '财政拨款收入支出决算总表'],
  ])('%s matches every printed line by 行次', (id, title) => {
    expect(compareTwoSided(tableOf(doc, id), printedRows(title))).toEqual([])
  })

  it.each([
    ['income', '收入决算表'],
    ['expenditure', '支出决算表'],
    ['gpb-expenditure', '一般公共预算财政拨款支出决算表'],
  ])('%s matches cell by cell', (id, title) => {
    expect(compareCodeTable(tableOf(doc, id), printedRows(title))).toEqual([])
  })

  it('公开06表 matches all three blocks and both 合计 lines', () => {
    const table = tableOf(doc, 'gpb-basic')
    expect(compareBasicDetail(table, printedRows(table.title))).toEqual([])
    expect(table.rows.filter((r) => blockOf(r) === 0 && r.code !== undefined)).toHaveLength(27)
    expect(table.rows.filter((r) => blockOf(r) === 1 && r.code !== undefined)).toHaveLength(28)
    expect(table.rows.filter((r) => blockOf(r) === 2 && r.code !== undefined)).toHaveLength(26)
  })

  it('the comparisons catch a wrong cell, a wrong name and a missing row', () => {
    const badCell = corrupt((d) => setCell(d, 'income', (r) => r.code === '2101550', 'src.fiscal', '378.24'))
    expect(compareCodeTable(tableOf(badCell, 'income'), printedRows('收入决算表'))).toEqual([
      '2101550 / src.fiscal: 378.24 vs 378.42',
    ])
    const badName = corrupt((d) => {
      const row = tableOf(d, 'summary').rows.find((r) => r.code === '210') as { name: string }
      row.name = '医疗卫生与计划生育支出'
    })
    expect(compareTwoSided(tableOf(badName, 'summary'), printedRows('收入支出决算总表'))).toHaveLength(1)
    const dropped = corrupt((d) => {
      ;(tableOf(d, 'gpb-basic').rows as Row[]).splice(5, 1)
    })
    const t6 = tableOf(dropped, 'gpb-basic')
    expect(compareBasicDetail(t6, printedRows(t6.title)).length).toBeGreaterThan(0)
    const blankZero = corrupt((d) =>
      setCell(d, 'three-public', (r) => r.key === 'fa.budget', '3p.abroad', '0.00'),
    )
    expect(compareThreePublic(tableOf(blankZero, 'three-public'))).toEqual([
      'fa.budget / 3p.abroad: 0.00 vs ',
    ])
  })

  it('公开07表 and 公开08表 are published empty, with their printed 说明', () => {
    for (const id of ['gov-fund', 'soe-capital']) {
      const t = tableOf(doc, id)
      expect(t.empty).toBeDefined()
      expect(seed).toContain(`说明：${t.empty?.note}`)
      expect(t.rows).toHaveLength(1)
    }
    expect(Object.values(tableOf(doc, 'gov-fund').rows[0]?.cells ?? {})).toEqual(['', '', '', '', '', ''])
    // 公开08表 prints a lone 0.00 under 基本支出 and leaves 合计 and 项目支出 blank
    expect(tableOf(doc, 'soe-capital').rows[0]?.cells).toEqual({
      'exp.current': '',
      'exp.basic': '0.00',
      'exp.project': '',
    })
    expect(printedRows('国有资本经营预算财政拨款支出决算表').find((r) => r[0] === '合计')).toEqual([
      '合计',
      '',
      '',
      '0.00',
      '',
    ])
  })

  it('公开09表 keeps budget and actual as two blocks, blank apart from 0.00', () => {
    const t = tableOf(doc, 'three-public')
    expect(compareThreePublic(t)).toEqual([])
    expect(t.rows.find((r) => r.key === 'fa.budget')?.cells['3p.abroad']).toBe('')
    expect(t.rows.find((r) => r.key === 'fa.actual')?.cells['3p.abroad']).toBe('0.00')
    expect(t.columns.map((c) => c.line)).toEqual(printedRows(t.title).find((r) => r[0] === '1'))
  })

  it('every table carries its printed 注 (without the label)', () => {
    for (const t of doc.tables.filter((x) => x.number !== undefined))
      for (const note of t.notes ?? []) expect(seed).toContain(`注：${note}`)
  })
})

describe('002 identities of the published tables', () => {
  const details = (id: string): Row[] => tableOf(doc, id).rows.filter((r) => r.kind === 'detail')
  const total = (id: string): Row | undefined => tableOf(doc, id).rows.find((r) => r.kind === 'total')

  it('合计 equals the sum of the printed 项 in 公开02, 03 and 05', () => {
    for (const id of ['income', 'expenditure', 'gpb-expenditure'])
      for (const col of tableOf(doc, id).columns)
        expect(sum(details(id).map((r) => r.cells[col.key] ?? '')), `${id} ${col.key}`).toBe(
          units4(total(id)?.cells[col.key] ?? ''),
        )
  })

  it('公开05 prints a zero row 2100101 that 公开02 and 03 do not print', () => {
    const codes = (id: string): string[] => details(id).map((r) => r.code ?? '')
    expect(codes('gpb-expenditure').filter((c) => !codes('expenditure').includes(c))).toEqual(['2100101'])
    expect(codes('income')).toEqual(codes('expenditure'))
  })

  it('公开06: 301 and 302 differ from their printed parts by a 0.01 尾差; personnel + public = basic − 0.01', () => {
    const rows = tableOf(doc, 'gpb-basic').rows
    const partsOf = (lei: string): bigint =>
      sum(rows.filter((r) => r.code?.length === 5 && r.code.startsWith(lei)).map((r) => r.cells.total ?? ''))
    const value = (code: string): bigint => units4(rows.find((r) => r.code === code)?.cells.total ?? '')
    expect(value('301') - partsOf('301')).toBe(100n) // 527.39 vs 527.38
    expect(value('302') - partsOf('302')).toBe(-100n) // 23.31 vs 23.32
    const personnel = rows.find((r) => r.key === 'exp.basic.personnel')?.cells.total ?? ''
    const publicCosts = rows.find((r) => r.key === 'exp.basic.public')?.cells.total ?? ''
    const basic = total('gpb-expenditure')?.cells['exp.basic'] ?? ''
    expect(units4(basic) - sum([personnel, publicCosts])).toBe(100n) // 550.71 vs 550.70
  })

  it('三公 = parts in both blocks, and matches 30217 / 30231 of 公开06', () => {
    const t = tableOf(doc, 'three-public')
    for (const row of t.rows) {
      const c = row.cells
      const parts = [c['3p.abroad'], c['3p.vehicle'], c['3p.reception']].map((x) =>
        x === '' ? '0' : (x ?? ''),
      )
      expect(sum(parts)).toBe(units4(c['3p.total'] ?? ''))
    }
    const actual = t.rows.find((r) => r.key === 'fa.actual')?.cells
    const econ = (code: string): string =>
      tableOf(doc, 'gpb-basic').rows.find((r) => r.code === code)?.cells.total ?? ''
    expect(actual?.['3p.reception']).toBe(econ('30217'))
    expect(actual?.['3p.vehicle.operation']).toBe(econ('30231'))
  })

  it('类 rows of 公开01 and 公开04 agree and add up to 本年支出合计', () => {
    const lei = (id: string): Row[] => tableOf(doc, id).rows.filter((r) => r.code?.length === 3)
    expect(lei('summary')).toHaveLength(26)
    expect(lei('summary').map((r) => [r.code, r.cells.total])).toEqual(
      lei('fiscal-summary').map((r) => [r.code, r.cells.total]),
    )
    const current = tableOf(doc, 'summary').rows.find((r) => r.key === 'exp.current')?.cells.total ?? ''
    expect(sum(lei('summary').map((r) => r.cells.total ?? ''))).toBe(units4(current))
  })
})

describe('002 self-evaluation', () => {
  const perf = doc.departmentPerformance
  const flat = squeeze(seed)

  it('部门整体自评表: 24 indicators with target, actual, weight and score as printed', () => {
    expect(perf?.indicators).toHaveLength(24)
    for (const i of perf?.indicators ?? []) {
      expect(flat).toContain(i.name)
      expect(flat).toContain(`${i.target}${i.actual}${i.weight}${i.score}`)
    }
    expect(perf?.indicators.at(-1)).toMatchObject({
      level1: '效益指标',
      level2: '满意度',
      name: '群众对医疗保障服务满意度',
      target: '≥90%',
      actual: '98%',
      weight: '20',
      score: '20',
    })
  })

  it('indicator weights (90) plus the budget-execution 分值 (10) make the printed 总分 100', () => {
    const weights = sum((perf?.indicators ?? []).map((i) => i.weight ?? ''))
    const scores = sum((perf?.indicators ?? []).map((i) => i.score ?? ''))
    expect(weights).toBe(units4('90'))
    expect(scores).toBe(units4('90'))
    expect(seedLines.find((l) => l.includes('部门预算总额'))?.split('\t')[6]).toBe('10')
    expect(
      seedLines
        .find((l) => l.includes('总分'))
        ?.split('\t')
        .filter((c) => c === '100'),
    ).toHaveLength(2)
  })

  it('records the self-evaluation budget as printed, far above the final account', () => {
    expect(perf?.budget).toEqual({
      'fa.budget': '838.98',
      'fa.adjusted': '2983.84',
      'fa.actual': '2753.07',
      'fa.completion': '92.27',
    })
    const spent = tableOf(doc, 'summary').rows.find((r) => r.key === 'exp.current')?.cells.total ?? ''
    expect(units4(perf?.budget['fa.actual'] ?? '') - units4(spent)).toBe(units4('1990.36'))
    expect(perf?.goals).toHaveLength(6)
    expect(perf?.tasks[0]?.name).toBe('完成全县医疗保障相关工作。')
  })

  it('the 部门整体支出情况 rows of 部门整体自评表 match the seed, 分值/得分 kept in the row note', () => {
    const printed = seedLines
      .filter((l) => /部门预算总额|政府预算资金|（2）财政专户管理资金|（3）单位资金/.test(l))
      .map((l) => l.split('\t').map((c) => c.trim()))
    const rows = tableOf(doc, 'department-self-evaluation').rows
    expect(printed).toHaveLength(rows.length)
    printed.forEach((p, i) => {
      const row = rows[i]
      expect([row?.cells['fa.budget'], row?.cells['fa.adjusted'], row?.cells['fa.actual']]).toEqual(
        p.slice(3, 6),
      )
      expect(row?.cells['fa.completion']).toBe(p[7])
      expect(row?.note?.startsWith(`分值 ${p[6]}，得分 ${p[8]}`)).toBe(true)
    })
  })

  it('项目单位自评汇总表: ten printed lines, amounts, rates and scores as printed', () => {
    const printed = seedLines
      .filter((l) => /^51700[12]\t/.test(l))
      .map((l) => l.split('\t').map((c) => c.trim()))
    expect(printed).toHaveLength(10)
    expect(doc.projects).toHaveLength(10)
    printed.forEach((p, i) => {
      const project = doc.projects?.[i]
      expect(project?.unitCode).toBe(p[0])
      expect(project?.amounts).toEqual({
        'fa.adjusted': p[7],
        'fa.actual': p[8],
        'fa.actual.system': p[9],
        'fa.completion': p[10]?.replace('%', ''),
      })
      expect(project?.indicators.slice(0, 5).map((x) => x.actual)).toEqual(p.slice(11, 16))
      expect(project?.indicators[5]?.score).toBe(p[16])
    })
    // the wrapped name of line 594 continues after a page break
    expect(doc.projects?.[2]?.name.endsWith('（医疗保障能力建设部分）其他商品和服务支出')).toBe(true)
  })

  it('the four 244号 lines make the text’s project of 10.00; all lines fall 3.99 short of 项目支出', () => {
    const lines244 = (doc.projects ?? []).filter((p) => p.name.startsWith('豫财社（2023）244号'))
    expect(lines244).toHaveLength(4)
    expect(sum(lines244.map((p) => p.amounts['fa.actual'] ?? ''))).toBe(units4('10.00'))
    const executed = sum((doc.projects ?? []).map((p) => p.amounts['fa.actual'] ?? ''))
    const project =
      tableOf(doc, 'expenditure').rows.find((r) => r.kind === 'total')?.cells['exp.project'] ?? ''
    expect(units4(project) - executed).toBe(units4('3.99'))
  })
})

describe('002 text figures, prior year, glossary, assets', () => {
  const fixture: TextFigure[] = JSON.parse(
    readFileSync(
      join(ROOT, 'test', 'fixtures', 'text-figures', `${SEED_FILE.replace('.txt', '.json')}`),
      'utf8',
    ),
  )
  const figures = doc.text?.figures ?? []

  it('copies the text-figure fixture, adding only refersTo', () => {
    expect(figures.map(({ refersTo: _, ...rest }) => rest)).toEqual(fixture)
    expect(figures.filter((f) => f.refersTo)).toHaveLength(37)
    expect(figures.filter((f) => f.refersTo).every((f) => f.kind === 'amount')).toBe(true)
  })

  it('every refersTo resolves; only the ××.×× placeholder and the blank 出国 budget differ from their cell', () => {
    for (const f of figures) if (f.refersTo) expect(resolve(doc, f.refersTo), f.id).toBeDefined()
    expect(textVersusTables(doc)).toEqual(['s6-f1', 's9-f13'])
    expect(figures.find((f) => f.id === 's6-f1')?.printed).toBe('××.××万元')
    // and a wrong table cell is caught
    const bad = corrupt((d) => setCell(d, 'expenditure', (r) => r.kind === 'total', 'exp.project', '211.00'))
    expect(textVersusTables(bad)).toEqual(['s3-f4', 's6-f1', 's9-f13'])
  })

  it('prior-year facts are current ∓ the printed change', () => {
    const byId = new Map(figures.map((f) => [f.id, f]))
    const facts = doc.priorYear?.facts ?? []
    expect(facts).toHaveLength(6)
    for (const fact of facts) {
      const [current, change] = (fact.figures ?? []).map((id) => byId.get(id))
      expect(change?.kind).toBe('change')
      const sign = change?.direction === 'decrease' ? 1n : -1n
      expect(units4(fact.value)).toBe(units4(current?.value ?? '') + sign * units4(change?.value ?? ''))
    }
    expect(facts.find((f) => f.key === 'other.operating-costs')?.value).toBe('29.89')
  })

  it('the printed decrease of 57.38% is below the interval its inputs allow (57.387…57.388%)', () => {
    const growth = figures.find((f) => f.id === 's1-f3')
    const prior = units4(doc.priorYear?.facts[0]?.value ?? '')
    const change = units4(figures.find((f) => f.id === 's1-f2')?.value ?? '')
    // change / prior in basis points ×100, bounds from ±0.005 on both printed inputs
    const low = ((change - 50n) * 1_000_000n) / (prior + 100n)
    const high = ((change + 50n) * 1_000_000n) / (prior - 100n)
    expect([low, high]).toEqual([573870n, 573882n])
    expect(units4(growth?.value ?? '')).toBeLessThan(low)
    expect(units4('57.39')).toBeGreaterThanOrEqual(low - 50n)
  })

  it('glossary: 18 entries, each printed as term：definition', () => {
    expect(doc.glossary).toHaveLength(18)
    for (const g of doc.glossary ?? []) expect(seed).toContain(`${g.term}：${g.definition}`)
  })

  it('assets: the vehicle breakdown adds up and matches the printed sentence', () => {
    const assets = doc.assets ?? []
    const vehicles = assets.filter((a) => a.parent === '车辆')
    expect(vehicles).toHaveLength(8)
    expect(sum(vehicles.map((a) => a.quantity ?? ''))).toBe(units4(assets[0]?.quantity ?? ''))
    for (const a of vehicles) expect(seed).toContain(`${a.category} ${a.quantity} 辆`)
    expect(doc.procurement?.map((p) => p.amount)).toEqual(['0.00', '0.00', '0.00'])
  })
})
