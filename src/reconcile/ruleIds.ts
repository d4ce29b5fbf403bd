/**
 * The id of every rule the library ships, in report order (the same order as `RULES`; a test
 * keeps the two equal). A new rule adds its id here, or `defineRule` does not compile.
 *
 * @example
 * ```ts
 * BUILT_IN_RULE_IDS.includes('text-growth') // true
 * ```
 */
export const BUILT_IN_RULE_IDS = /*#__PURE__*/ Object.freeze([
  'row-total-by-kind',
  'row-basic-split',
  'row-basic-by-economic-class',
  'row-personnel-split',
  'row-public-split',
  'row-project-split',
  'row-fund-split',
  'row-three-public',
  'row-vehicle-split',
  'column-hierarchy',
  'column-class-totals',
  'column-project-totals',
  'summary-balance',
  'cross-class-totals',
  'cross-fiscal-class-totals',
  'cross-grand-totals',
  'cross-kind-totals',
  'cross-basic-economic',
  'cross-three-public-economic',
  'cross-performance-total',
  'cross-printed-performance',
  'cross-project-cost',
  'cross-self-evaluation',
  'cross-project-evaluation',
  'info-operating-costs',
  'text-amount-vs-table',
  'text-percentages',
  'text-growth',
  'text-breakdown',
  'text-placeholder',
  'required-tables',
  'empty-table-note',
  'codes-known',
  'cross-class-label',
  'name-vs-catalog',
  'text-direction',
  'final-carry-over',
] as const)

/** The id of a rule the library ships (`'text-growth'`, …). */
export type BuiltInRuleId = (typeof BUILT_IN_RULE_IDS)[number]

/**
 * The id of a rule: one the library ships, or a rule of your own, whose id starts with `custom:`
 * (so that a misspelt built-in id is a type error, not a silent miss).
 */
export type RuleId = BuiltInRuleId | `custom:${string}`
