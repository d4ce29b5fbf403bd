import type { PercentageCheck } from '../../calc/types'
import type { TextFigure } from '../../model/textFigure'
import { sign, sub } from '../../money/decimal'
import type { FindingDraft } from '../types'

const REASONS = {
  'zero-denominator': ['分母为零', 'the base is zero'],
  'blank-denominator': ['分母为空白', 'the base is blank'],
  'not-a-number': ['有数字不是数值（占位符）', 'a figure is not a number (placeholder)'],
} as const

/**
 * Turns a percentage verdict on a text figure into a finding draft (`null` when right).
 *
 * @internal
 */
export function percentDraft(
  figure: TextFigure,
  result: PercentageCheck,
  inputs: string,
): FindingDraft | null {
  if (result.status === 'right') return null
  const where = { figure: figure.id, section: figure.section, sentence: figure.sentence }
  const base = {
    place: `${figure.section}“${figure.subject}”`,
    placeEn: `section "${figure.section}", ${figure.subject}`,
    printed: figure.printed,
    inputs,
  }
  if (result.status === 'not-computable') {
    const [zh, en] = REASONS[result.reason ?? 'not-a-number']
    return {
      severity: 'warning',
      status: 'not-computable',
      where,
      printed: figure.value,
      messageId: 'percent-not-computable',
      params: { ...base, reason: zh, reasonEn: en },
    }
  }
  const expected = result.recomputed ? String(result.recomputed) : ''
  // a rate printed as a decrease (下降 57.38%) is compared as −57.38: say it with its sign, as the
  // expected figure and the difference are
  const signed =
    result.printed != null && sign(result.printed) < 0 && !figure.value.startsWith('-')
      ? `-${figure.value}`
      : figure.value
  const range = result.interval ? `${String(result.interval.low)}%–${String(result.interval.high)}%` : ''
  const tail = result.status === 'right-within-rounding'
  return {
    severity: tail ? 'info' : 'error',
    status: tail ? 'rounding-tail' : 'mismatch',
    where,
    expected,
    printed: signed,
    ...(result.printed && result.recomputed
      ? { difference: String(sub(result.printed, result.recomputed)) }
      : {}),
    messageId: tail ? 'percent-tail' : 'percent-wrong',
    params: { ...base, expected: `${expected}%`, range },
  }
}
