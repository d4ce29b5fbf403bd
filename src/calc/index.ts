/**
 * Standard calculations: totals, shares, growth, completion and the 绩效 ratios, allocation,
 * checks of printed percentages, and controlled rounding of two-way tables.
 * @module
 */
export { allocateAmounts } from './allocateAmounts'
export { allocateShares } from './allocateShares'
export { budgetAdjustmentRate } from './budgetAdjustmentRate'
export { budgetExecutionRate } from './budgetExecutionRate'
export { carryoverRate } from './carryoverRate'
export { change } from './change'
export { checkChange } from './checkChange'
export { checkGrowth, type GrowthCheckInput } from './checkGrowth'
export { checkPercentage } from './checkPercentage'
export { completion } from './completion'
export { directionWord } from './directionWord'
export { groupTotals } from './groupTotals'
export { growth } from './growth'
export { procurementExecutionRate } from './procurementExecutionRate'
export { type RoundedTable, roundTwoWayTable } from './roundTwoWayTable'
export { share } from './share'
export { specialFundDetailRate } from './specialFundDetailRate'
export { threePublicControlRate } from './threePublicControlRate'
export { total } from './total'
export type {
  CalcInput,
  ChangeDirection,
  ChangeResult,
  Direction,
  GrowthDirection,
  GrowthResult,
  NotComputableRatio,
  NotComputableReason,
  PercentageCheck,
  PercentageStatus,
  PercentOptions,
  PercentValue,
  RatioResult,
  UndefinedRatio,
  UndefinedReason,
} from './types'
