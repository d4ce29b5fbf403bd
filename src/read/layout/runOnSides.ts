/**
 * A two-sided 收支 table (收入 项目 | 金额 | 支出 项目 | 金额) that an OCR-like extraction wrote as one
 * text cell per line, the 支出 amount alone after a tab, and with lines that run on: the text of a
 * line carries on with the text of the lines after it (`一、一般公共预算 132, 372. 61 一、一般公共服务
 * 其中: 财政拨款 …`). Each line is cut where the next line's text begins (what the next line lost of
 * its own text is given back to it), then split into its 收入 label, the 收入 amount printed after
 * it, and its 支出 label; a line printing one label is put on the side its ordinal continues
 * (十一、 after 十、 on the 支出 side) or, unnumbered, on the side its words name. Nothing is guessed:
 * a line that does not split this way keeps its text as the 收入 label, and an amount printed
 * without a label stays without one (the interpretation reports it).
 * Linear in lines × line length; each line is cut to {@link MAX_LINE} characters.
 * @module
 */

/**
 * Longest text of a line looked at; longer lines are cut (never a quadratic search on huge input).
 * @example
 * const text = line.cells.join('').slice(0, MAX_LINE)
 */
export const MAX_LINE = 2000

/** A line of the table as given: its cells (label text, then the 支出 amount) and page. */
export interface RunOnLine {
  readonly cells: readonly string[]
  readonly page: number
}

const squeeze = (text: string): string => text.replace(/\s+/g, '').slice(0, MAX_LINE)

const NUMERAL = '一二三四五六七八九十'
/** An amount as printed inside a text (spaces already removed): 132,372.61 · 92.68 · 4.25 */
const AMOUNT = /-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,4})/g
/** Where a numbered label starts inside a text: 二、 · 十一、 · (三) · （十二） */
const LABEL_START =
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,4}、|[(（][一二三四五六七八九十]{1,4}[)）]/g

/**
 * The value of a Chinese ordinal up to 九十九 (一 → 1, 十一 → 11, 三十四 → 34), or undefined.
 * @example
 * ordinalValue('十一、其他') // 11
 * ordinalValue('（三）') // 3
 * ordinalValue('本年收入') // undefined
 */
function ordinalValue(label: string): number | undefined {
  const m = /^[(（]?([一二三四五六七八九十]{1,4})[、)）]/.exec(label)
  if (!m) return undefined
  const t = m[1]!
  const digit = (ch: string | undefined): number => (ch === undefined ? 0 : NUMERAL.indexOf(ch) + 1)
  const ten = t.indexOf('十')
  if (ten < 0) return t.length === 1 ? digit(t) : undefined
  const tens = ten === 0 ? 1 : digit(t[ten - 1])
  const units = t.length > ten + 1 ? digit(t[ten + 1]) : 0
  return tens > 9 || units > 9 || t.length > ten + 2 ? undefined : tens * 10 + units
}

/**
 * Pieces of a line's text in order: labels and amounts.
 * @example
 * pieces('一、本年收入132,372.61二、上年结转')
 * // [{ kind: 'label', text: '一、本年收入' }, { kind: 'amount', text: '132,372.61' },
 * //  { kind: 'label', text: '二、上年结转' }]
 */
function pieces(text: string): { kind: 'label' | 'amount'; text: string }[] {
  const out: { kind: 'label' | 'amount'; text: string }[] = []
  const pushLabel = (t: string): void => {
    let last = 0
    for (const m of t.matchAll(LABEL_START)) {
      if (m.index > last) out.push({ kind: 'label', text: t.slice(last, m.index) })
      last = m.index
    }
    if (t.length > last) out.push({ kind: 'label', text: t.slice(last) })
  }
  let last = 0
  for (const m of text.matchAll(AMOUNT)) {
    pushLabel(text.slice(last, m.index))
    out.push({ kind: 'amount', text: m[0] })
    last = m.index + m[0].length
  }
  pushLabel(text.slice(last))
  return out
}

/**
 * Whether the lines run on: at least two lines whose text carries on with the next line's.
 * @example
 * runsOn(['支出合计一、基本支出二、项目支出', '一、基本支出二、项目支出', '二、项目支出']) // true
 * runsOn(['一、基本支出', '二、项目支出']) // false
 */
function runsOn(texts: readonly string[]): boolean {
  let count = 0
  for (let i = 0; i + 1 < texts.length; i++) {
    const next = texts[i + 1]!
    if (next.length >= 4 && texts[i]!.indexOf(next) > 0) count++
  }
  return count >= 2
}

/**
 * Rebuilds a run-on two-sided table, or returns `undefined` when the lines are not of that shape
 * (then they are read as printed).
 *
 * @param lines - the header and body lines of the table, in order, each with at most two cells
 * @returns the header paths (收入/项目, 收入/金额, 支出/项目, 支出/金额) and one row of four cells per body line
 * @example
 * ```ts
 * const rows = unscrambleRunOnSides([
 *   { cells: ['收入 支出 项目 金额 项目 一、一般公共预算 5.00 一、一般公共服务 二、外交支出', '金额'], page: 1 },
 *   { cells: ['一、一般公共预算 5.00 一、一般公共服务 二、外交支出', ''], page: 1 },
 *   { cells: ['二、外交支出', '5.00'], page: 1 },
 * ])
 * rows?.rows.map((r) => r.cells) // [['一、一般公共预算', '5.00', '一、一般公共服务', ''], ['', '', '二、外交支出', '5.00']]
 * ```
 */
export function unscrambleRunOnSides(
  lines: readonly RunOnLine[],
): { headers: string[][]; rows: { cells: string[]; page: number }[] } | undefined {
  if (lines.length < 3 || lines.some((l) => l.cells.filter((c) => c.trim() !== '').length > 2))
    return undefined
  if (lines.some((l) => l.cells.length > 2)) return undefined
  const texts = lines.map((l) => squeeze(l.cells[0] ?? ''))
  if (!runsOn(texts)) return undefined
  // each line cut where the next line's text begins; what the next line lost is given back to it
  const own = [...texts]
  const extra: string[] = texts.map(() => '')
  for (let i = 0; i + 1 < texts.length; i++) {
    const next = texts[i + 1]!
    const at = next.length >= 4 ? texts[i]!.indexOf(next) : -1
    if (at <= 0) continue
    own[i] = texts[i]!.slice(0, at)
    const rest = texts[i]!.slice(at + next.length)
    const nextRunsOn = i + 2 < texts.length && texts[i + 2]!.length >= 4 && next.indexOf(texts[i + 2]!) > 0
    const seenLater = texts.slice(i + 2).some((t) => t.includes(rest))
    if (rest !== '' && !nextRunsOn && !seenLater) extra[i + 1] = rest
  }
  const joined = own.map((t, i) => `${t}${extra[i]}`)
  // the header: the lines before the first that prints a numbered label or an amount
  let first = joined.findIndex(
    (t) => /\d/.test(t) || pieces(t).some((p) => ordinalValue(p.text) !== undefined),
  )
  if (first < 0) first = joined.length
  const headerText =
    joined.slice(0, first).join('') +
    lines
      .slice(0, first)
      .map((l) => squeeze(l.cells[1] ?? ''))
      .join('')
  if (!/收入/.test(headerText) || !/支出/.test(headerText)) return undefined
  const headerWords = new Set(['金额', '项目', '收入', '支出'])

  let lastLeft = 0
  let lastRight = 0
  const rows: { cells: string[]; page: number }[] = []
  for (let i = first; i < lines.length; i++) {
    const value = squeeze(lines[i]!.cells[1] ?? '')
    const right = headerWords.has(value) ? '' : (lines[i]!.cells[1] ?? '').trim()
    const ps = pieces(joined[i]!)
    const labels = ps.filter((p) => p.kind === 'label')
    const cells = ['', '', '', right]
    if (labels.length === 2 && ps.filter((p) => p.kind === 'amount').length <= 1 && ps[0]!.kind === 'label') {
      cells[0] = ps[0]!.text
      if (ps[1]!.kind === 'amount') cells[1] = ps[1]!.text
      cells[2] = labels[1]!.text
      if (ps.at(-1)!.kind === 'amount' && cells[3] === '') cells[3] = ps.at(-1)!.text
    } else if (labels.length === 1 && ps[0]!.kind === 'label' && ps.length <= 2) {
      const label = labels[0]!.text
      const n = ordinalValue(label)
      const leftNext = n !== undefined && n === lastLeft + 1
      const rightNext = n !== undefined && n === lastRight + 1
      // the side its ordinal continues; else the side numbered closest below it (二十七、 after 二十四、);
      // unnumbered, or as close to both, the side its words name
      const closer =
        n === undefined || lastLeft === lastRight
          ? undefined
          : lastRight < n && (lastLeft >= n || lastRight > lastLeft)
            ? true
            : lastLeft < n && (lastRight >= n || lastLeft > lastRight)
              ? false
              : undefined
      const onRight =
        rightNext && !leftNext
          ? true
          : leftNext && !rightNext
            ? false
            : (closer ?? /支出|年终|年末|支$/.test(label))
      const amount = ps[1]?.text ?? ''
      if (onRight) {
        cells[2] = label
        if (cells[3] === '') cells[3] = amount
      } else {
        cells[0] = label
        cells[1] = amount
      }
    } else if (labels.length === 0 && ps.length === 0) {
      // an amount alone on its line: no label on either side
    } else cells[0] = joined[i]!
    const l = ordinalValue(cells[0]!)
    const r = ordinalValue(cells[2]!)
    if (l !== undefined) lastLeft = l
    if (r !== undefined) lastRight = r
    if (cells.some((c) => c !== '')) rows.push({ cells, page: lines[i]!.page })
  }
  return {
    headers: [
      ['收入', '项目'],
      ['收入', '金额'],
      ['支出', '项目'],
      ['支出', '金额'],
    ],
    rows,
  }
}
