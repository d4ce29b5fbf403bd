/**
 * Finds the numbers of a sentence that carry a unit (万元, %, 辆 …): a hand-written scanner, one
 * pass over the text, so that no input can make it slow (no regular expression backtracks here).
 * @module
 */

/** How a unit is counted: money, a percentage, or a count of things. */
export type UnitClass = 'money' | 'percent' | 'count'

/** A number with its unit, found in a sentence. */
export interface ScannedNumber {
  /** Offset of the first character of the number in the sentence. */
  readonly start: number
  /** Offset just past the unit. */
  readonly end: number
  /** Number and unit exactly as printed (OCR spaces, separators, full-width digits kept). */
  readonly printed: string
  /** The number in plain decimal notation ('8938.04'), or the placeholder as printed ('××.××'). */
  readonly value: string
  /** The unit as printed ('万元', '%', '台（套）'); full-width ％ is given as '%'. */
  readonly unit: string
  readonly unitClass: UnitClass
}

/** Units in the order they are tried (longest first where one is a prefix of another). */
const UNITS: readonly (readonly [string, UnitClass, string?])[] = [
  ['万元', 'money'],
  ['亿元', 'money'],
  ['元', 'money'],
  ['%', 'percent'],
  ['％', 'percent', '%'],
  ['个百分点', 'percent'],
  ['台（套）', 'count'],
  ['台(套)', 'count', '台（套）'],
  ['人次', 'count'],
  ['辆', 'count'],
  ['台', 'count'],
  ['套', 'count'],
  ['名', 'count'],
  ['个', 'count'],
  ['项', 'count'],
  ['次', 'count'],
  ['分', 'count'],
  ['人', 'count'],
  ['户', 'count'],
  ['家', 'count'],
  ['件', 'count'],
  ['处', 'count'],
  ['所', 'count'],
]

/** Characters that, right after a unit, show it was not a unit (项目, 分别, 人员 …). */
const NOT_AFTER: Readonly<Record<string, string>> = {
  项: '目',
  分: '别钟之配析期批类管散担',
  人: '员民口均群',
  个: '人体别',
  次: '性数年日',
  名: '称单义',
  所: '属在有需得以',
  处: '理置室长级罚',
  户: '籍口',
  家: '庭',
  件: '数',
  套: '餐',
  元: '旦',
}

const isDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'))
const asciiDigit = (c: string): string =>
  c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c
const isPoint = (c: string | undefined): boolean => c === '.' || c === '．'
const isComma = (c: string | undefined): boolean => c === ',' || c === '，'
const isPlaceholder = (c: string | undefined): boolean => c === '×' || c === 'X' || c === '＊' || c === '*'

/** Consumes exactly three digits at `i` (a thousands group), or returns -1. */
function group(text: string, i: number): number {
  return isDigit(text[i]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3])
    ? i + 3
    : -1
}

/**
 * Reads a number printed one character apart ('1 7 4 , 1 7 7 . 8 5') from `i`: digits, separators and
 * one point, each followed by one space. Returns its digits and the offset after it (before the unit).
 */
function spacedNumber(
  text: string,
  i: number,
): { digits: string; fraction: string; end: number } | undefined {
  let digits = ''
  let fraction = ''
  let inFraction = false
  let j = i
  for (;;) {
    const c = text[j]
    if (isDigit(c)) {
      if (inFraction) fraction += asciiDigit(c as string)
      else digits += asciiDigit(c as string)
    } else if (isComma(c) && !inFraction && digits.length > 0) {
      // a thousands separator
    } else if (isPoint(c) && !inFraction && digits.length > 0) inFraction = true
    else break
    j++
    if (text[j] === ' ' && (isDigit(text[j + 1]) || isComma(text[j + 1]) || isPoint(text[j + 1]))) j++
    else {
      if (isDigit(text[j]) || isPoint(text[j])) continue
      break
    }
    if (digits.length + fraction.length > 24) return undefined
  }
  if (inFraction && fraction === '') return undefined
  return { digits, fraction, end: j }
}

/** Reads the unit at `i` (after at most one space), or undefined. */
function unitAt(text: string, i: number): { unit: string; unitClass: UnitClass; end: number } | undefined {
  const at = text[i] === ' ' ? i + 1 : i
  for (const [printed, unitClass, canonical] of UNITS) {
    const end = matchSpaced(text, at, printed)
    if (end < 0) continue
    const next = text[end]
    const banned = NOT_AFTER[printed]
    if (next !== undefined && banned?.includes(next)) return undefined
    return { unit: canonical ?? printed, unitClass, end }
  }
  return undefined
}

/**
 * Matches `word` at `at`, allowing one space between its characters as spaced-out prints have them
 * ('474.56 万 元'); returns the offset just past it, or -1.
 */
function matchSpaced(text: string, at: number, word: string): number {
  let j = at
  for (let k = 0; k < word.length; k++) {
    if (k > 0 && text[j] === ' ' && text[j + 1] === word[k]) j++
    if (text[j] !== word[k]) return -1
    j++
  }
  return j
}

/**
 * Lists the numbers of `text` that carry a unit, in order. A year (`2024年`), a date, a document
 * number or an ordinal has no unit and is not listed; a placeholder such as `××.××万元` is.
 *
 * @param text - a sentence (any length; the scan is linear)
 * @returns the numbers found, with offsets into `text`
 * @example
 * ```ts
 * scanFigures('收入总计8,944.03万元，增长14.00%')
 * // [{ printed: '8,944.03万元', value: '8944.03', unit: '万元', … }, { printed: '14.00%', value: '14.00', unit: '%', … }]
 * ```
 */
export function scanFigures(text: string): ScannedNumber[] {
  const found: ScannedNumber[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    const prev = text[i - 1]
    if (isDigit(c) && !isDigit(prev) && !isPoint(prev) && !/[A-Za-z]/.test(prev ?? '')) {
      const start = i
      let digits = ''
      // a point spaced out right after the first digit ('3 . 8 3 万 元'), or a thousands separator
      // before three spaced digits ('1 , 2 3 4 万 元')
      const spacedMark =
        text[i + 3] === ' ' &&
        isDigit(text[i + 4]) &&
        (isPoint(text[i + 2]) ||
          (isComma(text[i + 2]) && isDigit(text[i + 6]) && isDigit(text[i + 8]) && !isDigit(text[i + 10])))
      if (text[i + 1] === ' ' && (isDigit(text[i + 2]) || spacedMark) && !isDigit(text[i - 2])) {
        // a spaced-out print ('1 7 4 , 1 7 7 . 8 5 万 元'): each character apart, read as one number
        const spaced = spacedNumber(text, i)
        if (spaced) {
          const unit = unitAt(text, spaced.end)
          if (unit && spaced.digits.length <= 18) {
            found.push({
              start,
              end: unit.end,
              printed: text.slice(start, unit.end),
              value: spaced.fraction ? `${spaced.digits}.${spaced.fraction}` : spaced.digits,
              unit: unit.unit,
              unitClass: unit.unitClass,
            })
            i = unit.end
            continue
          }
        }
      }
      while (isDigit(text[i])) digits += asciiDigit(text[i++] as string)
      // thousands groups: 8,944.03 or OCR 132, 372
      for (;;) {
        if (!isComma(text[i])) break
        const after = text[i + 1] === ' ' ? i + 2 : i + 1
        const g = group(text, after)
        if (g < 0 || digits.length > 3 * 7) break
        digits += text.slice(after, g).split('').map(asciiDigit).join('')
        i = g
      }
      let fraction = ''
      if (isPoint(text[i])) {
        const after = text[i + 1] === ' ' && isDigit(text[i + 2]) ? i + 2 : i + 1
        if (isDigit(text[after])) {
          let j = after
          while (isDigit(text[j])) fraction += asciiDigit(text[j++] as string)
          i = j
        }
      }
      const unit = unitAt(text, i)
      if (unit && digits.length <= 18) {
        found.push({
          start,
          end: unit.end,
          printed: text.slice(start, unit.end),
          value: fraction ? `${digits}.${fraction}` : digits,
          unit: unit.unit,
          unitClass: unit.unitClass,
        })
        i = unit.end
      }
      continue
    }
    if (isPlaceholder(c) && !isPlaceholder(prev)) {
      const start = i
      while (isPlaceholder(text[i])) i++
      if (isPoint(text[i]) && isPlaceholder(text[i + 1])) {
        i++
        while (isPlaceholder(text[i])) i++
      }
      const unit = unitAt(text, i)
      if (unit && unit.unitClass !== 'count') {
        const printedNumber = text.slice(start, i).trimEnd()
        found.push({
          start,
          end: unit.end,
          printed: text.slice(start, unit.end),
          value: printedNumber,
          unit: unit.unit,
          unitClass: unit.unitClass,
        })
        i = unit.end
      }
      continue
    }
    i++
  }
  return found
}
