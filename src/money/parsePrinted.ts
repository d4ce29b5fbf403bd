import { MedbudgetError } from '../errors'
import { checkText, excerpt } from '../internal/limits'
import { fromPlainDigits, MAX_DECIMALS, MAX_INPUT_DIGITS } from './decimal'
import type { MoneyUnit, Printed } from './types'

/** Dashes that print "nothing here" (the same set the document model accepts in a cell). */
const DASHES: ReadonlySet<string> = /*#__PURE__*/ new Set(['-', '—', '－', '--', '——', '–'])

/** A placeholder: only the marks publishers leave for a figure never filled in (××.××, ·, XX, ***). */
const PLACEHOLDER = /^[×xX*＊·•．.…?？]+(元|万元|亿元)?$/

const UNIT = /(亿元|万元|元)$/

const BLANK: Printed = /*#__PURE__*/ Object.freeze({ kind: 'blank' })

/**
 * Full-width and look-alike characters that PDF extraction and Chinese typesetting produce,
 * mapped to their ASCII form. The minus sign U+2212 and full-width minus are minus signs.
 */
function normalize(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48)
    else if (ch === '，') out += ','
    else if (ch === '．') out += '.'
    else if (ch === '－' || ch === '−') out += '-'
    else if (ch === '＋') out += '+'
    else if (ch === '（') out += '('
    else if (ch === '）') out += ')'
    else if (ch === '\u3000' || ch === '\u00a0' || ch === '\t') out += ' '
    else out += ch
  }
  return out
}

/**
 * Removes the white space on either side of each `,` and `.` in one pass (a regular expression
 * `\s*([,.])\s*` rescans every run of spaces from each of its positions: quadratic).
 */
function closeSeparatorGaps(s: string): string {
  let out = ''
  let i = 0
  const n = s.length
  while (i < n) {
    const ch = s[i] as string
    if (ch !== ' ' && !/\s/.test(ch)) {
      out += ch
      i++
      continue
    }
    let j = i
    while (j < n && /\s/.test(s[j] as string)) j++
    const before = out[out.length - 1]
    const after = s[j]
    if (before !== ',' && before !== '.' && after !== ',' && after !== '.') out += s.slice(i, j)
    i = j
  }
  return out
}

/**
 * The error for a cell that carries a byte-order mark (U+FEFF): strip it where the file is read.
 * @example
 * ```ts
 * bomInCell('\uFEFF123').code // 'AMOUNT_MALFORMED'
 * ```
 * @internal
 */
export function bomInCell(text: string): MedbudgetError {
  return malformed(
    text,
    '含字节顺序标记（BOM，U+FEFF）：它属于文件开头而非单元格，请在读取文件时去掉',
    'it carries a byte-order mark (U+FEFF), which belongs to the start of a file, not to a cell: strip it when reading the file',
  )
}

function malformed(text: string, zhWhy: string, enWhy: string): MedbudgetError {
  const shown = excerpt(text)
  return new MedbudgetError(
    'AMOUNT_MALFORMED',
    `无法识别的金额“${shown}”：${zhWhy}`,
    `Not an amount: "${shown}": ${enWhy}`,
    {
      input: shown,
    },
  )
}

/**
 * Reads a figure as printed in a disclosure (table cell or sentence) into a typed printed value.
 *
 * Understands thousands separators (`8,938.04`), OCR spacing around separators (`132, 372. 61`
 * is 132372.61, `107. 4` is 107.4), full-width digits and punctuation (`１，２３４．５６`), minus
 * signs (`-`, `−`, `－`) and parentheses for negatives (`(12.00)`), and a trailing unit (`元`,
 * `万元`, `亿元`, recorded in `unit`, the value is not converted). Keeps the printed precision of
 * each figure: `'9,187.2'` has 1 decimal. A blank (empty or whitespace), a dash (`-`, `—`, `－`,
 * `--`) and a placeholder (`××.××`, `·`, `XX`, `***`) are values of their own, kept as printed.
 *
 * Thousands separators must group by three (`1,001.25`); a misplaced comma is reported, not
 * guessed at. A printed `-0.00` is read as `0.00` (a zero has no sign).
 *
 * @param text - the printed figure
 * @returns the typed printed value (frozen)
 * @throws MedbudgetError `AMOUNT_OUT_OF_RANGE` past 400 digits, `PRECISION_INVALID` past 100
 * decimals, `AMOUNT_MALFORMED` for anything else, naming what was found
 * @example
 * ```ts
 * parsePrinted('132, 372. 61') // { kind: 'amount', value: 132372.61, decimals: 2 }
 * parsePrinted('0.67万元')     // { kind: 'amount', value: 0.67, decimals: 2, unit: '万元' }
 * parsePrinted('(1,234.5)')    // { kind: 'amount', value: -1234.5, decimals: 1 }
 * parsePrinted('××.××')        // { kind: 'placeholder', text: '××.××' }
 * parsePrinted('—')            // { kind: 'dash', text: '—' }
 * parsePrinted('  ')           // { kind: 'blank' }
 * ```
 */
export function parsePrinted(text: string): Printed {
  const trimmed = checkText(text, ['金额', 'printed figure']).trim()
  // trim() drops a byte-order mark at either end as if it were a space; it marks a file, not a cell
  // (amount() refuses it, and so does this parser anywhere else in the cell): refused here too
  if (trimmed.length !== text.length && text.includes('\uFEFF')) throw bomInCell(text)
  if (trimmed === '') return BLANK
  // the common case, plain ASCII digits ('8938.04'): nothing to normalise, no unit, no sign
  const plain = PLAIN.exec(trimmed)
  if (plain !== null) return plainAmount(plain[1]!, plain[2] ?? '')
  // the next most common, a figure grouped by thousands ('8,938.04'): the separators dropped, nothing else to do
  const grouped = GROUPED.exec(trimmed)
  if (grouped !== null) return plainAmount(grouped[1]!.replace(/,/g, ''), grouped[2] ?? '')
  if (DASHES.has(trimmed)) return Object.freeze({ kind: 'dash', text: trimmed })
  if (PLACEHOLDER.test(trimmed.replace(/\s+/g, '')))
    return Object.freeze({ kind: 'placeholder', text: trimmed })

  let s = normalize(trimmed).trim()
  let unit: MoneyUnit | undefined
  const u = UNIT.exec(s)
  if (u !== null) {
    unit = u[1] as MoneyUnit
    s = s.slice(0, s.length - unit.length).trim()
  }
  let negative = false
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true
    s = s.slice(1, -1).trim()
  }
  if (s.startsWith('-') || s.startsWith('+')) {
    if (negative && s.startsWith('-')) {
      throw malformed(trimmed, '括号和负号重复', 'both parentheses and a minus sign')
    }
    negative = negative || s.startsWith('-')
    s = s.slice(1).trim()
  }
  // OCR puts spaces around separators ('132, 372. 61'); a space between two digits is not
  // bridged, so '92.68 92.68' (two cells run together) stays an error.
  s = closeSeparatorGaps(s)

  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s)
  if (m === null) throw explain(trimmed, s)
  const intPart = (m[1] ?? '').replace(/,/g, '')
  const fraction = m[2] ?? ''
  if (intPart.length + fraction.length > MAX_INPUT_DIGITS) {
    throw new MedbudgetError(
      'AMOUNT_OUT_OF_RANGE',
      `金额数字过长（超过 ${MAX_INPUT_DIGITS} 位）`,
      `The amount has more than ${MAX_INPUT_DIGITS} digits`,
      { input: excerpt(trimmed) },
    )
  }
  // every money function (toCanonical, printedInterval, checkSum, the ratios) takes at most
  // MAX_DECIMALS: a figure printed with more is refused here, not by the next function it meets
  if (fraction.length > MAX_DECIMALS) {
    throw new MedbudgetError(
      'PRECISION_INVALID',
      `印刷数的小数位过多（${fraction.length} 位，最多 ${MAX_DECIMALS} 位）：“${excerpt(trimmed)}”`,
      `The printed figure has too many decimals (${fraction.length}, at most ${MAX_DECIMALS}): "${excerpt(trimmed)}"`,
      { input: excerpt(trimmed) },
    )
  }
  const value = fromPlainDigits(intPart, fraction, negative)
  return Object.freeze(
    unit === undefined
      ? { kind: 'amount', value, decimals: fraction.length }
      : { kind: 'amount', value, decimals: fraction.length, unit },
  )
}

// up to 30 digits before and after the point: far below MAX_INPUT_DIGITS, so no length check is needed
const PLAIN = /^(\d{1,30})(?:\.(\d{1,30}))?$/
// thousands grouped by three, up to 10 groups (a figure of 33 digits before the point)
const GROUPED = /^(\d{1,3}(?:,\d{3}){1,10})(?:\.(\d{1,30}))?$/

function plainAmount(intPart: string, fraction: string): Printed {
  return Object.freeze({
    kind: 'amount',
    value: fromPlainDigits(intPart, fraction),
    decimals: fraction.length,
  })
}

function explain(original: string, s: string): MedbudgetError {
  if (s.includes('%'))
    return malformed(
      original,
      '这是百分比，不是金额（请用 parsePercent）',
      'this is a percentage (use parsePercent)',
    )
  if (/\d\s+\d/.test(s)) {
    return malformed(
      original,
      '数字中间有空格，可能是两个单元格连在一起',
      'digits separated by a space, perhaps two cells run together',
    )
  }
  if (/^[\d,]*\.[\d,]*\.[\d.,]*$/.test(s))
    return malformed(original, '有多个小数点', 'more than one decimal point')
  if (/^[\d,]+(\.\d+)?$/.test(s)) {
    return malformed(
      original,
      '千分位逗号位置不对（应每三位一组）',
      'thousands separators not in groups of three',
    )
  }
  if (/^\.\d+$/.test(s) || /^\d+\.$/.test(s)) {
    return malformed(original, '小数点前或后缺少数字', 'a digit is missing before or after the decimal point')
  }
  const odd = [...s].find((ch) => !/[\d.,+\-()]/.test(ch))
  if (odd !== undefined)
    return malformed(original, `含有非数字字符“${odd}”`, `contains the character "${odd}"`)
  return malformed(
    original,
    '不是数字、空白、短横线或占位符',
    'neither a number, a blank, a dash nor a placeholder',
  )
}
