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
