/**
 * RFC 4180 CSV in one pass (quoted fields may hold commas, line breaks and doubled quotes): each
 * row that is not blank, with the line it starts on. A leading byte-order mark is dropped.
 *
 * @example
 * ```ts
 * [...csvRows('a,"b,c"\n\n1,2')] // [{ cells: ['a', 'b,c'], line: 1 }, { cells: ['1', '2'], line: 3 }]
 * ```
 * @internal
 */
export function* csvRows(text: string): Generator<{ readonly cells: string[]; readonly line: number }> {
  let row: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        field += ch
      }
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f.trim() !== '')) yield { cells: row, line: start }
      row = []
      field = ''
      line++
      start = line
    } else field += ch
  }
  row.push(field)
  if (row.some((f) => f.trim() !== '')) yield { cells: row, line: start }
}

/** A figure as printed: a spreadsheet reads it as a number, never as a formula. */
const FIGURE = /^[+-]?[\d,]*\.?\d+%?$/

/**
 * One CSV field (RFC 4180 quoting), with formula injection neutralised: a text a spreadsheet would
 * evaluate (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd`, `-1+1`, a leading tab or carriage return) is written
 * with a leading `'`, which spreadsheets show as text. Figures (`-12.50`, `8,938.04`, `5%`) and dashes
 * (`-`) are written as they are.
 *
 * @param raw - the field's text
 * @returns the field as written between commas
 * @example
 * ```ts
 * csvField('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 * csvField('-12.50') // '-12.50'
 * csvField('a,b') // '"a,b"'
 * ```
 * @internal
 */
export function csvField(raw: string): string {
  const first = raw.charCodeAt(0)
  // = + - @ \t \r
  const formula =
    (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) &&
    !FIGURE.test(raw) &&
    !/^-+$/.test(raw)
  const s = formula ? `'${raw}` : raw
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
