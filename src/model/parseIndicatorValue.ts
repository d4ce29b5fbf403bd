import { deepFreeze } from '../internal/deepFreeze'
import { checkText } from '../internal/limits'

/** Comparators a performance target can state. */
export type Comparator = '>=' | '<=' | '=' | '>' | '<'

/**
 * A performance-indicator target read as a typed expression.
 *
 * - `compare`: comparator, number (canonical decimal string as printed) and unit (`%`, `元`,
 *   `人次`…; a leading 万/亿 stays in `unit` and is resolved in `scaled`);
 * - `range`: `50-70%`;
 * - `deadline`: a time limit (`不晚于12月底`, `12月底前`, `2024年底`, `2024年12月`);
 * - `text`: qualitative (`有效保障`, `明显提升`, `合理`), kept as printed.
 */
export type IndicatorValue =
  | {
      readonly kind: 'compare'
      readonly op: Comparator
      readonly value: string
      readonly unit: string
      /** The value with a 万/亿 prefix of the unit applied: `≥1.3万人次` → `{ value: '13000', unit: '人次' }`. */
      readonly scaled?: { readonly value: string; readonly unit: string }
    }
  | { readonly kind: 'range'; readonly min: string; readonly max: string; readonly unit: string }
  | {
      readonly kind: 'deadline'
      readonly text: string
      readonly year?: number
      readonly month?: number
      readonly bound: 'by' | 'at'
    }
  | { readonly kind: 'text'; readonly text: string }

const OPS: Readonly<Record<string, Comparator>> = {
  '≥': '>=',
  '>=': '>=',
  '＞=': '>=',
  '≤': '<=',
  '<=': '<=',
  '＜=': '<=',
  '=': '=',
  '＝': '=',
  '>': '>',
  '＞': '>',
  '<': '<',
  '＜': '<',
}

const toHalfWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')

const NUMBER = String.raw`(\d+(?:\.\d+)?)`
// compiled once (neither is global or sticky: no state between two reads)
const RANGE = /*#__PURE__*/ new RegExp(`^${NUMBER}(%|[^\\d%~-]*)?[-~—－至到]${NUMBER}([^\\d]*)$`)
const COMPARE = /*#__PURE__*/ new RegExp(`^(≥|>=|≤|<=|=|>|<)?${NUMBER}([^\\d]*)$`)

// Multiplies a plain decimal string by 10^k without floats.
function shift(value: string, k: number): string {
  const [int = '0', frac = ''] = value.split('.')
  const digits = int + frac.padEnd(k, '0')
  const point = int.length + k
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '')
  const rest = digits.slice(point).replace(/0+$/, '')
  return rest ? `${whole}.${rest}` : whole
}

/**
 * Reads a printed performance target (指标值) as a typed expression. Never throws: what is not
 * a number, range or deadline is qualitative text.
 *
 * @param printed - the target as printed
 * @returns the typed expression
 * @example
 * ```ts
 * parseIndicatorValue('≥97%')         // { kind: 'compare', op: '>=', value: '97', unit: '%' }
 * parseIndicatorValue('≤64320000元')  // { kind: 'compare', op: '<=', value: '64320000', unit: '元' }
 * parseIndicatorValue('≥1.3万人次')    // { kind: 'compare', op: '>=', value: '1.3', unit: '万人次', scaled: { value: '13000', unit: '人次' } }
 * parseIndicatorValue('50-70%')       // { kind: 'range', min: '50', max: '70', unit: '%' }
 * parseIndicatorValue('不晚于12月底')  // { kind: 'deadline', text: '不晚于12月底', month: 12, bound: 'by' }
 * parseIndicatorValue('有效保障')      // { kind: 'text', text: '有效保障' }
 * ```
 */
export function parseIndicatorValue(printed: string): IndicatorValue {
  // any length is read (linearly); only a value that is not text is refused
  checkText(printed, ['绩效指标值', 'indicator value'], Number.MAX_SAFE_INTEGER)
  return deepFreeze(readIndicatorValue(printed))
}

function readIndicatorValue(printed: string): IndicatorValue {
  const text = withoutThousandsSeparators(toHalfWidth(printed).replace(/\s+/g, ''))
  const range = RANGE.exec(text)
  if (range) {
    const unit = range[4] || range[2] || ''
    return { kind: 'range', min: range[1]!, max: range[3]!, unit }
  }
  const compare = COMPARE.exec(text)
  if (compare && !/[年月日底前后]/.test(compare[3] ?? '')) {
    const op = OPS[compare[1] ?? '='] ?? '='
    const value = compare[2]!
    const unit = compare[3] ?? ''
    const prefix = /^(万|亿)(.+)$/.exec(unit)
    if (prefix && prefix[1] !== undefined && prefix[2] !== undefined && !/^元/.test(unit))
      return {
        kind: 'compare',
        op,
        value,
        unit,
        scaled: { value: shift(value, prefix[1] === '万' ? 4 : 8), unit: prefix[2] },
      }
    return { kind: 'compare', op, value, unit }
  }
  const deadline =
    /^(不晚于|不迟于|于)?(?:(\d{4})年)?(?:(\d{1,2})月)?(?:底|末|份|\d{1,2}日)?(前|以前|之前|内)?$/.exec(text)
  if (deadline && (deadline[2] !== undefined || deadline[3] !== undefined)) {
    const by = deadline[1] !== undefined || deadline[4] !== undefined
    return {
      kind: 'deadline',
      text: printed,
      ...(deadline[2] !== undefined ? { year: Number(deadline[2]) } : {}),
      ...(deadline[3] !== undefined ? { month: Number(deadline[3]) } : {}),
      bound: by ? 'by' : 'at',
    }
  }
  return { kind: 'text', text: printed }
}

/**
 * Drops the commas of numbers grouped by thousands (`1,234,567.5` → `1234567.5`), and only those: a
 * comma anywhere else in a number (`1.234,56` printed the European way, `12,34`) stays, so the
 * figure is not read as a number at all rather than read wrong (`1.234,56` was 1.23456).
 *
 * @example
 * ```ts
 * withoutThousandsSeparators('预算 1,234,567.5 万元') // '预算 1234567.5 万元'
 * withoutThousandsSeparators('1.234,56') // '1.234,56' (left as printed)
 * ```
 */
function withoutThousandsSeparators(text: string): string {
  return text.replace(/\d[\d,.]*/g, (run) =>
    !run.includes(',') ? run : /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(run) ? run.replace(/,/g, '') : run,
  )
}
