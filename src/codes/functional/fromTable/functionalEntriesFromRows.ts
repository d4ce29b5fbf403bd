import { MedbudgetError, type MedbudgetIssue } from '../../../errors'
import { excerpt } from '../../../internal/limits'
import { parseCode } from '../../parseCode'
import type { CatalogEntry, CodeLevel, Provenance } from '../../types'

/** Options of `functionalCatalogFromCsv` and `functionalCatalogFromXlsx`. */
export interface FunctionalListOptions {
  /** The budget year (edition) the list belongs to, e.g. 2026 for 《2026年政府收支分类科目》. */
  readonly edition: number
  /**
   * How the entries' provenance is marked: `user` (default, your data) or `reference` (an official
   * file; `file` then names it).
   */
  readonly provenance?: 'user' | 'reference'
  /** The file's name, recorded in the provenance and quoted in errors. */
  readonly file?: string
  /** Most rows read (default 20,000; the real classification has about 2,000). */
  readonly maxRows?: number
}

/** One row of a list, as read from a CSV or a worksheet: its cells and the line (row number) it starts on. @internal */
export interface ListRow {
  readonly cells: readonly string[]
  readonly line: number
}

type Columns =
  | { readonly kind: 'joined'; readonly code: number; readonly name: number }
  | {
      readonly kind: 'split'
      readonly lei: number
      readonly kuan: number
      readonly xiang: number
      readonly name: number
    }

const CODE_HEADERS = /^(?:科目编码|功能分类科目编码|科目代码|编码|代码|code)$/i
const NAME_HEADERS = /^(?:科目名称|功能分类科目名称|名称|name)$/i
const LEI = /^(?:类|类级科目)$/
const KUAN = /^(?:款|款级科目)$/
const XIANG = /^(?:项|项级科目)$/

/** A code or header cell, compared in half width. */
const clean = (cell: string | undefined): string => (cell ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim()
/** A name as printed (full-width brackets kept), spaces at the ends dropped. */
const cleanName = (cell: string | undefined): string => (cell ?? '').replace(/\s+/g, ' ').trim()

/** Finds the header row among the first rows; a list without one is read as code, name. */
function findColumns(rows: readonly ListRow[]): { columns: Columns; headerIndex: number } {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const cells = (rows[r]?.cells ?? []).map((c) => clean(c).replace(/\s/g, ''))
    const name = cells.findIndex((c) => NAME_HEADERS.test(c))
    const lei = cells.findIndex((c) => LEI.test(c))
    const kuan = cells.findIndex((c) => KUAN.test(c))
    const xiang = cells.findIndex((c) => XIANG.test(c))
    if (lei >= 0 && kuan >= 0 && xiang >= 0) {
      // A name column may be headed 科目名称, or be the first column after 项.
      return {
        columns: { kind: 'split', lei, kuan, xiang, name: name >= 0 ? name : xiang + 1 },
        headerIndex: r,
      }
    }
    const code = cells.findIndex((c) => CODE_HEADERS.test(c))
    if (code >= 0)
      return { columns: { kind: 'joined', code, name: name >= 0 ? name : code + 1 }, headerIndex: r }
  }
  return { columns: { kind: 'joined', code: 0, name: 1 }, headerIndex: -1 }
}

const DIGITS = /^\d+$/

/**
 * Reads the rows of an official functional classification list into catalog entries of one
 * edition, collecting every problem with its line and column. Shared by the CSV and XLSX readers.
 * @internal
 */
export function functionalEntriesFromRows(
  rows: readonly ListRow[],
  options: FunctionalListOptions,
  what: { readonly zh: string; readonly en: string },
): CatalogEntry[] {
  const edition = options.edition
  if (typeof edition !== 'number' || !Number.isInteger(edition) || edition < 1990 || edition > 2200) {
    throw new MedbudgetError(
      'OPTION_INVALID',
      `科目表的年度（edition）应为 1990 到 2200 之间的整数，收到 ${excerpt(String(edition))}`,
      `The list's edition (budget year) must be a whole number from 1990 to 2200, got ${excerpt(String(edition))}`,
      { path: ['edition'] },
    )
  }
  const maxRows = options.maxRows ?? 20_000
  if (rows.length > maxRows + 10) {
    throw new MedbudgetError(
      'INPUT_TOO_LARGE',
      `${what.zh}行数过多（${rows.length} 行，上限 ${maxRows}）`,
      `The ${what.en} has too many rows (${rows.length}, at most ${maxRows})`,
    )
  }
  const provenance: Provenance =
    options.provenance === 'reference'
      ? { kind: 'reference', file: options.file ?? what.en }
      : options.file === undefined
        ? { kind: 'user' }
        : { kind: 'user', note: options.file }
  const { columns, headerIndex } = findColumns(rows)
  const issues: MedbudgetIssue[] = []
  const at = (line: number, column: number): string => `第 ${line} 行第 ${column + 1} 列`
  const atEn = (line: number, column: number): string => `line ${line}, column ${column + 1}`
  const issue = (line: number, column: number, zh: string, en: string): void => {
    issues.push({
      path: [line, column + 1],
      zh: `${at(line, column)}：${zh}`,
      en: `${atEn(line, column)}: ${en}`,
    })
  }
  const entries = new Map<string, { code: string; level: CodeLevel; name: string; line: number }>()
  let lei = ''
  let kuan = ''
  rows.forEach((row, r) => {
    if (r <= headerIndex) return
    const name = cleanName(row.cells[columns.name])
    let code: string | undefined
    let codeColumn = columns.kind === 'joined' ? columns.code : columns.lei
    if (columns.kind === 'joined') {
      const printed = clean(row.cells[columns.code])
      if (printed === '' && name === '') return
      if (printed === '') {
        issue(row.line, columns.code, `“${excerpt(name)}”没有科目编码。`, `"${excerpt(name)}" has no code.`)
        return
      }
      try {
        const parsed = parseCode(printed, { system: 'functional' })
        code = parsed.code
      } catch (err) {
        const e = err instanceof MedbudgetError ? err : undefined
        issue(
          row.line,
          columns.code,
          e?.zh ?? `“${excerpt(printed)}”不是功能分类科目编码。`,
          e?.en ?? `"${excerpt(printed)}" is not a functional code.`,
        )
        return
      }
    } else {
      const cells = [columns.lei, columns.kuan, columns.xiang].map((c) => ({
        c,
        v: clean(row.cells[c]).replace(/\s/g, ''),
      }))
      if (cells.every((x) => x.v === '') && name === '') return
      const [l, k, x] = cells as [
        { c: number; v: string },
        { c: number; v: string },
        { c: number; v: string },
      ]
      const bad = cells.find((y, i) => y.v !== '' && (!DIGITS.test(y.v) || y.v.length !== (i === 0 ? 3 : 2)))
      if (bad !== undefined) {
        codeColumn = bad.c
        issue(
          row.line,
          bad.c,
          `“${excerpt(bad.v)}”应为 ${bad === l ? 3 : 2} 位数字。`,
          `"${excerpt(bad.v)}" should be ${bad === l ? 3 : 2} digits.`,
        )
        return
      }
      if (l.v !== '') {
        lei = l.v
        kuan = ''
      }
      if (k.v !== '') kuan = k.v
      // A blank 类 (款) cell repeats the 类 (款) of the rows above, as the Ministry's lists print them.
      if (x.v !== '') code = lei === '' || kuan === '' ? undefined : `${lei}${kuan}${x.v}`
      else if (k.v !== '') code = lei === '' ? undefined : `${lei}${kuan}`
      else if (l.v !== '') code = lei
      if (code === undefined) {
        codeColumn = l.c
        issue(
          row.line,
          l.c,
          `“${excerpt(name)}”的上级类或款编码缺失。`,
          `"${excerpt(name)}" has no 类 or 款 above it to complete its code.`,
        )
        return
      }
      if (code.endsWith('00')) {
        issue(
          row.line,
          x.v !== '' ? x.c : k.c,
          `编码 ${code} 的款或项为 00，不存在。`,
          `code ${code} has a 款 or 项 of 00, which does not exist.`,
        )
        return
      }
    }
    if (name === '') {
      issue(row.line, columns.name, `编码 ${code} 没有科目名称。`, `code ${code} has no name.`)
      return
    }
    const previous = entries.get(code)
    if (previous !== undefined) {
      issue(
        row.line,
        codeColumn,
        `编码 ${code} 重复（第 ${previous.line} 行已有“${excerpt(previous.name)}”）。`,
        `code ${code} appears twice (line ${previous.line} already has "${excerpt(previous.name)}").`,
      )
      return
    }
    const level: CodeLevel = code.length === 3 ? 'lei' : code.length === 5 ? 'kuan' : 'xiang'
    entries.set(code, { code, level, name, line: row.line })
  })
  for (const e of entries.values()) {
    const parent = e.code.length > 3 ? e.code.slice(0, -2) : undefined
    if (parent !== undefined && !entries.has(parent)) {
      issue(
        e.line,
        columns.kind === 'joined' ? columns.code : columns.lei,
        `编码 ${e.code} 的上级科目 ${parent} 不在表中。`,
        `the parent ${parent} of code ${e.code} is not in the list.`,
      )
    }
  }
  if (issues.length === 0 && entries.size === 0) {
    issues.push({
      path: [],
      zh: `${what.zh}中没有科目行。`,
      en: `The ${what.en} has no classification rows.`,
    })
  }
  if (issues.length > 0) {
    const first = issues[0] as MedbudgetIssue
    throw new MedbudgetError(
      'CATALOG_INVALID',
      `${what.zh}有 ${issues.length} 处错误，第一处在${first.zh}`,
      `The ${what.en} has ${issues.length} problem(s); the first at ${first.en}`,
      { path: first.path },
      issues,
    )
  }
  return [...entries.values()].map((e) => ({
    code: e.code,
    level: e.level,
    names: [{ name: e.name, from: edition }],
    provenance: [provenance],
  }))
}
