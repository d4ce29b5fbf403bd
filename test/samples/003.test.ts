// Proof of src/samples/data/003.json (焦作市医疗保障局 2025 部门预算, 河南 2025 template, department 309 with units
// 309101 and 309201, 万元 with two decimals) against its seed, a messy PDF extraction: numbers with OCR spaces
// ('132, 372. 61'), scrambled headers, wrapped rows that leave an OCR "ghost" text line beside the real one, code slips.
// Where the seed prints clean tab-separated rows the tables are compared cell by cell; elsewhere every printed value
// and the identities of the print are checked. Published mistakes are asserted as published, never repaired.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import type { FactKey } from '../../src/model/factKeys'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import type { PrintedTable, Row } from '../../src/model/table'
import type { CellRef, TextFigure } from '../../src/model/textFigure'
import { readSeed } from './seedText'

const SEED_FILE = '003_4628d8b7aa23fe2e.txt'
const ROOT = join(__dirname, '..', '..')
const seed = readSeed(SEED_FILE)
const seedLines = seed.split('\n')
const sampleText = readFileSync(join(ROOT, 'src', 'samples', 'data', '003.json'), 'utf8')
const doc: Disclosure = parseDisclosure(JSON.parse(sampleText))
/** A fresh, mutable copy of the sample, to prove that each check catches a wrong transcription. */
const mutableCopy = (): Disclosure => JSON.parse(sampleText) as Disclosure

/** The canonical cell of a printed value: OCR spaces, thousands separators and a stray ')' removed. */
const canon = (s: string): string => s.trim().replace(/[, ]/g, '').replace(/\)$/, '')
const squeeze = (s: string): string => s.replace(/\s+/g, '')

// Amounts compared exactly: scaled to hundredths as bigint, so '2' equals '2.00' and no float is involved.
const AMOUNT = /^-?\d+(?:\.\d{1,2})?$/
function cents(s: string): bigint {
  if (!AMOUNT.test(s)) throw new Error(`not an amount: ${s}`)
  const negative = s.startsWith('-')
  const [int = '0', frac = ''] = s.replace('-', '').split('.')
  const v = BigInt(int) * 100n + BigInt(frac.padEnd(2, '0'))
  return negative ? -v : v
}
const sum = (cells: readonly (string | undefined)[]): bigint =>
  cells.reduce<bigint>((acc, c) => acc + (c === undefined || c === '' ? 0n : cents(c)), 0n)

function tableOf(d: Disclosure, id: string): PrintedTable {
  const t = d.tables.find((x) => x.id === id)
  if (!t) throw new Error(`no table ${id}`)
  return t
}

/** Tab-split lines of the seed from the line that is exactly `title` up to the next footnote (注: …). */
function section(title: string): string[][] {
  const start = seedLines.findIndex((l) => l.trim() === title)
  if (start < 0) throw new Error(`title line not found: ${title}`)
  const out: string[][] = []
  for (let i = start + 1; i < seedLines.length; i++) {
    const line = seedLines[i] ?? ''
    if (/^注\s*[:：]/.test(line)) break
    if (line.includes('\t')) out.push(line.split('\t').map((c) => c.trim()))
  }
  return out
}
const isAmount = (s: string | undefined): boolean => AMOUNT.test(canon(s ?? ''))

/** Compares rows with printed lines: labels by `label`/`printedLabel`, cells by `keys` read from column `at` on. */
function compareRows(
  rows: readonly Row[],
  printed: readonly string[][],
  keys: readonly FactKey[],
  at: number,
  label: (row: Row) => string,
  printedLabel: (p: readonly string[]) => string,
): string[] {
  const problems: string[] = []
  if (rows.length !== printed.length) problems.push(`rows: printed ${printed.length}, json ${rows.length}`)
  printed.forEach((p, i) => {
    const row = rows[i]
    if (!row) return
    if (label(row) !== printedLabel(p)) problems.push(`row ${i}: ${printedLabel(p)} vs ${label(row)}`)
    keys.forEach((key, k) => {
      const want = canon(p[at + k] ?? '')
      if (row.cells[key] !== want) problems.push(`${printedLabel(p)} / ${key}: ${row.cells[key]} vs ${want}`)
    })
  })
  return problems
}

/** The label of a row as the seed prints it: ordinal (一、 / (一)) then name. */
const labelOf = (row: Row): string =>
  squeeze(
    `${row.ordinal ?? ''}${row.ordinal && /^[一二三四五六七八九十]+$/.test(row.ordinal) ? '、' : ''}${row.name}`,
  )

const blockRows = (t: PrintedTable, block: number): Row[] => t.rows.filter((r) => (r.block ?? 0) === block)
const keysOf = (t: PrintedTable, block?: number): FactKey[] =>
  t.columns.filter((c) => block === undefined || (c.block ?? 0) === block).map((c) => c.key)

describe('003 document', () => {
  it('names the department, its two units, the template and the unit of amounts', () => {
    expect(doc.department).toEqual({ code: '309', name: '焦作市医疗保障局' })
    expect(doc.units.map((u) => [u.code, u.name])).toEqual([
      ['309101', '焦作市医疗保障局'],
      ['309201', '焦作市社会医疗保险中心'],
    ])
    expect(doc.template).toBe('henan-budget-2025')
    expect([doc.kind, doc.fiscalYear, doc.amountUnit]).toEqual(['budget', 2025, '万元'])
    expect(seedLines[0]).toBe(doc.title)
  })

  it('carries all fifteen tables of the 目录, each title printed as its own line, and records no absence', () => {
    expect(doc.tables.map((t) => t.id)).toEqual([
      'summary',
      'income',
      'expenditure',
      'fiscal-summary',
      'gpb-expenditure',
      'gpb-basic',
      'gpb-basic-detail',
      'economic-summary',
      'three-public',
      'gov-fund',
      'soe-capital',
      'projects',
      'operating-costs',
      'department-performance',
      'project-performance',
    ])
    for (const t of doc.tables)
      expect(
        seedLines.map((l) => l.trim()),
        t.title,
      ).toContain(t.title)
    expect(doc.absent).toEqual([])
  })
})

describe('003 2025年部门收支预算表', () => {
  const table = tableOf(doc, 'summary')
  const text = seed.slice(seed.indexOf('2025年部门收支预算表'), seed.indexOf('2025年部门收入预算表'))

  it('keeps 13 revenue lines and the 30 类 of the template plus two totals on the expenditure side', () => {
    expect(blockRows(table, 0)).toHaveLength(13)
    const lei = blockRows(table, 1).filter((r) => r.code !== undefined)
    expect(lei).toHaveLength(30)
    expect(lei.map((r) => r.code)).not.toContain('218')
    expect(lei.find((r) => r.ordinal === '十九')?.code).toBe('219')
    expect(blockRows(table, 1).map((r) => r.key ?? r.code)).toContain('exp.current')
  })

  it('every label but one stands in the seed; the 八、社会保障和就业 label was lost by the extraction', () => {
    const missing = table.rows.filter((r) => !squeeze(text).includes(labelOf(r))).map((r) => r.name)
    expect(missing).toEqual(['社会保障和就业'])
    expect(table.rows.find((r) => r.code === '208')?.note).toMatch(/label lost/)
  })

  it('prints the values the seed prints, on the lines it prints them', () => {
    const values = table.rows.filter((r) => r.cells.total !== '').map((r) => [r.key ?? r.code, r.cells.total])
    expect(values).toEqual([
      ['src.gpb', '132372.61'],
      ['src.gpb.fiscal', '132252.61'],
      ['rev.current', '132372.61'],
      ['carry.total', '92.68'],
      ['rev.total', '132465.29'],
      ['205', '4.25'],
      ['208', '760.78'],
      ['210', '131610.83'],
      ['221', '89.43'],
      ['exp.current', '132465.29'],
      ['exp.total', '132465.29'],
    ])
    expect(text).toContain('十、卫生健康\t131, 610. 83')
    expect(text).toContain('二十一、住房保障支出\t89. 43')
    expect(text).toContain('七、上级补助收入\t760. 78')
    expect(text).toContain('\n\t4. 25\n')
    expect(text).toContain('本年收入合计 132, 372.61 本年支出合计\t132, 465. 29')
  })

  it('adds up: 类 rows = 本年支出合计 = 本年收入合计 + 上年结转结余 = 收入总计', () => {
    const lei = blockRows(table, 1).filter((r) => r.code !== undefined)
    const byKey = (k: FactKey) => table.rows.find((r) => r.key === k)?.cells.total ?? ''
    expect(sum(lei.map((r) => r.cells.total))).toBe(cents(byKey('exp.current')))
    expect(cents(byKey('rev.current')) + cents(byKey('carry.total'))).toBe(cents(byKey('rev.total')))
    expect(byKey('exp.total')).toBe(byKey('rev.total'))
  })
})

describe('003 2025年部门收入预算表', () => {
  const table = tableOf(doc, 'income')
  const printed = section('2025年部门收入预算表').filter((p) => isAmount(p[3]))
  const b0 = keysOf(table, 0)
  const b1 = keysOf(table, 1)
  // the 24 printed columns: code, name, 总计, 合计 by fund (4), 本年收入 (11), 上年结转结余 (6)
  const asBlock0 = printed.map((p) => [p[0] ?? '', p[1] ?? '', p[2] ?? '', ...p.slice(7)])
  const asBlock1 = printed.map((p) => [p[0] ?? '', p[1] ?? '', ...p.slice(3, 7)])
  const label = (r: Row) => r.unitCode ?? ''
  const compare = (t: PrintedTable) => [
    ...compareRows(blockRows(t, 0), asBlock0, b0, 2, label, (p) => p[0] ?? ''),
    ...compareRows(blockRows(t, 1), asBlock1, b1, 2, label, (p) => p[0] ?? ''),
  ]

  it('matches the seed cell by cell: four printed rows, 18 + 4 columns, the "·" kept', () => {
    expect(printed).toHaveLength(4)
    expect(printed.every((p) => p.length === 24)).toBe(true)
    expect(compare(table)).toEqual([])
    expect(b0).toHaveLength(18)
    expect(b1).toEqual(['src.gpb', 'src.gov-fund', 'src.soe-capital', 'src.special-account'])
    expect(blockRows(table, 0).find((r) => r.unitCode === '309201')?.cells.total).toBe('·')
  })

  it('catches a changed cell and a repaired placeholder', () => {
    const changed = mutableCopy()
    const row = blockRows(tableOf(changed, 'income'), 0).find((r) => r.unitCode === '309101')
    if (row) row.cells['src.gpb.fiscal'] = '749.59'
    expect(compare(tableOf(changed, 'income'))).toEqual(['309101 / src.gpb.fiscal: 749.59 vs 629.59'])
    const repaired = mutableCopy()
    const r2 = blockRows(tableOf(repaired, 'income'), 0).find((r) => r.unitCode === '309201')
    if (r2) r2.cells.total = '131624.04'
    expect(compare(tableOf(repaired, 'income'))).toEqual(['309201 / total: 131624.04 vs ·'])
  })

  it('units add up to the department; 309201 prints "·" where 131624.04 = 131623.02 + 1.02 is expected', () => {
    const rows = blockRows(table, 0)
    const units = rows.filter((r) => r.unitCode?.length === 6)
    for (const key of ['rev.current', 'src.gpb', 'src.gpb.fiscal', 'carry.total'] as const)
      expect(sum(units.map((r) => r.cells[key])), key).toBe(cents(rows[0]?.cells[key] ?? ''))
    const u2 = rows.find((r) => r.unitCode === '309201')
    expect(cents(u2?.cells['rev.current'] ?? '') + cents(u2?.cells['carry.total'] ?? '')).toBe(
      cents(blockRows(table, 1).find((r) => r.unitCode === '309201')?.cells['src.gpb'] ?? ''),
    )
  })
})

// 支出预算表 rows wrapped over two text lines leave an OCR ghost line beside the real one.
const GHOST = (p: readonly string[]): boolean =>
  ['000', '010', '<u> </u>'].includes(p[0] ?? '') || (p[5] ?? '').startsWith('130, 100')

describe('003 2025年部门支出预算表 and 2025年一般公共预算支出预算表', () => {
  const exp = tableOf(doc, 'expenditure')
  const gpb = tableOf(doc, 'gpb-expenditure')
  const expPrinted = section('2025年部门支出预算表').filter((p) => isAmount(p[5]) && !GHOST(p))
  const gpbPrinted = section('2025年一般公共预算支出预算表').filter((p) => isAmount(p[5]))
  const label = (r: Row) => r.code ?? r.unitCode ?? r.name
  const printedLabel = (p: readonly string[]) => `${p[0]}${p[1]}${p[2]}` || p[3] || (p[4] ?? '')

  it('match the seed cell by cell (合计, department 309, 14 项 rows; four ghost lines skipped)', () => {
    expect(section('2025年部门支出预算表').filter((p) => isAmount(p[5]) && GHOST(p))).toHaveLength(4)
    expect(compareRows(exp.rows, expPrinted, keysOf(exp), 5, label, printedLabel)).toEqual([])
    expect(compareRows(gpb.rows, gpbPrinted, keysOf(gpb), 5, label, printedLabel)).toEqual([])
    expect(exp.rows).toHaveLength(16)
    for (const [t, lines] of [
      [exp, expPrinted],
      [gpb, gpbPrinted],
    ] as const)
      t.rows.forEach((r, i) => {
        expect(r.name.includes(squeeze(lines[i]?.[4] ?? '(none)')), r.name).toBe(true)
      })
  })

  it('catch a changed cell', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'expenditure').rows.find((r) => r.code === '2080109')
    if (row) row.cells['exp.basic.public.goods'] = '77.24'
    const t = tableOf(changed, 'expenditure')
    expect(compareRows(t.rows, expPrinted, keysOf(t), 5, label, printedLabel)).toEqual([
      '2080109 / exp.basic.public.goods: 77.24 vs 77.42',
    ])
  })

  it('keep the OCR slip 210 12 00 as printed in the 部门支出预算表, 210 12 99 in the other', () => {
    const slip = exp.rows.find((r) => r.printedCode !== undefined)
    expect(slip).toMatchObject({ code: '2101200', printedCode: '210 12 00' })
    expect(slip?.note).toMatch(/OCR slip for 2101299/)
    expect(gpb.rows.find((r) => r.name === slip?.name)?.code).toBe('2101299')
    expect(exp.rows.map((r) => r.code).filter((c) => c?.startsWith('210120'))).toEqual([
      '2101201',
      '2101202',
      '2101200',
    ])
  })

  it('columns add up to the 合计 row', () => {
    for (const t of [exp, gpb]) {
      const details = t.rows.filter((r) => r.kind === 'detail')
      for (const key of keysOf(t)) {
        const total = t.rows[0]?.cells[key] ?? ''
        expect(sum(details.map((r) => r.cells[key])), `${t.id} ${key}`).toBe(total === '' ? 0n : cents(total))
      }
    }
  })

  it('print the same figures in their shared columns, carry-over included despite "本表仅含当年财政拨款"', () => {
    const shared = keysOf(gpb)
    const pick = (r: Row) => shared.map((k) => r.cells[k])
    expect(gpb.rows.map(pick)).toEqual(exp.rows.map(pick))
    expect(gpb.notes?.[0]).toMatch(/本表仅含当年财政拨款安排的支出/)
    // 132465.29 = 本年收入 132372.61 + 上年结转 92.68
    expect(gpb.rows[0]?.cells.total).toBe('132465.29')
  })
})

describe('003 2025年财政拨款收支预算表', () => {
  const table = tableOf(doc, 'fiscal-summary')
  const printed = section('2025年财政拨款收支预算表')
  const right = printed.filter((p) => (p[2] ?? '').startsWith('(') || /^[一二]、|^支出合计/.test(p[2] ?? ''))

  it('keeps 13 revenue lines and 33 expenditure lines with the stale (九) row', () => {
    expect(blockRows(table, 0)).toHaveLength(13)
    expect(blockRows(table, 1)).toHaveLength(33)
    expect(right).toHaveLength(33)
    const stale = table.rows.find((r) => r.ordinal === '(九)')
    expect(stale?.name).toBe('医疗卫生与计划生育支出')
    expect(stale?.code).toBeUndefined()
  })

  const left = printed.filter((p) => isAmount(p[1]) || /^(\(|[一二]、|其中|收入合计)/.test(p[0] ?? ''))
  const compareRight = (t: PrintedTable) =>
    compareRows(blockRows(t, 1), right, keysOf(t, 1), 3, labelOf, (p) => squeeze(p[2] ?? ''))
  const compareLeft = (t: PrintedTable) =>
    compareRows(blockRows(t, 0), left, ['total'], 1, labelOf, (p) => squeeze(p[0] ?? ''))
  /** Label mismatches where the seed prints the head of a wrapped label are not problems. */
  const cellProblems = (problems: readonly string[]) =>
    problems.filter((s) => {
      const [, printedHead, jsonLabel] = /^row \d+: (.*) vs (.*)$/.exec(s) ?? []
      return printedHead === undefined || !jsonLabel?.startsWith(printedHead)
    })

  it('matches the seed cell by cell on the revenue side (13 lines, three labels wrapped)', () => {
    expect(left).toHaveLength(13)
    expect(cellProblems(compareLeft(table))).toEqual([])
    expect(compareLeft(table)).toHaveLength(1)
  })

  it('catches a changed cell on either side', () => {
    const changed = mutableCopy()
    const t = tableOf(changed, 'fiscal-summary')
    const edu = t.rows.find((r) => r.code === '205')
    if (edu) edu.cells['src.gpb.fiscal'] = '4.52'
    const carry = t.rows.find((r) => r.key === 'carry.gpb')
    if (carry) carry.cells.total = '92.86'
    expect(cellProblems(compareRight(t))).toEqual(['(五)教育支出 / src.gpb.fiscal: 4.52 vs 4.25'])
    expect(cellProblems(compareLeft(t))).toEqual(['(一)一般公共预算拨款 / total: 92.86 vs 92.68'])
  })

  it('matches the seed cell by cell on the expenditure side', () => {
    const keys = keysOf(table, 1)
    expect(keys).toHaveLength(8)
    const problems = compareRight(table)
    // every cell agrees; eight wrapped labels print their tail on the next text line
    expect(problems.filter((s) => !/^row \d+:/.test(s))).toEqual([])
    expect(problems).toHaveLength(8)
    for (const s of problems) {
      const [, printedLabel = '', jsonLabel = ''] = /^row \d+: (.*) vs (.*)$/.exec(s) ?? []
      expect(jsonLabel.startsWith(printedLabel), s).toBe(true)
    }
  })

  it('keeps its disagreement with 收支预算表: 卫生健康 131518.15 and 年终结转结余 92.68 (carry-over left unspent)', () => {
    const summary = tableOf(doc, 'summary')
    const h = table.rows.find((r) => r.code === '210')
    expect(h?.cells.total).toBe('131518.15')
    expect(summary.rows.find((r) => r.code === '210')?.cells.total).toBe('131610.83')
    expect(cents('131610.83') - cents('131518.15')).toBe(cents('92.68'))
    const end = table.rows.find((r) => r.key === 'end.total')
    expect([end?.cells.total, end?.cells['src.gpb'], end?.cells['src.gpb.fiscal']]).toEqual([
      '92.68',
      '92.68',
      '1.02',
    ])
    const current = table.rows.find((r) => r.key === 'exp.current')
    expect(cents(current?.cells.total ?? '') + cents(end?.cells.total ?? '')).toBe(
      cents(table.rows.find((r) => r.key === 'exp.total')?.cells.total ?? ''),
    )
    expect(cents(current?.cells['src.gpb.fiscal'] ?? '') + cents('1.02')).toBe(cents('132253.63'))
  })
})

describe('003 2025年一般公共预算基本支出预算表 and 基本支出明细表', () => {
  const table = tableOf(doc, 'gpb-basic')
  const printed = section('2025年一般公共预算基本支出预算表').filter(
    (p) => /^(\d{5})?$/.test(p[0] ?? '') && isAmount(p[4]),
  )

  it('matches the seed cell by cell (合计 and 22 code pairs), keeping "107. 4"', () => {
    const label = (r: Row) => (r.kind === 'total' ? '合计' : `${r.code}|${r.name}|${r.govCode}|${r.govName}`)
    const pl = (p: readonly string[]) => (p[3] === '合计' ? '合计' : squeeze(p.slice(0, 4).join('|')))
    expect(compareRows(table.rows, printed, keysOf(table), 4, label, pl)).toEqual([])
    expect(table.rows).toHaveLength(23)
    expect(table.rows[0]?.cells['exp.basic.public']).toBe('107.4')
  })

  it('catches a changed government code', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'gpb-basic').rows.find((r) => r.code === '30226')
    if (row) row.govCode = '50201'
    const t = tableOf(changed, 'gpb-basic')
    const label = (r: Row) => (r.kind === 'total' ? '合计' : `${r.code}|${r.name}|${r.govCode}|${r.govName}`)
    const pl = (p: readonly string[]) => (p[3] === '合计' ? '合计' : squeeze(p.slice(0, 4).join('|')))
    expect(compareRows(t.rows, printed, keysOf(t), 4, label, pl)).toEqual([
      'row 16: 30226|劳务费|50205|委托业务费 vs 30226|劳务费|50201|委托业务费',
    ])
  })

  it('keeps 30299 twice, with two government codes', () => {
    expect(table.rows.filter((r) => r.code === '30299').map((r) => r.govCode)).toEqual(['50299', '50502'])
  })

  it('人员经费 rows add up to 1040.48; 公用经费 rows to 107.44 against a printed 107.4', () => {
    const d = table.rows.filter((r) => r.kind === 'detail')
    expect(sum(d.map((r) => r.cells['exp.basic.personnel']))).toBe(cents('1040.48'))
    expect(sum(d.map((r) => r.cells['exp.basic.public']))).toBe(cents('107.44'))
    expect(sum(d.map((r) => r.cells.total))).toBe(cents('1147.92'))
  })

  it('明细表: 12 lines by unit that add up to 1147.92 (309101: 305.69, 309201: 842.23)', () => {
    const detail = tableOf(doc, 'gpb-basic-detail')
    const lines = section('2025年一般公共预算基本支出明细表').filter((p) => isAmount(p[3]))
    const got = detail.rows.map((r) => [r.name, r.cells.total, r.cells['src.gpb']])
    expect(got).toEqual(lines.map((p) => [p[2], canon(p[3] ?? ''), canon(p[4] ?? '')]))
    const byUnit = (u: string) => sum(detail.rows.filter((r) => r.unitCode === u).map((r) => r.cells.total))
    expect([byUnit('309101'), byUnit('309201')]).toEqual([cents('305.69'), cents('842.23')])
    expect(byUnit('309101') + byUnit('309201')).toBe(cents('1147.92'))
  })
})

describe('003 2025年支出经济分类汇总表', () => {
  const table = tableOf(doc, 'economic-summary')
  const printed = section('2025年支出经济分类汇总表').filter((p) => isAmount(p[6]))
  const keys = keysOf(table)
  const compare = (t: PrintedTable) =>
    compareRows(
      t.rows,
      printed,
      keys,
      6,
      (r) => (r.govCode === undefined ? '' : `${r.govCode}|${r.govName}`),
      (p) => (p[3] === '' ? '' : squeeze(`${p[3]}${p[4]}|${p[5]}`)),
    )

  it('matches the seed cell by cell (合计, department 309, 29 rows over three pages)', () => {
    expect(compare(table)).toEqual([])
    expect(table.rows).toHaveLength(31)
  })

  it('catches a changed cell', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'economic-summary').rows.find((r) => r.code === '30211')
    if (row) row.cells['carry.total'] = '5.18'
    expect(compare(tableOf(changed, 'economic-summary'))).toEqual([
      '50201|办公经费 / carry.total: 5.18 vs 5.81',
    ])
  })

  it('keeps the OCR slips as printed: 301 l twice, 1 1, blank codes and blank 款', () => {
    const slips = table.rows
      .filter((r) => r.printedCode !== undefined)
      .map((r) => [r.code, r.printedCode, r.name])
    expect(slips).toEqual([
      ['301l', '301 l', '机关事业单位基本养老保险缴费'],
      ['301l', '301 l', '职工基本医疗保险缴费'],
      ['11', '1 1', '劳务费'],
      [undefined, '', '其他商品和服务支出'],
      [undefined, '', '其他商品和服务支出'],
    ])
    expect(table.rows.find((r) => r.name === '7 112 1')?.code).toBe('302')
    expect(table.rows.filter((r) => r.name === '信息网络及软件购置更新').map((r) => r.code)).toEqual([
      '309',
      '310',
    ])
  })

  it('every column adds up to the 合计 row; 上年结转结余 is the 92.68 carried over', () => {
    const details = table.rows.filter((r) => r.kind === 'detail')
    for (const key of keys) {
      const total = table.rows[0]?.cells[key] ?? ''
      expect(sum(details.map((r) => r.cells[key])), key).toBe(total === '' ? 0n : cents(total))
    }
    expect(table.rows[0]?.cells['carry.total']).toBe('92.68')
  })

  it('agrees with the 基本支出 table on personnel codes and with 项目 on 31302', () => {
    const basic = tableOf(doc, 'gpb-basic')
    for (const code of ['30101', '30102', '30103', '30111', '30113', '30302'])
      expect(table.rows.find((r) => r.code === code)?.cells.total, code).toBe(
        basic.rows.find((r) => r.code === code)?.cells.total,
      )
    // 31302 = 2101201 + 2101202 + 2101301 + 2101299 of the expenditure table
    const exp = tableOf(doc, 'expenditure')
    const funds = ['2101201', '2101202', '2101301', '2101200'].map(
      (c) => exp.rows.find((r) => r.code === c)?.cells.total,
    )
    expect(sum(funds)).toBe(cents(table.rows.find((r) => r.code === '31302')?.cells.total ?? ''))
  })
})

describe('003 三公, 政府性基金, 国有资本经营', () => {
  it('三公: one unlabelled row 6.50 | blank | 4.50 | blank | 4.5 | 2.00, as printed', () => {
    const t = tableOf(doc, 'three-public')
    const printed = section('2025年一般公共预算"三公"经费预算表').at(-1) ?? []
    expect(t.columns.map((c) => t.rows[0]?.cells[c.key])).toEqual(printed.map(canon))
    expect(printed.map(canon)).toEqual(['6.50', '', '4.50', '', '4.5', '2.00'])
    const c = t.rows[0]?.cells
    expect(cents(c?.['3p.vehicle'] ?? '') + cents(c?.['3p.reception'] ?? '')).toBe(
      cents(c?.['3p.total'] ?? ''),
    )
    expect(tableOf(doc, 'gpb-basic').rows.find((r) => r.code === '30231')?.cells.total).toBe('4.50')
    expect(tableOf(doc, 'economic-summary').rows.find((r) => r.code === '30217')?.cells.total).toBe('2.00')
  })

  it('the fund tables are published empty with their note and an all-blank 合计 row', () => {
    for (const id of ['gov-fund', 'soe-capital']) {
      const t = tableOf(doc, id)
      expect(seed).toContain(t.empty?.note ?? '(no note)')
      expect(t.rows).toHaveLength(1)
      expect(Object.values(t.rows[0]?.cells ?? {}).every((v) => v === '')).toBe(true)
      expect(Object.keys(t.rows[0]?.cells ?? {})).toHaveLength(9)
    }
  })
})

describe('003 2025年项目支出预算表 and projects', () => {
  const table = tableOf(doc, 'projects')
  const printed = section('2025年项目支出预算表').filter((p) => isAmount(p[3]))

  const label = (r: Row) => (r.kind === 'detail' ? `${r.projectType}|${r.unitName}` : (r.unitCode ?? ''))
  const pl = (p: readonly string[]) => (p[0] ? `${p[0]}|${squeeze(p[2] ?? '')}` : p[1] === '309' ? '309' : '')
  const compare = (t: PrintedTable) => compareRows(t.rows, printed, keysOf(t), 3, label, pl)

  it('matches the seed cell by cell (合计, department 309, 13 projects)', () => {
    expect(compare(table)).toEqual([])
    expect(table.rows.filter((r) => r.kind === 'detail')).toHaveLength(13)
    // names: joined wraps; the one whose tail is on the next text line starts the same way
    printed.forEach((p, i) => {
      const row = table.rows[i]
      if (row?.kind === 'detail') expect(row.name.startsWith(squeeze(p[1] ?? '')), p[1]).toBe(true)
    })
  })

  it('catches a moved carry-over', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'projects').rows.find((r) => r.cells['carry.gpb'] === '1.02')
    if (row) row.cells = { ...row.cells, 'src.gpb': '1.02', 'carry.gpb': '' }
    expect(compare(tableOf(changed, 'projects'))).toEqual([
      '特定目标类|焦作市社会医疗保险中心 / src.gpb: 1.02 vs ',
      '特定目标类|焦作市社会医疗保险中心 / carry.gpb:  vs 1.02',
    ])
  })

  it('projects add up to 项目支出 by type and by fund, as in the expenditure table', () => {
    const d = table.rows.filter((r) => r.kind === 'detail')
    const exp = tableOf(doc, 'expenditure').rows[0]
    const byType = (t: string) => sum(d.filter((r) => r.projectType === t).map((r) => r.cells.total))
    expect(byType('其他运转类')).toBe(cents(exp?.cells['exp.project.operating'] ?? ''))
    expect(byType('特定目标类')).toBe(cents(exp?.cells['exp.project.specific'] ?? ''))
    expect(sum(d.map((r) => r.cells['src.gpb']))).toBe(cents('131224.69'))
    expect(sum(d.map((r) => r.cells['carry.gpb']))).toBe(cents('92.68'))
  })

  it('projects[] merge the 13 rows with codes and indicators from the performance table', () => {
    const projects = doc.projects ?? []
    expect(projects.map((p) => p.name)).toEqual(
      table.rows.filter((r) => r.kind === 'detail').map((r) => r.name),
    )
    for (const p of projects) {
      const row = table.rows.find((r) => r.name === p.name)
      expect(p.amounts, p.name).toEqual(row?.cells)
      expect(p.type).toBe(row?.projectType)
      expect(doc.units.find((u) => u.code === p.unitCode)?.name).toBe(p.unitName)
      // codes print over two lines: 11 digits, then 10
      if (p.code)
        expect(seed.includes(p.code.slice(0, 11)) && seed.includes(p.code.slice(11)), p.code).toBe(true)
    }
    expect(projects.filter((p) => p.code === undefined).map((p) => p.name)).toEqual([
      '提前下达2025年中央和省级财政城乡居民基本医疗保险补助资金',
      '城乡居民基本医疗保险市级财政补助资金',
    ])
    expect(projects.every((p) => p.code === undefined || /^4108002[25]00000000\d{5}$/.test(p.code))).toBe(
      true,
    )
    expect(projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(115)
  })

  it('every project indicator stands in the seed (names and targets with line wraps removed)', () => {
    const flat = squeeze(seed.slice(seed.indexOf('2025年部门预算项目绩效目标表')))
    const missing = (doc.projects ?? [])
      .flatMap((p) => p.indicators)
      .filter((i) => !flat.includes(`${i.name}${i.target}`))
      .map((i) => `${i.name} ${i.target}`)
    expect(missing).toEqual([])
    const blank = (doc.projects ?? []).flatMap((p) => p.indicators).filter((i) => i.target === '')
    expect(blank.every((i) => i.note?.startsWith('target value blank'))).toBe(true)
    expect(blank).toHaveLength(6)
  })

  it('cost indicators restate the project amount, except 1.02 against ≤1.09万元', () => {
    const costs = (doc.projects ?? []).flatMap((p) =>
      p.indicators
        .filter((i) => i.level1 === '成本指标' && /^≤[\d.]+万元$/.test(i.target))
        .map((i) => [p.amounts.total, i.target.slice(1, -2)]),
    )
    expect(costs.filter(([a, t]) => cents(a ?? '') !== cents(t ?? ''))).toEqual([['1.02', '1.09']])
    expect(costs).toHaveLength(7)
  })
})

describe('003 2025年机关(机构)运行经费', () => {
  const table = tableOf(doc, 'operating-costs')
  const start = seedLines.indexOf('2025年机关(机构)运行经费')
  const values = seedLines.slice(start, start + 16).filter((l) => isAmount(l) && l.includes('.'))

  it('keeps the ten unlabelled values in print order; the nine parts add up to 35.08', () => {
    expect(table.rows.map((r) => r.cells.total)).toEqual(values.map(canon))
    expect(sum(table.rows.slice(1).map((r) => r.cells.total))).toBe(cents(table.rows[0]?.cells.total ?? ''))
    expect(table.rows.every((r) => r.name === '')).toBe(true)
  })

  it('the inferred codes are marked as not printed and match the 公用经费 lines of the basic table', () => {
    const basic = tableOf(doc, 'gpb-basic')
    for (const r of table.rows.slice(1)) {
      expect(r.printedCode).toBe('')
      expect(r.note).toMatch(/INFERRED/)
      expect(sum(basic.rows.filter((b) => b.code === r.code).map((b) => b.cells.total)), r.code).toBe(
        cents(r.cells.total ?? ''),
      )
    }
    // 107.44 公用经费 − 工会经费 8.89 − 福利费 11.11 − 其他交通费用 52.36 = 35.08
    expect(cents('107.44') - cents('8.89') - cents('11.11') - cents('52.36')).toBe(cents('35.08'))
  })
})

describe('003 performance targets', () => {
  const perf = doc.departmentPerformance
  const pp = tableOf(doc, 'project-performance')

  it('部门整体绩效目标表: five tasks, the budget block and 27 indicators', () => {
    expect(perf?.tasks.map((t) => t.name)).toEqual([
      '门诊支付方式改革逐步推行',
      '打击医保基金欺诈骗保行为',
      '完成药品和医用耗材集中带量采购工作',
      '做好全市医疗服务价格调整工作',
      '完成全市基本医保参保缴费任务',
    ])
    expect(perf?.budget).toEqual({
      total: '132465.29',
      'src.special-account': '',
      'src.unit-funds': '',
      'exp.basic': '1147.92',
      'exp.project': '131317.37',
    })
    expect(perf?.indicators).toHaveLength(27)
    const flat = squeeze(seed)
    for (const i of perf?.indicators ?? []) expect(flat.includes(`${i.name}${i.target}`), i.name).toBe(true)
    expect(new Set(perf?.indicators.map((i) => i.level1))).toEqual(
      new Set(['投入管理指标', '产出指标', '效益指标']),
    )
  })

  it('its table restates the budget block, equal to the expenditure table', () => {
    const t = tableOf(doc, 'department-performance')
    const exp = tableOf(doc, 'expenditure').rows[0]
    expect(t.rows.map((r) => r.cells.total)).toEqual([
      '132465.29',
      '132465.29',
      '',
      '',
      '1147.92',
      '131317.37',
    ])
    expect([exp?.cells.total, exp?.cells['exp.basic'], exp?.cells['exp.project']]).toEqual([
      '132465.29',
      '1147.92',
      '131317.37',
    ])
  })

  it('项目绩效目标表: units add up to their projects; one project prints no 资金总额', () => {
    const units = pp.rows.filter((r) => r.kind === 'unit')
    expect(units.map((r) => [r.unitCode, r.cells.total])).toEqual([
      ['309', '131317.37'],
      ['309101', '535.56'],
      ['309201', '130781.81'],
    ])
    for (const u of units.slice(1))
      expect(
        sum(
          pp.rows
            .filter((r) => r.kind === 'detail' && r.unitCode === u.unitCode)
            .map((r) => r.cells['src.fiscal']),
        ),
      ).toBe(cents(u.cells['src.fiscal'] ?? ''))
    expect(
      pp.rows.filter((r) => r.kind === 'detail' && r.cells.total === '').map((r) => r.cells['src.fiscal']),
    ).toEqual(['4721.42'])
  })
})

describe('003 text figures, prior year, procurement, assets, glossary', () => {
  const fixture = JSON.parse(
    readFileSync(join(ROOT, 'test', 'fixtures', 'text-figures', '003_4628d8b7aa23fe2e.json'), 'utf8'),
  ) as TextFigure[]
  const figures = doc.text?.figures ?? []

  function resolve(d: Disclosure, ref: CellRef): string[] {
    return tableOf(d, ref.table)
      .rows.filter(
        (r) =>
          (ref.row.key === undefined || r.key === ref.row.key) &&
          (ref.row.code === undefined || r.code === ref.row.code) &&
          (ref.row.name === undefined || r.name === ref.row.name) &&
          (ref.row.block === undefined || (r.block ?? 0) === ref.row.block),
      )
      .map((r) => r.cells[ref.column] ?? '(column not printed)')
  }
  /** Amount figures whose cell differs from the text (a text 0 against a blank cell counts as equal). */
  function refersToProblems(d: Disclosure): string[] {
    const problems: string[] = []
    for (const f of d.text?.figures ?? []) {
      if (!f.refersTo) continue
      const found = resolve(d, f.refersTo)
      const cell = found[0] ?? ''
      if (found.length !== 1) problems.push(`${f.id}: ${found.length} cells`)
      else if (cell === '' ? cents(f.value) !== 0n : cents(cell) !== cents(f.value))
        problems.push(`${f.id}: ${f.value} vs ${cell}`)
    }
    return problems
  }

  it('copies the colleague fixture, adding only refersTo', () => {
    expect(figures.map(({ refersTo: _r, ...rest }) => rest)).toEqual(fixture)
    expect(figures.filter((f) => f.refersTo)).toHaveLength(37)
    expect(figures.filter((f) => f.refersTo).every((f) => f.kind === 'amount')).toBe(true)
  })

  it('every refersTo resolves to one cell; the only difference is the OCR-shortened 107.4', () => {
    expect(refersToProblems(doc)).toEqual(['s6-f3: 107.44 vs 107.4'])
    const wrong = mutableCopy()
    const f = wrong.text?.figures.find((x) => x.id === 's5-f6')
    if (f?.refersTo) f.refersTo = { ...f.refersTo, table: 'fiscal-summary' }
    expect(refersToProblems(wrong)).toContain('s5-f6: 131610.83 vs 131518.15')
  })

  it('derives the prior-year figures from the stated changes', () => {
    const facts = doc.priorYear?.facts ?? []
    expect(doc.priorYear?.fiscalYear).toBe(2024)
    const value = (id: string) => figures.find((f) => f.id === id)?.value ?? ''
    const fact = (subject: string) => facts.find((f) => f.subject === subject)?.value ?? ''
    expect(cents(fact('收入总计'))).toBe(cents(value('s1-f1')) - cents(value('s1-f3')))
    expect(cents(fact('机关(机构)运行经费支出预算'))).toBe(cents(value('s10-f1')) - cents(value('s10-f2')))
    for (const f of facts) for (const id of f.figures ?? []) expect(figures.map((x) => x.id)).toContain(id)
    expect(facts.filter((f) => f.key?.startsWith('3p.')).map((f) => f.value)).toEqual([
      '6.50',
      '0',
      '4.50',
      '0',
      '4.50',
      '2',
    ])
  })

  it('procurement and assets restate the text', () => {
    expect(doc.procurement?.map((p) => [p.category, p.amount])).toEqual([
      ['货物', '0'],
      ['工程', '0'],
      ['服务', '80'],
    ])
    expect(seed).toContain(
      '政府采购预算安排80万元,其中:政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算80万元',
    )
    const assets = doc.assets ?? []
    const parts = assets.filter((a) => a.parent === '固定资产').map((a) => a.value)
    expect(sum(parts)).toBe(cents(assets.find((a) => a.category === '固定资产')?.value ?? ''))
    // the text prints 车辆0万元 beside 车辆共有2辆: both kept on one line
    expect(assets.find((a) => a.category === '车辆')).toMatchObject({
      value: '0',
      quantity: '2',
      measure: '辆',
    })
  })

  it('keeps the eight glossary entries as printed, line breaks removed', () => {
    const g = doc.glossary ?? []
    expect(g.map((e) => e.term)).toEqual([
      '财政拨款收入',
      '事业收入',
      '其他收入',
      '基本支出',
      '项目支出',
      '"三公"经费',
      '机关(机构)运行经费',
      '医疗保险基金',
    ])
    const flat = squeeze(seed)
    for (const e of g) expect(flat.includes(`${e.term}:${e.definition}`), e.term).toBe(true)
  })
})
