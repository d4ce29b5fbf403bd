/**
 * The document model: zod schemas and types of a disclosure, validation, serialisation, templates.
 * @module @medbudget/core/model
 */
// Entry point of the document model (also re-exported from the package root).
export { type AssetItem, AssetItemSchema } from './asset'
export { CANONICAL_AMOUNT, type Cell, type CellForm, CellSchema, cellForm } from './cell'
export { type DepartmentPerformance, DepartmentPerformanceSchema } from './departmentPerformance'
export {
  type AbsentTable,
  AbsentTableSchema,
  type BudgetUnit,
  BudgetUnitSchema,
  DISCLOSURE_FORMAT,
  type Disclosure,
  DisclosureSchema,
  type PriorFact,
  PriorFactSchema,
} from './disclosure'
export { FACT_KEY_LIST, FACT_KEYS, type FactKey, isFactKey } from './factKeys'
export { type Indicator, IndicatorSchema } from './indicator'
export { FUND_SOURCES, type FundSource, type LineItem, LineItemSchema } from './lineItem'
export {
  type ParseDisclosureOptions,
  type ParseDisclosureResult,
  parseDisclosure,
  safeParseDisclosure,
} from './parseDisclosure'
export { type Comparator, type IndicatorValue, parseIndicatorValue } from './parseIndicatorValue'
export { type ProcurementItem, ProcurementItemSchema } from './procurement'
export { type Project, ProjectSchema } from './project'
export {
  FUJIAN_BUDGET_2026,
  GUANGDONG_BUDGET_2026,
  HUNAN_BUDGET_2026,
  JIANGSU_BUDGET_2026,
  PROVINCIAL_TEMPLATE_REQUIREMENTS,
  ZHEJIANG_BUDGET_2026,
} from './provincialTemplates'
export { serializeDisclosure } from './serializeDisclosure'
export {
  type Cells,
  CellsSchema,
  CODE_SYSTEMS,
  type Column,
  ColumnSchema,
  FactKeySchema,
  MONEY_UNITS,
  MoneyUnitSchema,
  type PrintedTable,
  PrintedTableSchema,
  type Row,
  RowSchema,
  TableKindSchema,
} from './table'
export { TABLE_KIND_LIST, TABLE_KINDS, type TableKind } from './tableKinds'
export {
  BUNDLED_TEMPLATE_REQUIREMENTS,
  BUNDLED_TEMPLATES,
  HEBEI_BUDGET_2024,
  HENAN_BUDGET_2024,
  HENAN_BUDGET_2025,
  KNOWN_TEMPLATE_REQUIREMENTS,
  NATIONAL_FINAL_ACCOUNT,
  type TemplateRequirement,
} from './templates'
export {
  type CellRef,
  CellRefSchema,
  type Operand,
  OperandSchema,
  TEXT_FIGURE_KINDS,
  type TextFigure,
  TextFigureSchema,
} from './textFigure'
