/**
 * `@medbudget/core/money`: exact amounts, printed figures, units, rounding, sum checks and fast
 * exact sums — without the catalogs, the document model or the tables.
 * @module @medbudget/core/money
 */
export { amountFromFloat } from './amountFromFloat'
export { type CheckSumResult, type CheckSumStatus, checkSum } from './checkSum'
export { convertUnit } from './convertUnit'
export {
  abs,
  add,
  amount,
  cmp,
  divRound,
  eq,
  halfUlp,
  isAmount,
  isZero,
  mul,
  neg,
  shift,
  sign,
  sub,
  sum,
  ulp,
} from './decimal'
export { down } from './down'
export { type FormatAmountOptions, formatAmount } from './formatAmount'
export { fromCanonical } from './fromCanonical'
export { groupSum } from './groupSum'
export { halfEven } from './halfEven'
export { halfUp } from './halfUp'
export { isCanonical } from './isCanonical'
export { parseAmount } from './parseAmount'
export { parsePercent } from './parsePercent'
export { parsePrinted } from './parsePrinted'
export { printedInterval } from './printedInterval'
export { roundTo } from './roundTo'
export { type SumPrintedResult, sumPrinted } from './sumPrinted'
export { toCanonical } from './toCanonical'
export type {
  Amount,
  AmountInput,
  DecimalLike,
  MoneyUnit,
  Printed,
  PrintedAmount,
  RoundingMode,
} from './types'
