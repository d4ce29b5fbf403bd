/**
 * Internal: turns a calculation input into an exact value and its rounding half-width.
 * @module
 */
import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { amount, halfUlp, isAmount } from '../money/decimal'
import type { Amount } from '../money/types'
import type { CalcInput, NotComputableRatio, NotComputableReason } from './types'

/** An operand read for a calculation: its value and the half-width of its rounding interval. */
export type Operand =
  | {
      readonly kind: 'value'
      readonly value: Amount
      readonly width: Amount
      readonly decimals: number | null
    }
  | { readonly kind: 'blank' }
  | { readonly kind: 'placeholder' }

/** Reads an input; an exact amount has width zero, blank and dash are `blank`. @internal */
export function operand(x: CalcInput): Operand {
  if (isAmount(x)) return { kind: 'value', value: x, width: amount(0), decimals: null }
  if (x === null || typeof x !== 'object') return invalidOperand(x)
  let kind: unknown
  try {
    kind = x.kind
  } catch {
    return invalidOperand(x)
  }
  switch (kind) {
    case 'amount': {
      const p = x as Extract<CalcInput, { readonly kind: 'amount' }>
      let value: unknown
      let decimals: unknown
      try {
        ;[value, decimals] = [p.value, p.decimals]
      } catch {
        return invalidOperand(x)
      }
      if (!isAmount(value) || !Number.isSafeInteger(decimals)) return invalidOperand(x)
      return {
        kind: 'value',
        value: value as Amount,
        width: halfUlp(decimals as number),
        decimals: decimals as number,
      }
    }
    case 'blank':
    case 'dash':
      return { kind: 'blank' }
    case 'placeholder':
      return { kind: 'placeholder' }
  }
  return invalidOperand(x)
}

function invalidOperand(x: unknown): never {
  throw new MedbudgetError(
    'CALC_INVALID_INPUT',
    `计算需要金额（amount(…)）或印刷数（parsePrinted(…)），收到 ${typeof x === 'string' ? `文字“${excerpt(x)}”` : typeof x}`,
    `A calculation takes an amount (amount(…)) or a printed figure (parsePrinted(…)), got ${typeof x === 'string' ? `the string "${excerpt(x)}"` : typeof x}`,
  )
}

/** A numerator: blank and dash count as exact zero. @internal */
export function numerator(x: CalcInput): Operand {
  const o = operand(x)
  return o.kind === 'blank' ? { kind: 'value', value: amount(0), width: amount(0), decimals: null } : o
}

const TEXT: Readonly<Record<NotComputableReason, { zh: string; en: string }>> = /*#__PURE__*/ Object.freeze({
  'zero-denominator': { zh: '基数为零，无法计算比率', en: 'The base is zero; the ratio is undefined' },
  'blank-denominator': { zh: '基数为空白，无法计算比率', en: 'The base is blank; the ratio is undefined' },
  'not-a-number': {
    zh: '有数值是占位符（如 ××.××），无法计算',
    en: 'A figure is a placeholder (e.g. ××.××); nothing to compute',
  },
})

/**
 * The typed "no value" result.
 *
 * @example
 * ```ts
 * notComputable('zero-denominator').status // 'not-computable'
 * ```
 * @internal
 */
export function notComputable(reason: NotComputableReason): NotComputableRatio {
  return Object.freeze({ status: 'not-computable', reason, ...TEXT[reason] })
}
