import type { NotComputableReason, PercentageCheck } from '../../calc/types'
import type { TextFigure } from '../../model/textFigure'
import { sign, sub } from '../../money/decimal'
import type { FindingDraft } from '../types'

const REASONS = {
  'zero-denominator': ['分母为零', 'the base is zero'],
  'blank-denominator': ['分母为空白', 'the base is blank'],
  'not-a-number': ['有数字不是数值（占位符）', 'a figure is not a number (placeholder)'],
} as const

/**
 * Where a text figure is, as its findings say.
 * @example
 * whereOf(figure) // { figure: 'f12', section: '三、…', sentence: 4 }
 */
const whereOf = (figure: TextFigure) => ({
  figure: figure.id,
  section: figure.section,
  sentence: figure.sentence,
})

/**
 * The message parameters every percentage finding of a text figure has.
 * @example
 * baseOf(figure, '1 / 3') // { place: '…“…”', placeEn: 'section "…", …', printed: '33.33%', inputs: '1 / 3' }
 */
const baseOf = (figure: TextFigure, inputs: string) => ({
  place: `${figure.section}“${figure.subject}”`,
  placeEn: `section "${figure.section}", ${figure.subject}`,
  printed: figure.printed,
  inputs,
})

/**
 * The draft of a percentage of the text that cannot be recomputed (`reason`): what
 * {@link percentDraft} drafts for a `not-computable` verdict, for a caller that decided it without
 * the decimal check (a zero base).
 *
 * @example
 * ```ts
 * notComputableDraft(figure, 'zero-denominator', '0.00 / 0.00').messageId // 'percent-not-computable'
 * ```
 * @internal
 */
export function notComputableDraft(
  figure: TextFigure,
  reason: NotComputableReason,
  inputs: string,
): FindingDraft {
  const [zh, en] = REASONS[reason]
  return {
    severity: 'warning',
    status: 'not-computable',
    where: whereOf(figure),
    printed: figure.value,
    messageId: 'percent-not-computable',
    params: { ...baseOf(figure, inputs), reason: zh, reasonEn: en },
  }
}

/**
 * Turns a percentage verdict on a text figure into a finding draft (`null` when right).
 *
 * @example
 * ```ts
 * percentDraft(figure, checkPercentage({ part, whole, printed }), '1 / 3') // null when right
 * ```
 * @internal
 */
export function percentDraft(
  figure: TextFigure,
  result: PercentageCheck,
  inputs: string,
): FindingDraft | null {
  if (result.status === 'right') return null
  if (result.status === 'not-computable')
    return notComputableDraft(figure, result.reason ?? 'not-a-number', inputs)
  const where = whereOf(figure)
  const base = baseOf(figure, inputs)
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
