// Cell-by-cell proof of src/samples/data/004.json (郑州市医疗保障局 2023 部门预算, 河南 template, department 048
// with three units, amounts in 万元 with one decimal) against the tab-separated rows of its seed, plus the
// projects, the performance tables, 三公, the text figures and the facts derived from them.
// Published mistakes are asserted as published: the sample must keep them, never repair them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import type { FactKey } from '../../src/model/factKeys'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import type { PrintedTable, Row } from '../../src/model/table'
import type { CellRef, TextFigure } from '../../src/model/textFigure'
import { readSeed } from './seedText'

const SEED_FILE = '004_c95a306f488ad727.txt'
const ROOT = join(__dirname, '..', '..')
const seed = readSeed(SEED_FILE)
const seedLines = seed.split('\n')
const sampleText = readFileSync(join(ROOT, 'src', 'samples', 'data', '004.json'), 'utf8')
const doc: Disclosure = parseDisclosure(JSON.parse(sampleText))
/** A fresh, mutable copy of the sample, to prove that each check catches a wrong transcription. */
const mutableCopy = (): Disclosure => JSON.parse(sampleText) as Disclosure

const canon = (s: string): string => s.trim().replace(/[, ]/g, '')
const squeeze = (s: string): string => s.replace(/\s+/g, '')

// Amounts compared exactly: scaled to hundredths as bigint, so '3909' equals '3909.0' and no float is involved.
const AMOUNT = /^-?\d+(?:\.\d{1,2})?$/
function cents(s: string): bigint {
  if (!AMOUNT.test(s)) throw new Error(`not an amount: ${s}`)
  const negative = s.startsWith('-')
  const [int = '0', frac = ''] = s.replace('-', '').split('.')
  const v = BigInt(int) * 100n + BigInt(frac.padEnd(2, '0'))
  return negative ? -v : v
}
const sum = (cells: readonly string[]): bigint =>
  cells.reduce((acc, c) => acc + (c === '' ? 0n : cents(c)), 0n)

function tableOf(d: Disclosure, id: string): PrintedTable {
  const t = d.tables.find((x) => x.id === id)
  if (!t) throw new Error(`no table ${id}`)
  return t
}

/** Tab-separated rows printed after the heading that ends with `title`, up to `stop` (exclusive). */
function printedRows(title: string, stop: (line: string) => boolean): string[][] {
  const start = seedLines.findIndex((l) => /^#+ /.test(l) && l.endsWith(title))
  if (start < 0) throw new Error(`heading not found: ${title}`)
  const rows: string[][] = []
  for (let i = start + 1; i < seedLines.length; i++) {
    const line = seedLines[i] ?? ''
    if (stop(line)) break
    if (line.includes('\t')) rows.push(line.split('\t').map((c) => c.trim()))
  }
  return rows
}
const untilNote = (line: string): boolean => line.startsWith('备注') || line.startsWith('注')
const untilHeading = (line: string): boolean => /^#+ /.test(line)

/** The label of a row as the seed prints it: ordinal (一、 / （一） / (三十一)) then name. */
const printedLabel = (row: Row): string =>
  squeeze(
    `${row.ordinal ?? ''}${row.ordinal && /^[一二三四五六七八九十]+$/.test(row.ordinal) ? '、' : ''}${row.name}`,
  )

const blockRows = (table: PrintedTable, block: number): Row[] =>
  table.rows.filter((r) => (r.block ?? 0) === block)

/** 收支总表 / 财政拨款收支总表: left block (label, amount) and right block (label, amounts…) side by side. */
function compareTwoSided(table: PrintedTable, printed: readonly string[][], rightWidth: number): string[] {
  const problems: string[] = []
  const left = printed.filter((p) => (p[0] ?? '') !== '')
  const right = printed.filter((p) => (p[2] ?? '') !== '')
  const rightKeys = table.columns.filter((c) => c.block === 1).map((c) => c.key)
  if (rightKeys.length !== rightWidth) problems.push(`right block has ${rightKeys.length} columns`)
  const sides: [number, readonly string[][], number, readonly FactKey[]][] = [
    [0, left, 0, ['total']],
    [1, right, 2, rightKeys],
  ]
  for (const [block, lines, at, keys] of sides) {
    const rows = blockRows(table, block)
    if (rows.length !== lines.length)
      problems.push(`block ${block}: printed ${lines.length} rows, json ${rows.length}`)
    lines.forEach((p, i) => {
      const row = rows[i]
      if (!row) return
      const label = squeeze(p[at] ?? '').replace(/[:：]$/, '')
      if (printedLabel(row) !== label)
        problems.push(`block ${block} row ${i}: ${label} vs ${printedLabel(row)}`)
      keys.forEach((key, k) => {
        const want = canon(p[at + 1 + k] ?? '')
        if (row.cells[key] !== want) problems.push(`${label} / ${key}: ${row.cells[key]} vs ${want}`)
      })
    })
  }
  return problems
}

/** 支出总表-shaped tables: 类 | 款 | 项 | 单位代码 | 名称 | nine value columns. */
function compareFunctionalTable(table: PrintedTable, printed: readonly string[][]): string[] {
  const problems: string[] = []
  const data = printed.filter((p) => p[4] === '合计' || p[3] === '048' || /^\d{3}$/.test(p[0] ?? ''))
  if (data.length !== table.rows.length)
    problems.push(`rows: printed ${data.length}, json ${table.rows.length}`)
  data.forEach((p, i) => {
    const row = table.rows[i]
    if (!row) return
    const code = `${p[0]}${p[1]}${p[2]}`
    if (code !== '' && row.code !== code) problems.push(`row ${i}: code ${code} vs ${row.code}`)
    if (p[3] !== '' && row.unitCode !== p[3]) problems.push(`row ${i}: unit ${p[3]} vs ${row.unitCode}`)
    if (row.name !== squeeze(p[4] ?? '')) problems.push(`row ${i}: name ${p[4]} vs ${row.name}`)
    table.columns.forEach((col, c) => {
      const want = canon(p[5 + c] ?? '')
      if (row.cells[col.key] !== want)
        problems.push(`${code || p[4]} / ${col.key}: ${row.cells[col.key]} vs ${want}`)
    })
  })
  return problems
}

const summaryPrinted = printedRows('2023年部门收支总体情况表', untilHeading).filter(
  (p) => p[0] !== '收入' && p[0] !== '项目',
)
const expenditurePrinted = printedRows('2023年部门支出总体情况表', untilHeading)
const fiscalPrinted = printedRows('2023年财政拨款收支总体情况表', untilHeading).filter(
  (p) => p[0] !== '收入' && p[0] !== '项 目' && p[4] !== '小 计',
)
const gpbPrinted = printedRows('2023年一般公共预算支出情况表', untilNote)
const basicPrinted = printedRows('2023年一般公共预算基本支出表', untilHeading).filter((p) =>
  /^(合计|\d{5})$/.test(p[0] ?? ''),
)
const projectsPrinted = printedRows('2023年项目支出预算表', untilHeading).filter((p) =>
  /\d\.\d$/.test(p[3] ?? ''),
)

describe('004 document', () => {
  it('names the department, its three units, the template and the unit of amounts', () => {
    expect(doc.department).toEqual({ code: '048', name: '郑州市医疗保障局' })
    expect(doc.units.map((u) => u.code)).toEqual(['048001', '048002', '048003'])
    expect(doc.template).toBe('henan-budget-2024')
    expect(doc.kind).toBe('budget')
    expect(doc.fiscalYear).toBe(2023)
    expect(doc.amountUnit).toBe('万元')
    expect(seed).toContain(doc.title ?? '(missing title)')
    for (const u of doc.units) expect(seed).toContain(`${u.code}\t${u.name}`)
  })

  it('records the two tables of the 目录 that the text lacks, and no others', () => {
    expect(doc.absent.map((a) => [a.kind, a.reason])).toEqual([
      ['income', 'listed-not-printed'],
      ['economic-summary', 'listed-not-printed'],
    ])
    for (const a of doc.absent) {
      const title = a.title ?? ''
      // listed once in the 目录 …
      expect(seed.split(title).length - 1, title).toBe(1)
      expect(seed).toContain(`#### ${title.startsWith('部门收入') ? '二' : '七'}、${title}`)
    }
    // … and never as a table heading with its year
    expect(seed).not.toContain('2023年部门收入总体情况表')
    expect(seed).not.toContain('2023年支出经济分类汇总表')
  })

  it('prints every table amount with one decimal, as the tables do', () => {
    const bad: string[] = []
    for (const t of doc.tables)
      for (const r of t.rows)
        for (const [k, v] of Object.entries(r.cells))
          if (v !== '' && !/^\d+\.\d$/.test(v ?? '')) bad.push(`${t.id}/${r.name}/${k}: ${v}`)
    expect(bad).toEqual([])
    expect(doc.tables.map((t) => t.id)).toEqual([
      'summary',
      'expenditure',
      'fiscal-summary',
      'gpb-expenditure',
      'gpb-basic',
      'three-public',
      'gov-fund',
      'soe-capital',
      'projects',
      'department-performance',
      'project-performance',
    ])
  })
})

describe('004 部门收支总体情况表', () => {
  const table = tableOf(doc, 'summary')

  it('matches the seed cell by cell (13 revenue lines, 30 类 + 3 lines of expenditure)', () => {
    expect(compareTwoSided(table, summaryPrinted, 1)).toEqual([])
    expect(blockRows(table, 0)).toHaveLength(13)
    expect(blockRows(table, 1)).toHaveLength(33)
  })

  it('catches a changed cell and a dropped row', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'summary').rows.find((r) => r.code === '210')
    if (row) row.cells.total = '8099.7'
    expect(compareTwoSided(tableOf(changed, 'summary'), summaryPrinted, 1)).toEqual([
      '十、卫生健康 / total: 8099.7 vs 8099.6',
    ])
    const dropped = mutableCopy()
    tableOf(dropped, 'summary').rows.splice(20, 1)
    expect(compareTwoSided(tableOf(dropped, 'summary'), summaryPrinted, 1).length).toBeGreaterThan(0)
  })

  it('numbers 类 rows by code (十八 is skipped), each with its 3-digit code', () => {
    const lei = blockRows(table, 1).filter((r) => r.code !== undefined)
    expect(lei).toHaveLength(30)
    expect(lei.map((r) => r.ordinal)).not.toContain('十八')
    expect(lei.find((r) => r.ordinal === '十九')?.code).toBe('219')
    expect(lei.find((r) => r.ordinal === '九')).toMatchObject({ code: '209', name: '社会保险基金支出' })
  })

  it('keeps the 尾差 of the print: 类 rows add up to 9187.1, the total prints 9187.2', () => {
    const lei = blockRows(table, 1).filter((r) => r.code !== undefined)
    expect(sum(lei.map((r) => r.cells.total ?? ''))).toBe(cents('9187.1'))
    expect(blockRows(table, 1).find((r) => r.key === 'exp.current')?.cells.total).toBe('9187.2')
  })
})

describe('004 部门支出总体情况表 and 一般公共预算支出情况表', () => {
  it('match the seed cell by cell (合计, unit 048, ten 项 rows)', () => {
    expect(compareFunctionalTable(tableOf(doc, 'expenditure'), expenditurePrinted)).toEqual([])
    expect(compareFunctionalTable(tableOf(doc, 'gpb-expenditure'), gpbPrinted)).toEqual([])
    expect(tableOf(doc, 'expenditure').rows).toHaveLength(12)
  })

  it('catch a changed cell', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'gpb-expenditure').rows.find((r) => r.code === '2101506')
    if (row) row.cells['exp.project.specific'] = '1916.6'
    expect(compareFunctionalTable(tableOf(changed, 'gpb-expenditure'), gpbPrinted)).toEqual([
      '2101506 / exp.project.specific: 1916.6 vs 1916.5',
    ])
  })

  it('print the same figures twice (the two tables are identical in print)', () => {
    expect(tableOf(doc, 'gpb-expenditure').rows).toEqual(tableOf(doc, 'expenditure').rows)
  })

  it('keep the 尾差 of the print in the basic-expenditure columns', () => {
    const rows = tableOf(doc, 'expenditure').rows.filter((r) => r.kind === 'detail')
    const col = (k: 'total' | 'exp.basic' | 'exp.basic.personnel.wages' | 'exp.project') =>
      sum(rows.map((r) => r.cells[k] ?? ''))
    expect(col('total')).toBe(cents('9187.1'))
    expect(col('exp.basic')).toBe(cents('4870.3'))
    expect(col('exp.basic.personnel.wages')).toBe(cents('3792.6'))
    expect(col('exp.project')).toBe(cents('4316.8'))
  })
})

describe('004 财政拨款收支总体情况表', () => {
  const table = tableOf(doc, 'fiscal-summary')

  it('matches the seed cell by cell (10 revenue lines, 33 expenditure lines)', () => {
    expect(compareTwoSided(table, fiscalPrinted, 5)).toEqual([])
    expect(blockRows(table, 0)).toHaveLength(10)
    expect(blockRows(table, 1)).toHaveLength(33)
  })

  it('catches a changed cell', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'fiscal-summary').rows.find((r) => r.code === '221')
    if (row) row.cells['src.gpb.fiscal'] = '402.5'
    expect(compareTwoSided(tableOf(changed, 'fiscal-summary'), fiscalPrinted, 5)).toEqual([
      '（二十一）住房保障支出 / src.gpb.fiscal: 402.5 vs 402.4',
    ])
  })

  it('keeps the stale （九）医疗卫生与计划生育支出 without a code, where the summary prints 九、社会保险基金支出', () => {
    const stale = table.rows.find((r) => r.ordinal === '（九）')
    expect(stale?.name).toBe('医疗卫生与计划生育支出')
    expect(stale?.code).toBeUndefined()
    expect(stale?.note).toMatch(/stale/)
    expect(table.rows.some((r) => r.code === '209')).toBe(false)
  })
})

describe('004 一般公共预算基本支出表', () => {
  const table = tableOf(doc, 'gpb-basic')
  function compare(t: PrintedTable): string[] {
    const problems: string[] = []
    if (basicPrinted.length !== t.rows.length)
      problems.push(`rows: ${basicPrinted.length} vs ${t.rows.length}`)
    basicPrinted.forEach((p, i) => {
      const row = t.rows[i]
      if (!row) return
      if (
        p[0] !== '合计' &&
        (row.code !== p[0] || row.name !== p[1] || row.govCode !== p[2] || row.govName !== p[3])
      )
        problems.push(`row ${i}: ${p.slice(0, 4).join('|')}`)
      const keys = ['total', 'exp.basic.personnel', 'exp.basic.public'] as const
      keys.forEach((k, c) => {
        const want = canon(p[4 + c] ?? '')
        if (row.cells[k] !== want) problems.push(`${p[0]}/${p[2]} / ${k}: ${row.cells[k]} vs ${want}`)
      })
    })
    return problems
  }

  it('matches the seed cell by cell (合计 and 31 code pairs)', () => {
    expect(compare(table)).toEqual([])
    expect(table.rows).toHaveLength(32)
  })

  it('catches a changed government code', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'gpb-basic').rows.find((r) => r.code === '31002')
    if (row) row.govCode = '50206'
    expect(compare(tableOf(changed, 'gpb-basic'))).toEqual(['row 14: 31002|办公设备购置|50306|设备购置'])
  })

  it('keeps a department code printed twice with two government codes as two rows', () => {
    expect(table.rows.filter((r) => r.code === '30102').map((r) => r.govCode)).toEqual(['50101', '50501'])
    expect(table.rows.filter((r) => r.code === '30239').map((r) => r.govCode)).toEqual(['50201', '50502'])
  })

  it('keeps the 尾差: 人员经费 rows add up to 3908.9 against a printed 3909.0; 公用经费 adds up exactly', () => {
    const details = table.rows.filter((r) => r.kind === 'detail')
    expect(sum(details.map((r) => r.cells['exp.basic.personnel'] ?? ''))).toBe(cents('3908.9'))
    expect(sum(details.map((r) => r.cells['exp.basic.public'] ?? ''))).toBe(cents('961.4'))
    expect(table.rows[0]?.cells['exp.basic.personnel']).toBe('3909.0')
  })
})

describe('004 “三公”, 政府性基金, 国有资本经营 tables', () => {
  it('三公: one unlabelled row 4.0 | blank | 4.0 | blank | 4.0 | blank, as printed', () => {
    const t = tableOf(doc, 'three-public')
    const printed = printedRows('2023年一般公共预算“三公”经费支出情况表', untilNote).at(-1) ?? []
    expect(t.columns.map((c) => t.rows[0]?.cells[c.key])).toEqual(printed.map(canon))
    expect(printed.map(canon)).toEqual(['4.0', '', '4.0', '', '4.0', ''])
    // equal to the economic code 30231 of the basic-expenditure table
    expect(tableOf(doc, 'gpb-basic').rows.find((r) => r.code === '30231')?.cells.total).toBe('4.0')
  })

  it('the fund tables are published empty with their note and an all-blank 合计 row', () => {
    for (const id of ['gov-fund', 'soe-capital']) {
      const t = tableOf(doc, id)
      expect(seed).toContain(t.empty?.note ?? '(no note)')
      expect(t.rows).toHaveLength(1)
      expect(Object.values(t.rows[0]?.cells ?? {}).every((v) => v === '')).toBe(true)
    }
    // the 国有资本经营 header prints no 特定目标类 column
    expect(tableOf(doc, 'soe-capital').columns.map((c) => c.key)).not.toContain('exp.project.specific')
    expect(tableOf(doc, 'gov-fund').columns.map((c) => c.key)).toContain('exp.project.specific')
  })
})

describe('004 项目支出预算表 and projects', () => {
  const table = tableOf(doc, 'projects')
  function compare(t: PrintedTable): string[] {
    const problems: string[] = []
    if (projectsPrinted.length !== t.rows.length)
      problems.push(`rows: ${projectsPrinted.length} vs ${t.rows.length}`)
    projectsPrinted.forEach((p, i) => {
      const row = t.rows[i]
      if (!row) return
      if (row.kind === 'detail' && (row.projectType !== p[0] || row.name !== p[1] || row.unitName !== p[2]))
        problems.push(`row ${i}: ${p.slice(0, 3).join('|')}`)
      if (row.kind === 'unit' && (row.unitCode !== p[1] || row.name !== p[2])) problems.push(`unit row ${i}`)
      t.columns.forEach((col, c) => {
        const want = canon(p[3 + c] ?? '')
        if (row.cells[col.key] !== want)
          problems.push(`${p[1]} / ${col.key}: ${row.cells[col.key]} vs ${want}`)
      })
    })
    return problems
  }

  it('matches the seed cell by cell (total, unit 048, 18 projects)', () => {
    expect(compare(table)).toEqual([])
    expect(table.rows.filter((r) => r.kind === 'detail')).toHaveLength(18)
  })

  it('catches a changed project amount', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'projects').rows.find((r) => r.name === '老红军家属及遗属医疗保险补助资金')
    if (row) row.cells.total = '0.67'
    expect(compare(tableOf(changed, 'projects'))).toEqual([
      '老红军家属及遗属医疗保险补助资金 / total: 0.67 vs 0.7',
    ])
  })

  it('projects add up to 项目支出 by type, as in the expenditure table', () => {
    const details = table.rows.filter((r) => r.kind === 'detail')
    const byType = (t: string) =>
      sum(details.filter((r) => r.projectType === t).map((r) => r.cells.total ?? ''))
    const exp = tableOf(doc, 'expenditure').rows[0]
    expect(byType('其他运转类')).toBe(cents(exp?.cells['exp.project.operating'] ?? ''))
    expect(byType('特定目标类')).toBe(cents(exp?.cells['exp.project.specific'] ?? ''))
    expect(sum(details.map((r) => r.cells.total ?? ''))).toBe(cents(table.rows[0]?.cells.total ?? ''))
  })

  it('every project carries its code and unit from the performance table and its amounts from this table', () => {
    const projects = doc.projects ?? []
    expect(projects).toHaveLength(18)
    expect(new Set(projects.map((p) => p.code)).size).toBe(18)
    for (const p of projects) {
      const row = table.rows.find((r) => r.name === p.name)
      expect(row?.cells.total, p.name).toBe(p.amounts.total)
      expect(row?.projectType).toBe(p.type)
      expect(seed).toContain(`${p.code}\t`)
      expect(doc.units.find((u) => u.code === p.unitCode)?.name).toBe(p.unitName)
    }
    expect(projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(186)
  })

  it('every project indicator stands in the seed as printed (name next to its value)', () => {
    const section = seed.slice(seed.indexOf('2023年部门预算项目绩效目标汇总表'))
    const missing: string[] = []
    for (const p of doc.projects ?? [])
      for (const i of p.indicators)
        if (!section.includes(i.name === '' ? `\t${i.target}` : `${i.name}\t${i.target}`))
          missing.push(`${p.name}: ${i.name} ${i.target}`)
    expect(missing).toEqual([])
    const medicalAid = doc.projects?.find((p) => p.name === '城乡医疗救助资金')
    expect(medicalAid?.indicators.map((i) => i.name)).toContain('重点救助对象自费用年度限额内住院救助比例')
  })
})

describe('004 项目绩效目标汇总表', () => {
  const table = tableOf(doc, 'project-performance')
  const printed = seedLines
    .slice(seedLines.findIndex((l) => l.endsWith('2023年部门预算项目绩效目标汇总表')))
    .map((l) => l.split('\t').map((c) => c.trim()))
    .filter((p) => /^\d+$/.test(p[0] ?? '') && /\d\.\d$/.test(p[2] ?? ''))

  /** Rows that differ from the print: code (or unit code), name, 资金总额, 政府预算资金. */
  function compare(t: PrintedTable): string[] {
    const want = printed.map((p) => [p[0], p[1], canon(p[2] ?? ''), canon(p[3] ?? '')].join('|'))
    const got = t.rows.map((r) =>
      [r.code ?? r.unitCode, r.name, r.cells.total, r.cells['src.fiscal']].join('|'),
    )
    return got.length === want.length
      ? got.filter((g, i) => g !== want[i])
      : [`rows: ${got.length} vs ${want.length}`]
  }

  it('prints every unit and project row with its amounts, in two groups', () => {
    expect(compare(table)).toEqual([])
    expect(table.rows).toHaveLength(24)
    expect(table.rows.filter((r) => r.block === 1).map((r) => r.code ?? r.unitCode)).toEqual([
      '048',
      '048001',
      '410100230000000017679',
    ])
  })

  it('catches a renamed project (the print says 局域网网络 here, 局域网络 in 项目支出预算表)', () => {
    const changed = mutableCopy()
    const row = tableOf(changed, 'project-performance').rows.find((r) => r.code === '410100220000000011203')
    if (row) row.name = '医疗保障业务骨干网和局域网络建设资金'
    expect(compare(tableOf(changed, 'project-performance'))).toEqual([
      '410100220000000011203|医疗保障业务骨干网和局域网络建设资金|150.0|150.0',
    ])
  })

  it('each unit row is the sum of its projects, and the two groups make up 项目支出', () => {
    for (const unit of table.rows.filter((r) => r.kind === 'unit' && r.unitCode !== '048')) {
      const projects = table.rows.filter(
        (r) => r.kind === 'detail' && r.unitCode === unit.unitCode && r.block === unit.block,
      )
      expect(sum(projects.map((r) => r.cells.total ?? '')), unit.name).toBe(cents(unit.cells.total ?? ''))
    }
    const groups = table.rows.filter((r) => r.unitCode === '048').map((r) => r.cells.total ?? '')
    expect(groups).toEqual(['2940.3', '1376.5'])
    expect(sum(groups)).toBe(cents('4316.8'))
  })
})

describe('004 部门(单位)整体绩效目标表', () => {
  const perf = doc.departmentPerformance

  it('keeps goals, 18 tasks with their printed amounts, the budget block and 54 indicators', () => {
    expect(perf?.goals).toHaveLength(2)
    for (const g of perf?.goals ?? []) expect(seed).toContain(`<p>${g}</p>`)
    expect(perf?.tasks).toHaveLength(18)
    for (const t of perf?.tasks ?? []) expect(seed).toContain(`${t.name}\t${t.content}`)
    expect(perf?.tasks.find((t) => t.name === '城乡医疗救助资金')?.budget?.total).toBe('1376.54')
    expect(perf?.tasks.find((t) => t.name === '老红军家属及遗属医疗保险补助资金')?.budget?.total).toBe('0.67')
    expect(perf?.budget).toEqual({
      total: '7810.6',
      'src.fiscal': '7810.6',
      'src.special-account': '',
      'src.unit-funds': '',
      'exp.basic': '4870.4',
      'exp.project': '2940.3',
    })
    expect(perf?.indicators).toHaveLength(54)
    for (const i of perf?.indicators ?? []) expect(seed, i.name).toContain(i.name)
  })

  it('its table rows restate the budget block', () => {
    const t = tableOf(doc, 'department-performance')
    for (const r of t.rows) expect(r.cells.total, r.name).toBe(perf?.budget[r.key ?? 'total'])
  })

  it('keeps the published mismatches: 4870.4 + 2940.3 = 7810.7, printed 7810.6; tasks include 1376.54 outside 项目支出', () => {
    expect(cents('4870.4') + cents('2940.3')).toBe(cents('7810.7'))
    expect(perf?.budget.total).toBe('7810.6')
    expect(sum((perf?.tasks ?? []).map((t) => t.budget?.total ?? ''))).toBe(cents('4316.81'))
  })
})

describe('004 text figures, prior year, procurement, assets, glossary', () => {
  const fixture = JSON.parse(
    readFileSync(join(ROOT, 'test', 'fixtures', 'text-figures', '004_c95a306f488ad727.json'), 'utf8'),
  ) as TextFigure[]
  const figures = doc.text?.figures ?? []

  function resolve(d: Disclosure, ref: CellRef): string[] {
    const t = tableOf(d, ref.table)
    const rows = t.rows.filter(
      (r) =>
        (ref.row.key === undefined || r.key === ref.row.key) &&
        (ref.row.code === undefined || r.code === ref.row.code) &&
        (ref.row.name === undefined || r.name === ref.row.name) &&
        (ref.block === undefined || (r.block ?? 0) === ref.block),
    )
    return rows.map((r) => r.cells[ref.column] ?? '(column not printed)')
  }
  /** Problems of the amount figures that restate a table cell: text 0 restates a blank cell. */
  function refersToProblems(d: Disclosure): string[] {
    const problems: string[] = []
    for (const f of d.text?.figures ?? []) {
      if (!f.refersTo) continue
      const cells = resolve(d, f.refersTo)
      const cell = cells[0] ?? ''
      if (cells.length !== 1) problems.push(`${f.id}: ${cells.length} cells`)
      else if (cell === '' ? f.value !== '0' : cents(cell) !== cents(f.value))
        problems.push(`${f.id}: ${f.value} vs ${cell}`)
    }
    return problems
  }

  it('copies the colleague fixture, adding only refersTo', () => {
    expect(figures.map(({ refersTo: _r, ...rest }) => rest)).toEqual(fixture)
    expect(figures.filter((f) => f.refersTo)).toHaveLength(21)
  })

  it('every refersTo resolves to one cell that says the same amount', () => {
    expect(refersToProblems(doc)).toEqual([])
    const wrong = mutableCopy()
    const f = wrong.text?.figures.find((x) => x.id === 's6-f4')
    if (f?.refersTo) f.refersTo = { ...f.refersTo, column: 'exp.basic.personnel' }
    expect(refersToProblems(wrong)).toEqual(['s6-f4: 961.4 vs 3909.0'])
  })

  it('derives the 2022 totals from the printed increase', () => {
    const prior = doc.priorYear
    expect(prior?.fiscalYear).toBe(2022)
    const total = prior?.facts.find((p) => p.key === 'rev.total')
    expect(cents(total?.value ?? '') + cents('1357.5')).toBe(cents('9187.2'))
    expect(prior?.facts.find((p) => p.key === '3p.total')?.value).toBe('4')
  })

  it('keeps the procurement lines as printed (their sum 610 is not the stated 580)', () => {
    const items = doc.procurement ?? []
    expect(items.map((p) => [p.category, p.amount])).toEqual([
      ['货物', '150'],
      ['工程', '0'],
      ['服务', '460'],
    ])
    expect(sum(items.map((p) => p.amount))).toBe(cents('610'))
    expect(figures.find((f) => f.id === 's10-f2')?.value).toBe('580')
  })

  it('keeps the assets stated for the end of 2022', () => {
    expect(doc.assets?.map((a) => [a.category, a.quantity, a.measure])).toEqual([
      ['车辆', '2', '辆'],
      ['一般公务用车', '2', '辆'],
      ['单位价值50万元以上通用设备', '0', '台（套）'],
      ['单位价值100万元以上专用设备', '0', '台（套）'],
    ])
  })

  it('keeps the ten glossary entries, each found in the seed once line breaks are removed', () => {
    const flat = squeeze(seed)
    expect(doc.glossary).toHaveLength(10)
    for (const g of doc.glossary ?? []) expect(flat).toContain(squeeze(`${g.term}：${g.definition}`))
    expect(doc.glossary?.[8]?.definition).toContain('公务用车购置及运行费和公务接待费')
  })
})
