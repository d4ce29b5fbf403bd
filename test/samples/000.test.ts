import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import type { PrintedTable, Row } from '../../src/model/table'
import type { CellRef } from '../../src/model/textFigure'
import { canon, cents, fixtureFiguresOf, sampleDoc, sum, tableById } from './sampleData'
import { readSeed } from './seedText'

const SEED_FILE = '000_7bfb42c5bf8cfd77.txt'
const seed = readSeed(SEED_FILE)
const seedLines = seed.split('\n')
const doc: Disclosure = sampleDoc('000')
const fixtureFigures = fixtureFiguresOf(SEED_FILE)
const table = (id: string): PrintedTable => tableById(doc, id)

const TITLES = doc.tables.map((t) => t.title)

/** The tab-separated lines printed under a table title (the heading in the body, not the 目录 entry), up to the next title. */
function seedRows(title: string): string[][] {
  const from = seedLines.findIndex((l) => l.trim() === title)
  if (from < 0) throw new Error(`title not found: ${title}`)
  const next = seedLines.findIndex((l, i) => i > from && TITLES.includes(l.trim()))
  return seedLines
    .slice(from + 1, next < 0 ? undefined : next)
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'))
}

/** A data row as the seed prints it: the row fields it implies and its value cells in column order. */
interface Expected {
  readonly row: Partial<Row>
  readonly values: readonly string[]
}

/**
 * Differences between the rows of `t` (in `block`, if given) and the expected rows, compared cell by
 * cell by column position: every column must hold exactly the canonical printed text, blank included,
 * and a row may hold no cell for a column the table does not print.
 */
function mismatches(t: PrintedTable, expected: readonly Expected[], block?: number): string[] {
  const out: string[] = []
  const rows = t.rows.filter((r) => r.block === block)
  const columns = t.columns.filter((c) => c.block === block)
  if (rows.length !== expected.length)
    out.push(`${t.id}: ${rows.length} rows, seed prints ${expected.length}`)
  expected.forEach((e, i) => {
    const row = rows[i]
    if (!row) return
    for (const [field, value] of Object.entries(e.row))
      if (row[field as keyof Row] !== value)
        out.push(`${t.id} row ${i} ${field}: ${String(row[field as keyof Row])} ≠ ${String(value)}`)
    if (e.values.length !== columns.length)
      out.push(`${t.id} row ${i}: seed prints ${e.values.length} value cells for ${columns.length} columns`)
    columns.forEach((c, k) => {
      const printed = canon(e.values[k] ?? '')
      if (row.cells[c.key] !== printed)
        out.push(`${t.id} row ${i} (${row.code ?? row.name}) ${c.key}: ${row.cells[c.key]} ≠ ${printed}`)
    })
    const extra = Object.keys(row.cells).filter((k) => !columns.some((c) => c.key === k))
    if (extra.length > 0) out.push(`${t.id} row ${i}: cells for unprinted columns ${extra.join(', ')}`)
  })
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

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九']
/** 一 … 三十九 → 1 … 39. */
function chineseNumber(s: string): number {
  const [tens = '', units = ''] = s.includes('十') ? s.split('十') : ['', s]
  const t = s.includes('十') ? (tens === '' ? 1 : DIGITS.indexOf(tens) + 1) : 0
  const u = units === '' ? 0 : DIGITS.indexOf(units) + 1
  if ((tens !== '' && DIGITS.indexOf(tens) < 0) || (units !== '' && DIGITS.indexOf(units) < 0))
    throw new Error(`not a Chinese number: ${s}`)
  return t * 10 + u
}
/** Splits '十九、援助其他地区支出' or '（十九）援助其他地区支出' into ordinal and name. */
function splitOrdinal(label: string): { ordinal?: string; name: string } {
  const m = /^(?:([一二三四五六七八九十]+)、|(（[一二三四五六七八九十]+）))(.*)$/.exec(label)
  if (!m) return { name: label }
  return { ordinal: m[1] ?? m[2] ?? '', name: m[3] ?? '' }
}
const classCode = (ordinal: string): string => String(200 + chineseNumber(ordinal.replace(/[（）]/g, '')))

/** A row of a functional table (类, 款, 项, 单位代码, 名称, values…) as the seed prints it. */
function functionalExpected(f: readonly string[]): Expected {
  const [lei = '', kuan = '', xiang = '', unit = '', name = '', ...values] = f
  if (name === '合计') return { row: { kind: 'total', name, code: undefined }, values }
  if (unit !== '') return { row: { kind: 'unit', unitCode: unit, name, code: undefined }, values }
  return {
    row: { kind: 'detail', code: `${lei}${kuan}${xiang}`, codeSystem: 'functional', unitCode: '503', name },
    values,
  }
}

const SUMMARY = seedRows('2024年部门收支总体情况表')
const INCOME = seedRows('2024年部门收入总体情况表')
const EXPENDITURE = seedRows('2024年部门支出总体情况表')
const FISCAL = seedRows('2024年财政拨款收支总体情况表')
const GPB = seedRows('2024年一般公共预算支出情况表')
const BASIC = seedRows('2024年一般公共预算基本支出表')
const ECONOMIC = seedRows('2024年支出经济分类汇总表')
const THREE_PUBLIC = seedRows('2024年一般公共预算“三公”经费支出情况表')
const GOV_FUND = seedRows('2024年政府性基金预算支出情况表')
const PROJECTS = seedRows('2024年项目支出表')
const DEPT_PERF = seedRows('部门整体绩效目标表')
const PROJECT_PERF = seedRows('2024年部门预算项目绩效目标汇总表')

describe('000 document', () => {
  it('identifies the department, its one unit, the template and the seed', () => {
    expect(doc.department).toEqual({ code: '503', name: '卫辉市医疗保障局' })
    expect(doc.units).toEqual([{ code: '503001', name: '卫辉市医疗保障局' }])
    expect(doc.template).toBe('henan-budget-2024')
    expect([doc.kind, doc.fiscalYear, doc.amountUnit]).toEqual(['budget', 2024, '万元'])
    expect(doc.source?.file).toBe(SEED_FILE)
    expect(doc.published).toBe('2024-03-27')
    expect(seed).toContain('\n2024年3月27日\n')
    expect(seedLines.map((l) => l.trim())).toContain(doc.title)
  })

  it('carries the twelve printed tables in 目录 order, each title printed once in the body', () => {
    expect(doc.tables.map((t) => t.id)).toEqual([
      'summary',
      'income',
      'expenditure',
      'fiscal-summary',
      'gpb-expenditure',
      'gpb-basic',
      'economic-summary',
      'three-public',
      'gov-fund',
      'projects',
      'department-performance',
      'project-performance',
    ])
    for (const t of doc.tables) {
      expect(
        seedLines.filter((l) => l.trim() === t.title),
        t.title,
      ).toHaveLength(1)
      // the 目录 lists each table under the number the JSON gives it
      expect(seed, t.title).toContain(`- ${t.number}、${t.title}`)
    }
  })

  it('records the 国有资本经营预算支出表 the template requires as not published anywhere', () => {
    expect(doc.absent).toHaveLength(1)
    expect(doc.absent[0]).toMatchObject({ kind: 'soe-capital', reason: 'not-published' })
    expect(seed).not.toContain('国有资本经营预算支出')
  })
})

describe('2024年部门收支总体情况表', () => {
  const t = table('summary')
  const data = SUMMARY.slice(2)
  const revenue: Expected[] = data
    .filter((f) => (f[0] ?? '') !== '')
    .map((f) => {
      const { ordinal, name } = splitOrdinal(f[0] ?? '')
      return { row: { ordinal, name }, values: [f[1] ?? ''] }
    })
  const expenditure: Expected[] = data.map((f) => {
    const { ordinal, name } = splitOrdinal(f[2] ?? '')
    return { row: { ordinal, name, code: ordinal ? classCode(ordinal) : undefined }, values: [f[3] ?? ''] }
  })

  it('matches every seed row of both blocks, label, ordinal, code and amount', () => {
    expect(SUMMARY[0]).toEqual(['收入', '', '支出', ''])
    expect(data).toHaveLength(33)
    expect(mismatches(t, revenue, 0)).toEqual([])
    expect(mismatches(t, expenditure, 1)).toEqual([])
  })

  it('catches a changed amount, a blank turned into 0.00 and a wrong code', () => {
    expect(mismatches(tampered(t, 0, 'total', '8938.40'), revenue, 0)).toHaveLength(1)
    expect(mismatches(tampered(t, 2, 'total', '0.00'), revenue, 0)).toHaveLength(1)
    const wrongCode = structuredClone(t)
    const row = wrongCode.rows[22]
    if (row) wrongCode.rows[22] = { ...row, code: '209' }
    expect(mismatches(wrongCode, expenditure, 1)).toHaveLength(1)
  })

  it('numbers the 30 类 rows by code: 十八 (and 二十五, 二十六, 二十八) are skipped, 十九 is 219', () => {
    const classes = t.rows.filter((r) => r.block === 1 && r.code !== undefined)
    expect(classes).toHaveLength(30)
    expect(classes.map((r) => r.ordinal)).not.toContain('十八')
    expect(classes.find((r) => r.ordinal === '十九')).toMatchObject({ code: '219', name: '援助其他地区支出' })
    expect(classes.every((r) => r.codeSystem === 'functional')).toBe(true)
  })

  it('names its summary lines by fact key', () => {
    const keyed = t.rows.filter((r) => r.key !== undefined).map((r) => [r.block, r.key, r.kind])
    expect(keyed).toEqual([
      [0, 'src.gpb', 'detail'],
      [0, 'src.gpb.fiscal', 'detail'],
      [0, 'src.gov-fund', 'detail'],
      [0, 'src.soe-capital', 'detail'],
      [0, 'src.special-account', 'detail'],
      [0, 'src.business', 'detail'],
      [0, 'src.operating', 'detail'],
      [0, 'src.superior', 'detail'],
      [0, 'src.affiliates', 'detail'],
      [0, 'src.other', 'detail'],
      [0, 'rev.current', 'total'],
      [0, 'carry.total', 'detail'],
      [0, 'rev.total', 'total'],
      [1, 'exp.current', 'total'],
      [1, 'end.total', 'detail'],
      [1, 'exp.total', 'total'],
    ])
  })
})

describe('2024年部门收入总体情况表', () => {
  const t = table('income')
  const expected: Expected[] = INCOME.slice(3).map(([code = '', name = '', ...values]) => ({
    row: code === '' ? { kind: 'total', name } : { kind: 'unit', unitCode: code, name },
    values,
  }))

  it('matches the 合计, department 503 and unit 503001 rows cell by cell', () => {
    expect(INCOME[0]?.slice(0, 4)).toEqual(['部门（单位）代码', '部门（单位）名称', '总计', '本年收入'])
    expect(expected.map((e) => e.row.unitCode)).toEqual([undefined, '503', '503001'])
    expect(t.columns).toHaveLength(18)
    expect(mismatches(t, expected)).toEqual([])
  })

  it('catches a changed carry-over cell', () => {
    expect(mismatches(tampered(t, 2, 'carry.gpb', '5.90'), expected)).toHaveLength(1)
  })
})

describe('2024年部门支出总体情况表', () => {
  const t = table('expenditure')
  const expected = EXPENDITURE.slice(3).map(functionalExpected)

  it('matches every row cell by cell over nine value columns', () => {
    expect(EXPENDITURE[1]?.slice(-3)).toEqual(['小计', '其他运转类', '特定目标类'])
    expect(expected).toHaveLength(12)
    expect(t.columns).toHaveLength(9)
    expect(mismatches(t, expected)).toEqual([])
  })

  it('catches a shifted cell', () => {
    expect(
      mismatches(
        tampered(tampered(t, 5, 'exp.project.operating', '545.00'), 5, 'exp.project.specific', ''),
        expected,
      ),
    ).toHaveLength(2)
  })

  it('adds up: each 合计 column is the sum of the 项 rows, and 合计 = 基本 + 项目 on every row', () => {
    const details = t.rows.filter((r) => r.kind === 'detail')
    const total = t.rows[0]
    for (const c of t.columns)
      expect(sum(details.map((r) => r.cells[c.key] ?? '')), c.key).toBe(cents(total?.cells[c.key] ?? ''))
    for (const r of t.rows)
      expect(cents(r.cells.total ?? ''), r.name).toBe(
        cents(r.cells['exp.basic'] ?? '') + cents(r.cells['exp.project'] ?? ''),
      )
  })
})

describe('2024年财政拨款收支总体情况表', () => {
  const t = table('fiscal-summary')
  const data = FISCAL.slice(3)
  const revenue: Expected[] = data
    .filter((f) => (f[0] ?? '') !== '')
    .map((f) => {
      const { ordinal, name } = splitOrdinal(f[0] ?? '')
      return { row: { ordinal, name }, values: [f[1] ?? ''] }
    })
  const expenditure: Expected[] = data.map((f) => {
    const { ordinal, name } = splitOrdinal(f[2] ?? '')
    const isClass = ordinal?.startsWith('（') === true
    const code = isClass && name !== '医疗卫生与计划生育支出' ? classCode(ordinal ?? '') : undefined
    return { row: { ordinal, name, code }, values: f.slice(3) }
  })

  it('matches every seed row of both blocks cell by cell', () => {
    expect(data).toHaveLength(33)
    expect(mismatches(t, revenue, 0)).toEqual([])
    expect(mismatches(t, expenditure, 1)).toEqual([])
  })

  it('catches a changed fund column', () => {
    expect(mismatches(tampered(t, 20, 'src.gpb.fiscal', '8800.20'), expenditure, 1)).toHaveLength(1)
  })

  it('keeps the stale row （九）医疗卫生与计划生育支出 without a code, with a note, beside （十）卫生健康支出 = 210', () => {
    const stale = t.rows.find((r) => r.name === '医疗卫生与计划生育支出')
    expect(stale).toMatchObject({ ordinal: '（九）', block: 1 })
    expect(stale?.code).toBeUndefined()
    expect(stale?.note).toContain('210')
    expect(t.rows.find((r) => r.ordinal === '（十）')).toMatchObject({ code: '210', name: '卫生健康支出' })
    expect(t.rows.some((r) => r.code === '209')).toBe(false)
  })

  it('puts the 5.99 carry-over in the 一般公共预算 expenditure of 卫生健康 (8806.19, as in the summary)', () => {
    const health = t.rows.find((r) => r.code === '210')
    expect(health?.cells['src.gpb']).toBe('8806.19')
    expect(table('summary').rows.find((r) => r.code === '210')?.cells.total).toBe('8806.19')
  })
})

describe('2024年一般公共预算支出情况表', () => {
  const t = table('gpb-expenditure')
  const expected = GPB.slice(3).map(functionalExpected)

  it('prints eight value columns: 项目支出 has 小计 and 其他运转类 only, no 特定目标类', () => {
    expect(GPB.every((f) => f.length === 13)).toBe(true)
    expect(GPB[1]?.slice(-2)).toEqual(['小计', '其他运转类'])
    expect(GPB.flat()).not.toContain('特定目标类')
    expect(t.columns.map((c) => c.key)).toEqual(
      table('expenditure')
        .columns.slice(0, 8)
        .map((c) => c.key),
    )
  })

  it('matches every row cell by cell, by position as printed', () => {
    expect(expected).toHaveLength(12)
    expect(mismatches(t, expected)).toEqual([])
  })

  it('catches a cell moved back to where it belongs semantically', () => {
    const moved = tampered(tampered(t, 5, 'exp.basic.public.capital', ''), 5, 'exp.project', '545.00')
    expect(mismatches(moved, expected)).toHaveLength(2)
  })

  it('keeps the misplaced project amounts of the 项 rows (under 资本性支出, 项目支出小计 blank), each with a note', () => {
    const shifted = t.rows.filter((r) => r.kind === 'detail' && r.cells['exp.basic.public.capital'] !== '')
    expect(
      shifted.map((r) => [
        r.code,
        r.cells['exp.basic.public.capital'],
        r.cells['exp.project'],
        r.cells['exp.project.operating'],
      ]),
    ).toEqual([
      ['2101101', '545.00', '', '545.00'],
      ['2101202', '6432.00', '', '6432.00'],
      ['2101301', '1214.00', '', '1214.00'],
      ['2101599', '88.37', '', '88.37'],
    ])
    expect(shifted.every((r) => r.note?.includes('资本性支出'))).toBe(true)
    expect(t.rows[0]?.cells).toMatchObject({
      'exp.basic.public.capital': '',
      'exp.project': '8279.37',
      'exp.project.operating': '8279.37',
    })
  })

  it('prints 2101599 as 88.37 where the expenditure table prints 94.36: the difference is the 5.99 carried-over project', () => {
    const here = t.rows.find((r) => r.code === '2101599')?.cells.total ?? ''
    const there = table('expenditure').rows.find((r) => r.code === '2101599')?.cells.total ?? ''
    expect([here, there]).toEqual(['88.37', '94.36'])
    const carried = table('projects').rows.filter(
      (r) => (r.cells['carry.gpb'] ?? '') !== '' && r.kind === 'detail',
    )
    expect(cents(there) - cents(here)).toBe(sum(carried.map((r) => r.cells['carry.gpb'] ?? '')))
    expect(t.notes).toContain('备注：本表仅含当年财政拨款安排的支出')
  })
})

describe('2024年一般公共预算基本支出表', () => {
  const t = table('gpb-basic')
  const expected: Expected[] = BASIC.slice(2).map(
    ([code = '', name = '', govCode = '', govName = '', ...values]) =>
      code === '合计'
        ? { row: { kind: 'total', name: '合计', code: undefined }, values }
        : {
            row: { kind: 'detail', code, codeSystem: 'economic-department', name, govCode, govName },
            values,
          },
  )

  it('matches every row cell by cell, department and government codes side by side', () => {
    expect(expected).toHaveLength(20)
    expect(mismatches(t, expected)).toEqual([])
  })

  it('catches a wrong government code', () => {
    const wrong = structuredClone(t)
    const row = wrong.rows[5]
    if (row) wrong.rows[5] = { ...row, govCode: '50102' }
    expect(mismatches(wrong, expected)).toHaveLength(1)
  })

  it('prints 30110 twice: → 50102 社会保障缴费 2.26 and → 50501 工资福利支出 23.39; 30107 → 50501', () => {
    expect(
      t.rows.filter((r) => r.code === '30110').map((r) => [r.govCode, r.govName, r.cells.total]),
    ).toEqual([
      ['50102', '社会保障缴费', '2.26'],
      ['50501', '工资福利支出', '23.39'],
    ])
    expect(t.rows.find((r) => r.code === '30107')?.govCode).toBe('50501')
  })

  it('adds up: 合计 = Σ rows, 人员经费 635.39 + 公用经费 23.28 = 658.67', () => {
    const details = t.rows.filter((r) => r.kind === 'detail')
    for (const c of t.columns)
      expect(sum(details.map((r) => r.cells[c.key] ?? ''))).toBe(cents(t.rows[0]?.cells[c.key] ?? ''))
    expect(cents('635.39') + cents('23.28')).toBe(cents(t.rows[0]?.cells.total ?? ''))
  })
})

describe('2024年支出经济分类汇总表', () => {
  const t = table('economic-summary')
  const expected: Expected[] = ECONOMIC.slice(2).map(
    ([lei = '', kuan = '', name = '', glei = '', gkuan = '', govName = '', ...values]) => {
      if (name === '合计') return { row: { kind: 'total', name }, values }
      if (kuan === '') return { row: { kind: 'unit', unitCode: lei, name }, values }
      return {
        row: {
          kind: 'detail',
          code: `${lei}${kuan}`,
          govCode: `${glei}${gkuan}`,
          govName,
          unitCode: '503',
          name,
        },
        values,
      }
    },
  )

  it('matches every row cell by cell over twelve fund columns', () => {
    expect(expected).toHaveLength(23)
    expect(t.columns).toHaveLength(12)
    expect(mismatches(t, expected)).toEqual([])
  })

  it('catches a changed carry-over cell', () => {
    expect(mismatches(tampered(t, 19, 'carry.total', ''), expected)).toHaveLength(1)
  })

  it('keeps the published gap: the rows add up to 8823.19 against a 合计 of 8944.03, and 30113 住房公积金 is missing', () => {
    const details = t.rows.filter((r) => r.kind === 'detail')
    expect(sum(details.map((r) => r.cells.total ?? ''))).toBe(cents('8823.19'))
    expect(t.rows[0]?.cells.total).toBe('8944.03')
    expect(details.some((r) => r.code === '30113')).toBe(false)
    expect(table('gpb-basic').rows.find((r) => r.code === '30113')?.cells.total).toBe('56.47')
    expect(sum(details.map((r) => r.cells['carry.total'] ?? ''))).toBe(
      cents(t.rows[0]?.cells['carry.total'] ?? ''),
    )
  })
})

describe('2024年一般公共预算“三公”经费支出情况表', () => {
  const t = table('three-public')
  const expected: Expected[] = THREE_PUBLIC.slice(2).map((values) => ({
    row: { kind: 'total', name: '' },
    values,
  }))

  it('matches the one unlabelled row: 0.72 in total, all of it 公务用车运行费; other cells blank', () => {
    expect(expected).toHaveLength(1)
    expect(mismatches(t, expected)).toEqual([])
    expect(t.rows[0]?.cells).toEqual({
      '3p.total': '0.72',
      '3p.abroad': '',
      '3p.vehicle': '0.72',
      '3p.vehicle.purchase': '',
      '3p.vehicle.operation': '0.72',
      '3p.reception': '',
    })
  })

  it('catches a blank turned into 0.00', () => {
    expect(mismatches(tampered(t, 0, '3p.abroad', '0.00'), expected)).toHaveLength(1)
  })

  it('agrees with 30231 公务用车运行维护费 in the basic-expenditure table', () => {
    expect(table('gpb-basic').rows.find((r) => r.code === '30231')?.cells.total).toBe(
      t.rows[0]?.cells['3p.vehicle.operation'],
    )
  })
})

describe('2024年政府性基金预算支出情况表', () => {
  const t = table('gov-fund')

  it('is published empty: one 合计 row of nine blank cells, with its 备注', () => {
    const expected = GOV_FUND.slice(3).map(functionalExpected)
    expect(expected).toHaveLength(1)
    expect(mismatches(t, expected)).toEqual([])
    expect(Object.values(t.rows[0]?.cells ?? {}).every((c) => c === '')).toBe(true)
    expect(seed).toContain(`备注：${t.empty?.note}`)
    expect(t.empty?.note).toBe('我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。')
  })
})

describe('2024年项目支出表', () => {
  const t = table('projects')
  const expected: Expected[] = PROJECTS.slice(2).map(([type = '', name = '', unit = '', ...values]) => {
    if (type === '' && name === '') return { row: { kind: 'total', name: '' }, values }
    if (type === '') return { row: { kind: 'unit', unitCode: name, name: unit }, values }
    return { row: { kind: 'detail', projectType: type, name, unitName: unit, unitCode: '503' }, values }
  })

  it('matches the total, the unit and the nine 特定目标类 projects cell by cell', () => {
    expect(expected).toHaveLength(11)
    expect(mismatches(t, expected)).toEqual([])
  })

  it('catches a project amount moved from carry-over to this year', () => {
    const moved = tampered(tampered(t, 9, 'carry.gpb', ''), 9, 'src.gpb', '5.99')
    expect(mismatches(moved, expected)).toHaveLength(2)
  })

  it('gives projects[] the same projects, in print order, with the printed amounts', () => {
    const rows = t.rows.filter((r) => r.kind === 'detail')
    expect(doc.projects?.map((p) => p.name)).toEqual(rows.map((r) => r.name))
    doc.projects?.forEach((p, i) => {
      const cells = Object.fromEntries(Object.entries(rows[i]?.cells ?? {}).filter(([, v]) => v !== ''))
      expect(p.amounts, p.name).toEqual(cells)
      expect(p).toMatchObject({ type: '特定目标类', unitCode: '503001', unitName: '卫辉市医疗保障局' })
    })
  })

  it('adds up to the 项目支出 of the expenditure table and the 2101xx 项 it funds', () => {
    const rows = t.rows.filter((r) => r.kind === 'detail')
    expect(sum(rows.map((r) => r.cells.total ?? ''))).toBe(cents('8285.36'))
    const exp = table('expenditure')
    const amount = (name: string): bigint => cents(rows.find((r) => r.name === name)?.cells.total ?? 'x')
    const fn = (code: string): bigint =>
      cents(exp.rows.find((r) => r.code === code)?.cells['exp.project'] ?? 'x')
    expect(amount('财政对优诊人员基金的补助')).toBe(fn('2101101'))
    expect(amount('城乡居民基本医疗保险地方配套资金')).toBe(fn('2101202'))
    expect(
      amount('城乡医疗救助补助资金') +
        amount('提前下达2024年省级财政医疗救助补助资金（城乡医疗救助资金）') +
        amount('提前下达2024年中央财政医疗救助补助资金（城乡医疗救助资金）'),
    ).toBe(fn('2101301'))
  })
})

describe('部门整体绩效目标表', () => {
  const t = table('department-performance')
  const perf = doc.departmentPerformance
  /** The first amount printed on the seed line whose cells end with `label`, or '' when it prints none. */
  const amountBeside = (label: string): string => {
    const line = DEPT_PERF.find((f) => f.some((c) => c.trim().endsWith(label)))
    if (!line) throw new Error(`no line for ${label}`)
    return canon(line.find((c) => /^[\d,]+\.\d+$/.test(c.trim())) ?? '')
  }

  it('matches the 预算情况 figures in the table rows and in departmentPerformance.budget', () => {
    const labels: Record<string, string> = {
      total: '部门预算总额（万元）',
      'src.fiscal': '政府预算资金',
      'src.special-account': '财政专户管理资金',
      'src.unit-funds': '单位资金',
      'exp.basic': '基本支出',
      'exp.project': '项目支出',
    }
    expect(t.rows.map((r) => r.key)).toEqual(Object.keys(labels))
    for (const r of t.rows) {
      const printed = amountBeside(labels[r.key ?? ''] ?? '?')
      expect(r.cells.total, r.name).toBe(printed)
      expect(perf?.budget[r.key ?? 'total'], r.name).toBe(printed)
    }
    expect(perf?.budget.total).toBe(table('summary').rows.find((r) => r.key === 'rev.total')?.cells.total)
  })

  it('keeps the five goals and the four tasks as printed (no task for 目标5)', () => {
    const goalLine = DEPT_PERF.find((f) => f[0] === '年度履职目标')?.[1] ?? ''
    expect(perf?.goals).toHaveLength(5)
    expect(perf?.goals.join(' ')).toBe(goalLine)
    expect(perf?.tasks).toHaveLength(4)
    for (const task of perf?.tasks ?? [])
      expect(
        DEPT_PERF.some((f) => f[1] === task.name && f[3] === task.content),
        task.name,
      ).toBe(true)
  })

  it('has one indicator per printed indicator line, each name beside its printed target', () => {
    const header = DEPT_PERF.findIndex((f) => f[0] === '一级指标')
    const indicatorLines = DEPT_PERF.slice(header + 1)
    expect(perf?.indicators).toHaveLength(indicatorLines.length)
    let level2 = ''
    perf?.indicators.forEach((ind, i) => {
      const f = indicatorLines[i] ?? []
      const at = f.indexOf(ind.name)
      expect(at, ind.name).toBeGreaterThanOrEqual(0)
      expect(
        f.slice(at + 1).find((c) => c !== ''),
        ind.name,
      ).toBe(ind.target)
      const level1 = f[0]?.endsWith('指标') ? f[0] : undefined
      if (level1) expect(ind.level1).toBe(level1)
      // a name outside the 三级指标 column is an extraction shift: noted, and filed under the 二级 above it
      const shifted = ind.note?.startsWith('提取文本中此行错位') === true
      expect(shifted, ind.name).toBe(at !== 2)
      if (!shifted && (f[1] ?? '') !== '') level2 = f[1] ?? ''
      expect(ind.level2, ind.name).toBe(level2)
      const explanation = f[at + 2] ?? ''
      if (!shifted && explanation !== '') expect(ind.note).toBe(`指标值说明：${explanation}`)
      if (!shifted && explanation === '') expect(ind.note).toBeUndefined()
    })
    expect(perf?.indicators.map((i) => i.level1)).toEqual([
      ...Array<string>(20).fill('投入管理指标'),
      '产出指标',
      '产出指标',
      '效益指标',
      '效益指标',
      '效益指标',
    ])
  })
})

describe('2024年部门预算项目绩效目标汇总表', () => {
  const t = table('project-performance')
  const data = PROJECT_PERF.slice(3)
  // the first printed page (14 cells a line) lost one of the two blank fund cells: its indicators start one cell left
  const firstWide = data.findIndex((f) => f.length === 15)
  const CATEGORIES = ['成本指标', '产出指标', '效益指标', '满意度指标']

  interface Block {
    code: string
    name: string
    cells: string[]
    indicators: { level1: string; name: string; target: string }[]
  }
  const blocks: Block[] = []
  data.forEach((f, i) => {
    const start = i < firstWide ? 5 : 6
    if (/^\d+ \d+ \d+$/.test(f[0] ?? ''))
      blocks.push({
        code: (f[0] ?? '').replace(/ /g, ''),
        name: f[1] ?? '',
        cells: f.slice(2, 6),
        indicators: [],
      })
    const b = blocks[blocks.length - 1]
    if (!b) return
    if (!/^\d+ \d+ \d+$/.test(f[0] ?? '') && (f[1] ?? '') !== '') b.name += f[1]
    CATEGORIES.forEach((level1, j) => {
      const name = f[start + 2 * j] ?? ''
      const target = f[start + 2 * j + 1] ?? ''
      if (name === '' && target === '') return
      // a cell with no target under a name column continues the name wrapped over the page break
      if (name === '' && !/[\d%]/.test(target)) {
        const last = b.indicators[b.indicators.length - 1]
        if (last) last.name += target
        return
      }
      b.indicators.push({ level1, name, target })
    })
  })

  it('matches the two unit rows and the nine project rows (codes joined, amounts cell by cell)', () => {
    expect(blocks).toHaveLength(9)
    const units: Expected[] = data.slice(0, 2).map(([code = '', name = '', ...values]) => ({
      row: { kind: 'unit', unitCode: code, name },
      values: values.slice(0, 4),
    }))
    const projects: Expected[] = blocks.map((b, i) => ({
      row: { kind: 'detail', code: b.code, codeSystem: 'project', name: b.name, unitCode: '503001' },
      // the shifted rows print a single blank where the header has two fund columns
      values: i < 3 ? [b.cells[0] ?? '', b.cells[1] ?? '', b.cells[2] ?? '', ''] : b.cells,
    }))
    expect(mismatches(t, [...units, ...projects])).toEqual([])
    expect(blocks.map((b) => b.code.length)).toEqual(Array<number>(9).fill(21))
    // and catches a code left unjoined and a changed amount
    const unjoined = structuredClone(t)
    const row = unjoined.rows[2]
    if (row) unjoined.rows[2] = { ...row, code: '4107812' }
    expect(mismatches(unjoined, [...units, ...projects])).toHaveLength(1)
    expect(mismatches(tampered(t, 4, 'src.fiscal', '50.00'), [...units, ...projects])).toHaveLength(1)
  })

  it('gives every project its printed indicators, under the category of the column they stand in', () => {
    for (const b of blocks) {
      const project = doc.projects?.find((p) => p.code === b.code)
      expect(project, b.name).toBeDefined()
      expect(
        project?.indicators.map((i) => ({ level1: i.level1, name: i.name, target: i.target })),
        b.name,
      ).toEqual(b.indicators)
    }
    expect(doc.projects?.reduce((n, p) => n + p.indicators.length, 0)).toBe(65)
  })

  it('joins the satisfaction indicator wrapped over the page break', () => {
    const relief = doc.projects?.find((p) => p.name === '城乡医疗救助补助资金')
    expect(relief?.indicators.find((i) => i.level1 === '满意度指标')).toMatchObject({
      name: '医疗救助对象对医疗救助工作的满意度',
      target: '100%',
    })
  })

  it('prints each project total in 万元 equal to its 总成本 in 元 (59880.2元 rounds to 5.99)', () => {
    for (const p of doc.projects ?? []) {
      const cost = p.indicators.find((i) => i.name === '总成本')
      if (!cost) continue
      const yuan = Number(cost.target.replace(/[^\d.]/g, ''))
      expect((yuan / 10000).toFixed(2), p.name).toBe(p.amounts.total)
    }
  })
})

/** The one cell a reference points at (throws unless exactly one row matches). */
function resolve(ref: CellRef): string | undefined {
  const t = table(ref.table)
  const rows = t.rows.filter(
    (r) =>
      (ref.row.code === undefined || r.code === ref.row.code) &&
      (ref.row.key === undefined || r.key === ref.row.key) &&
      (ref.row.name === undefined || r.name === ref.row.name) &&
      (ref.row.unitCode === undefined || r.unitCode === ref.row.unitCode) &&
      (ref.row.govCode === undefined || r.govCode === ref.row.govCode) &&
      (ref.block === undefined || r.block === ref.block),
  )
  if (rows.length !== 1) throw new Error(`${JSON.stringify(ref)} matches ${rows.length} rows`)
  return rows[0]?.cells[ref.column]
}

describe('text figures', () => {
  const figures = doc.text?.figures ?? []

  it('are the colleague fixture, unchanged but for the added refersTo', () => {
    const stripped = figures.map(({ refersTo: _, ...f }) => f)
    expect(stripped).toEqual(fixtureFigures)
  })

  it('point only amounts at table cells, and each points at a cell that prints the same figure', () => {
    const referring = figures.filter((f) => f.refersTo)
    expect(referring).toHaveLength(37)
    const blankForZero: string[] = []
    for (const f of referring) {
      expect(f.kind, f.id).toBe('amount')
      const cell = f.refersTo ? resolve(f.refersTo) : undefined
      if (cell === '' && f.value === '0.00') blankForZero.push(f.id)
      else expect(cell, f.id).toBe(f.value)
    }
    // the text says 0.00 where the table leaves the cell blank
    expect(blankForZero).toEqual(['s4-f2', 's7-f2', 's7-f3', 's7-f5', 's8-f1'])
  })

  it('resolution catches a reference to a cell that prints another figure', () => {
    expect(resolve({ table: 'fiscal-summary', row: { code: '210' }, column: 'src.gpb', block: 1 })).not.toBe(
      '8800.20',
    )
    expect(() => resolve({ table: 'gpb-basic', row: { code: '30110' }, column: 'total' })).toThrow()
  })

  it('restate the text exactly as printed', () => {
    const flat = seed.replace(/\n+/g, '')
    for (const f of figures) {
      expect(flat, f.id).toContain(f.sentence)
      expect(f.sentence, f.id).toContain(f.printed)
    }
  })

  it('state shares that hold on their own bases (8944.03 in 三, 8938.04 in 五)', () => {
    const share = (part: string, whole: string): string =>
      ((Number(cents(part)) / Number(cents(whole))) * 100).toFixed(2)
    expect([share('658.67', '8944.03'), share('8285.36', '8944.03')]).toEqual(['7.36', '92.64'])
    expect([share('658.67', '8938.04'), share('8279.37', '8938.04')]).toEqual(['7.37', '92.63'])
    expect([share('81.37', '8938.04'), share('8800.20', '8938.04'), share('56.47', '8938.04')]).toEqual([
      '0.91',
      '98.46',
      '0.63',
    ])
    expect([share('635.39', '658.67'), share('23.28', '658.67')]).toEqual(['96.47', '3.53'])
    // 卫生健康 8800.20 in the text is this year's money only; the class tables print 8806.19 with the carry-over
    const gpbHealth = table('gpb-expenditure').rows.filter((r) => r.code?.startsWith('210'))
    expect(sum(gpbHealth.map((r) => r.cells.total ?? ''))).toBe(cents('8800.20'))
  })
})

describe('prior year, procurement, assets, glossary', () => {
  it('derives the 2023 totals from the stated increase: 8944.03 − 1098.42 = 7845.61 (growth 14.00%)', () => {
    const facts = doc.priorYear?.facts ?? []
    expect(doc.priorYear?.fiscalYear).toBe(2023)
    const figure = (id: string): string => doc.text?.figures.find((f) => f.id === id)?.value ?? 'x'
    for (const [key, current, change] of [
      ['rev.total', 's1-f1', 's1-f3'],
      ['exp.total', 's1-f2', 's1-f5'],
    ] as const) {
      const fact = facts.find((f) => f.key === key)
      expect(fact).toMatchObject({ source: 'derived', figures: [current, change] })
      expect(cents(fact?.value ?? 'x')).toBe(cents(figure(current)) - cents(figure(change)))
    }
    expect(((1098.42 / 7845.61) * 100).toFixed(2)).toBe('14.00')
    expect(facts.find((f) => f.key === '3p.vehicle.operation')?.value).toBe('0.72')
  })

  it('takes procurement and assets from the text', () => {
    expect(doc.procurement?.map((p) => [p.category, p.item, p.amount])).toEqual([
      ['货物', '办公设备', '5.00'],
      ['工程', '无工程', '0.00'],
      ['服务', '无服务', '0.00'],
    ])
    expect(seed).toContain(
      '政府采购货物预算5.00万元，主要为：办公设备；政府采购工程预算0.00万元，主要为无工程；政府采购服务预算0.00万元，主要为无服务。',
    )
    for (const a of doc.assets ?? [])
      expect(seed, a.category).toContain(`${a.category}${a.quantity}${a.measure}`)
    expect(doc.assets?.find((a) => a.category === '车辆')?.quantity).toBe('1')
  })

  it('keeps the ten glossary entries as printed, line breaks removed', () => {
    const flat = seed.replace(/\n+/g, '')
    expect(doc.glossary).toHaveLength(10)
    doc.glossary?.forEach((g, i) => {
      expect(flat).toContain(`${'一二三四五六七八九十'[i]}、${g.term}：${g.definition}`)
    })
  })
})
