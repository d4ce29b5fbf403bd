/**
 * Test helper: reads the economic-classification rows that the five seed disclosures print.
 *
 * Each seed lays its tables out differently (河南 budget template: both codes joined side by side
 * in the basic-expenditure table and split `类 | 款` in the economic summary; 河北 template: a
 * 序号 column and department codes only; national 决算 公开06表: three code/name/amount triples
 * per row). The parser knows each layout and nothing else; it never corrects a code. A cell that
 * is not a well-formed code is reported as unreadable so a test can list it explicitly.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SEED_DIR = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url))

/** A code with the name printed beside it, as printed (whitespace kept). */
export interface PrintedCode {
  readonly code: string
  readonly name: string
}

/** One economic row of a seed table. `dept`/`gov` are absent when the template prints no such column. */
export interface SeedEconomicRow {
  readonly seed: string
  readonly table: string
  /** 1-based line number in the seed file. */
  readonly line: number
  readonly dept?: PrintedCode
  readonly gov?: PrintedCode
  /** True when the department code cells are a well-formed code. */
  readonly deptReadable: boolean
  /** True when the government code cells are a well-formed code (false when the template prints none). */
  readonly govReadable: boolean
  /** The department code cells exactly as extracted, tab-joined (`301\tl`). */
  readonly deptCells: string
  /** The government code cells exactly as extracted, tab-joined (empty when the template prints none). */
  readonly govCells: string
}

type Layout = 'joined-pair' | 'split-pair' | 'numbered-single' | 'triple-single'

/** A table of a seed that prints economic codes. */
export interface SeedEconomicTable {
  readonly seed: string
  readonly year: number
  /** Title as the seed prints it above the table (the provenance `table`). */
  readonly table: string
  /** Exact text of the column header line that opens the table (first occurrence). */
  readonly header: string
  readonly layout: Layout
}

export const SEED_ECONOMIC_TABLES: readonly SeedEconomicTable[] = [
  {
    seed: '000_7bfb42c5bf8cfd77.txt',
    year: 2024,
    table: '2024年一般公共预算基本支出表',
    header: '部门预算支出经济分类科目\t\t政府预算支出经济分类科目编码',
    layout: 'joined-pair',
  },
  {
    seed: '000_7bfb42c5bf8cfd77.txt',
    year: 2024,
    table: '2024年支出经济分类汇总表',
    header: '部门预算经济分类\t\t\t政府预算经济分类',
    layout: 'split-pair',
  },
  {
    seed: '001_bd1dedfc2d1eeeba.txt',
    year: 2024,
    table: '部门预算一般公共预算财政拨款基本支出表',
    header: '序号\t支出部门经济分类科目',
    layout: 'numbered-single',
  },
  {
    seed: '002_a13058ed52681298.txt',
    year: 2024,
    table: '公开06表 一般公共预算财政拨款基本支出决算明细表',
    header: '人员经费\t\t\t公用经费',
    layout: 'triple-single',
  },
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    year: 2025,
    table: '2025年一般公共预算基本支出预算表',
    header: '\t部门预算支出经济分类科目\t政府',
    layout: 'joined-pair',
  },
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    year: 2025,
    table: '2025年支出经济分类汇总表',
    header: '11暗]预\t算经济分类',
    layout: 'split-pair',
  },
  {
    seed: '004_c95a306f488ad727.txt',
    year: 2023,
    table: '2023年一般公共预算基本支出表',
    header: '部门预算支出经济分类科目\t\t政府预算支出经济分类科目编码',
    layout: 'joined-pair',
  },
]

/** Reads a seed file from test/fixtures/seeds. */
export function readSeed(seed: string): string {
  return readFileSync(`${SEED_DIR}${seed}`, 'utf8')
}

const DEPT_LEI = /^(30[1-9]|31[0-3]|399)$/
const GOV_LEI = /^(50[1-9]|51[0-4]|599)$/
const KUAN = /^\d{2}$/
const JOINED = /^\d{3}(\d{2})?$/

/** A line that ends a table: a note, a markdown heading, or the next table's title (no tabs, ends in 表). */
function endsTable(line: string): boolean {
  return /^\s*(注|备注|#)/.test(line) || (!line.includes('\t') && /表\s*$/.test(line))
}

function splitCode(lei: string, kuan: string): { code: string; readable: boolean } {
  const l = lei.trim()
  const k = kuan.trim()
  return { code: `${l}${k}`, readable: JOINED.test(l) && l.length === 3 && KUAN.test(k) }
}

/**
 * Extracts the economic rows of one seed table.
 *
 * @param t - the table to read
 * @returns its rows in print order (header, total and unit rows excluded)
 */
export function readSeedEconomicTable(t: SeedEconomicTable): SeedEconomicRow[] {
  const lines = readSeed(t.seed).split('\n')
  const start = lines.findIndex((l) => l.startsWith(t.header))
  if (start < 0) throw new Error(`header not found in ${t.seed}: ${t.header}`)
  const rows: SeedEconomicRow[] = []
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (endsTable(line)) break
    const c = line.split('\t')
    const cell = (n: number): string => (c[n] ?? '').trim()
    const base = { seed: t.seed, table: t.table, line: i + 1 }
    switch (t.layout) {
      case 'joined-pair': {
        if (!/^\d{5}$/.test(cell(0))) break
        rows.push({
          ...base,
          dept: { code: cell(0), name: cell(1) },
          gov: { code: cell(2), name: cell(3) },
          deptReadable: true,
          govReadable: /^\d{5}$/.test(cell(2)),
          deptCells: cell(0),
          govCells: cell(2),
        })
        break
      }
      case 'split-pair': {
        // A row is economic when it names a government 类; the unit row (503 卫辉市医疗保障局) has none.
        if (!GOV_LEI.test(cell(3))) break
        const d = splitCode(cell(0), cell(1))
        const g = splitCode(cell(3), cell(4))
        rows.push({
          ...base,
          dept: { code: d.code, name: cell(2) },
          gov: { code: g.code, name: cell(5) },
          deptReadable: d.readable && DEPT_LEI.test(cell(0)),
          govReadable: g.readable,
          deptCells: `${c[0] ?? ''}\t${c[1] ?? ''}`,
          govCells: `${c[3] ?? ''}\t${c[4] ?? ''}`,
        })
        break
      }
      case 'numbered-single': {
        if (!/^\d+$/.test(cell(0)) || !JOINED.test(cell(1))) break
        rows.push({
          ...base,
          dept: { code: cell(1), name: cell(2) },
          deptReadable: true,
          govReadable: false,
          deptCells: cell(1),
          govCells: '',
        })
        break
      }
      case 'triple-single': {
        for (const at of [0, 3, 6]) {
          if (JOINED.test(cell(at))) {
            rows.push({
              ...base,
              dept: { code: cell(at), name: cell(at + 1) },
              deptReadable: true,
              govReadable: false,
              deptCells: cell(at),
              govCells: '',
            })
          }
        }
        break
      }
    }
  }
  return rows
}
