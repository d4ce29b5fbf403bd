// The rule catalog, in report order. Each rule lives in its own file.
import type { Rule } from '../types'
import { codesKnown } from './codesKnown'
import { columnClassTotals } from './columnClassTotals'
import { columnHierarchy } from './columnHierarchy'
import { columnProjectTotals } from './columnProjectTotals'
import { crossBasicEconomic } from './crossBasicEconomic'
import { crossClassLabel } from './crossClassLabel'
import { crossClassTotals } from './crossClassTotals'
import { crossFiscalClassTotals } from './crossFiscalClassTotals'
import { crossGrandTotals } from './crossGrandTotals'
import { crossKindTotals } from './crossKindTotals'
import { crossPerformanceTotal } from './crossPerformanceTotal'
import { crossPrintedPerformance } from './crossPrintedPerformance'
import { crossProjectCost } from './crossProjectCost'
import { crossProjectEvaluation } from './crossProjectEvaluation'
import { crossSelfEvaluation } from './crossSelfEvaluation'
import { crossThreePublicEconomic } from './crossThreePublicEconomic'
import { emptyTableNote } from './emptyTableNote'
import { finalCarryOver } from './finalCarryOver'
import { infoOperatingCosts } from './infoOperatingCosts'
import { nameVsCatalog } from './nameVsCatalog'
import { requiredTables } from './requiredTables'
import { rowBasicByEconomicClass } from './rowBasicByEconomicClass'
import { rowBasicSplit } from './rowBasicSplit'
import { rowFundSplit } from './rowFundSplit'
import { rowPersonnelSplit } from './rowPersonnelSplit'
import { rowProjectSplit } from './rowProjectSplit'
import { rowPublicSplit } from './rowPublicSplit'
import { rowThreePublic } from './rowThreePublic'
import { rowTotalByKind } from './rowTotalByKind'
import { rowVehicleSplit } from './rowVehicleSplit'
import { summaryBalance } from './summaryBalance'
import { textAmountVsTable } from './textAmountVsTable'
import { textBreakdown } from './textBreakdown'
import { textDirection } from './textDirection'
import { textGrowth } from './textGrowth'
import { textPercentages } from './textPercentages'
import { textPlaceholder } from './textPlaceholder'

/**
 * Every rule of the engine, in report order: within tables, across tables, text, completeness.
 *
 * @example
 * ```ts
 * RULES.map((r) => r.id) // ['row-total-by-kind', 'row-basic-split', …]
 * ```
 */
export const RULES: readonly Rule[] = /*#__PURE__*/ Object.freeze([
  rowTotalByKind,
  rowBasicSplit,
  rowBasicByEconomicClass,
  rowPersonnelSplit,
  rowPublicSplit,
  rowProjectSplit,
  rowFundSplit,
  rowThreePublic,
  rowVehicleSplit,
  columnHierarchy,
  columnClassTotals,
  columnProjectTotals,
  summaryBalance,
  crossClassTotals,
  crossFiscalClassTotals,
  crossGrandTotals,
  crossKindTotals,
  crossBasicEconomic,
  crossThreePublicEconomic,
  crossPerformanceTotal,
  crossPrintedPerformance,
  crossProjectCost,
  crossSelfEvaluation,
  crossProjectEvaluation,
  infoOperatingCosts,
  textAmountVsTable,
  textPercentages,
  textGrowth,
  textBreakdown,
  textPlaceholder,
  requiredTables,
  emptyTableNote,
  codesKnown,
  crossClassLabel,
  nameVsCatalog,
  textDirection,
  finalCarryOver,
])

export {
  codesKnown,
  columnClassTotals,
  columnHierarchy,
  columnProjectTotals,
  crossBasicEconomic,
  crossClassLabel,
  crossClassTotals,
  crossFiscalClassTotals,
  crossGrandTotals,
  crossKindTotals,
  crossPerformanceTotal,
  crossProjectCost,
  crossProjectEvaluation,
  crossSelfEvaluation,
  crossThreePublicEconomic,
  emptyTableNote,
  finalCarryOver,
  infoOperatingCosts,
  nameVsCatalog,
  requiredTables,
  rowBasicByEconomicClass,
  rowBasicSplit,
  rowFundSplit,
  rowPersonnelSplit,
  rowProjectSplit,
  rowPublicSplit,
  rowThreePublic,
  rowTotalByKind,
  rowVehicleSplit,
  summaryBalance,
  textAmountVsTable,
  textBreakdown,
  textDirection,
  textGrowth,
  textPercentages,
  textPlaceholder,
}
