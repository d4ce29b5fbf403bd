/**
 * A 收支总表 amount the extraction printed without its label, where the numbered 类 lines around it
 * decide the label: the line above is `七、文化旅游体育与传媒` (类 207), the line below
 * `九、社会保险基金支出` (类 209), `八、` is printed nowhere, and the amount is the only one between
 * them, so it is 类 208's. Anything less certain (no gap in the numbering, a gap of more than one,
 * neighbours that are not consecutive 类 of the catalog, two amounts in the gap) is left as printed
 * for the row reader to report. Linear in rows × columns.
 * @module
 */
import type { Catalog } from '../../codes/catalog'
import type { GridTable } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import { splitOrdinal } from './normalizeLabel'

const DIGITS = '一二三四五六七八九'

/**
 * A Chinese ordinal up to 九十九 as a number.
 * @example
 * ordinalValue('二十一') // 21
 */
function ordinalValue(text: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text)
  if (!m || text === '') return undefined
  const [, tens, ten, ones] = m
  if (ten === '') return tens === '' || ones !== '' ? undefined : DIGITS.indexOf(tens!) + 1
  return (tens === '' ? 1 : DIGITS.indexOf(tens!) + 1) * 10 + (ones === '' ? 0 : DIGITS.indexOf(ones!) + 1)
}

/**
 * A number from 1 to 99 as a Chinese ordinal ('八', '十九', '二十一').
 *
 * @example
 * ```ts
 * ordinalText(8) // '八'
 * ordinalText(21) // '二十一'
 * ```
 */
function ordinalText(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const t = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens - 1]}十`
  return `${t}${ones === 0 ? '' : DIGITS[ones - 1]}`
}

/**
 * The 类 code a printed name is, exactly (with or without its trailing 支出).
 *
 * @example
 * ```ts
 * leiOf('社会保障和就业', functionalCatalog) // '208'
 * leiOf('科学技术支出', functionalCatalog) // '206'
 * leiOf('行政运行', functionalCatalog) // undefined (a 项, not a 类)
 * ```
 */
function leiOf(name: string, catalog: Catalog<string>): string | undefined {
  const squeezed = name.replace(/\s+/g, '')
  if (squeezed === '') return undefined
  for (const e of catalog.entries) {
    if (e.code.length !== 3) continue
    for (const n of e.names)
      if (n.name === squeezed || n.name === `${squeezed}支出` || `${n.name}支出` === squeezed) return e.code
  }
  return undefined
}

/**
 * Gives an unlabeled amount of a two-sided 收支总表 the label of the one numbered 类 line missing
 * around it, when the numbering and the catalog decide it (see the module comment).
 *
 * @param grid - a two-sided table (columns with `block`)
 * @param catalog - the functional classification catalog
 * @param tableId - the table's id, for the diagnostics
 * @returns the grid (the same object when nothing was filled) and an info diagnostic per label filled
 * @example
 * ```ts
 * // 支出 side: '七、文化旅游体育与传媒' | '' ; '' | '760.78' ; '九、社会保险基金支出' | ''
 * fillOrdinalGaps(grid, functionalCatalog, 'summary').grid.rows[1].cells[2] // '八、社会保障和就业支出'
 * ```
 */
export function fillOrdinalGaps(
  grid: GridTable,
  catalog: Catalog<string>,
  tableId: string,
): { grid: GridTable; diagnostics: ReadDiagnostic[] } {
  const diagnostics: ReadDiagnostic[] = []
  const rows = grid.rows.map((r) => [...r.cells])
  const blocks = new Set(grid.columns.map((c) => c.block).filter((b) => b !== undefined))
  for (const block of blocks) {
    const label = grid.columns.findIndex((c) => c.block === block && c.role === 'label')
    const values = grid.columns.flatMap((c, i) => (c.block === block && c.role === 'value' ? [i] : []))
    if (label < 0 || values.length === 0) continue
    const labeled = rows.flatMap((cells, i) => ((cells[label] ?? '').trim() !== '' ? [i] : []))
    for (let k = 0; k + 1 < labeled.length; k++) {
      const above = labeled[k]!
      const below = labeled[k + 1]!
      const gap = rows
        .slice(above + 1, below)
        .flatMap((cells, j) => (values.some((v) => (cells[v] ?? '').trim() !== '') ? [above + 1 + j] : []))
      if (gap.length !== 1) continue
      const a = splitOrdinal(rows[above]![label]!)
      const b = splitOrdinal(rows[below]![label]!)
      const na = a.ordinal !== undefined ? ordinalValue(a.ordinal) : undefined
      const nb = b.ordinal !== undefined ? ordinalValue(b.ordinal) : undefined
      if (na === undefined || nb !== na + 2) continue
      const la = leiOf(a.rest, catalog)
      const lb = leiOf(b.rest, catalog)
      if (la === undefined || lb === undefined || Number(lb) - Number(la) !== 2) continue
      const missing = String(Number(la) + 1)
      const entry = catalog.get(missing)
      const name = entry?.names[entry.names.length - 1]?.name
      if (name === undefined) continue
      const filled = `${ordinalText(na + 1)}、${name}`
      rows[gap[0]!]![label] = filled
      diagnostics.push({
        code: 'CODE_RECOVERED',
        severity: 'info',
        table: tableId,
        ...(grid.rows[gap[0]!]?.page !== undefined ? { page: grid.rows[gap[0]!]!.page } : {}),
        message: {
          zh: `一个金额未印行名：位于“${rows[above]![label]}”与“${rows[below]![label]}”之间，其间唯一缺印的序号为“${ordinalText(na + 1)}”，按科目取为“${filled}”（${missing}）`,
          en: `an amount prints no label: it lies between "${rows[above]![label]}" and "${rows[below]![label]}", the one number missing between them is ${na + 1}; read as "${filled}" (${missing})`,
        },
      })
    }
  }
  if (diagnostics.length === 0) return { grid, diagnostics }
  return { grid: { ...grid, rows: grid.rows.map((r, i) => ({ ...r, cells: rows[i]! })) }, diagnostics }
}
