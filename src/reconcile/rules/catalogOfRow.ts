import type { Catalog } from '../../codes/catalog'
import { departmentEconomicCatalog } from '../../codes/economic/departmentEconomicCatalog'
import { functionalCatalog } from '../../codes/functional/functionalCatalog'
import type { Row } from '../../model/table'
import type { RuleContext } from '../types'

/**
 * The catalog a coded row is checked against: the functional or department economic
 * classification the caller passed to `reconcile`, else the bundled one; none for other code
 * systems and for unit rows.
 *
 * @internal
 * @example
 * ```ts
 * catalogOfRow({ kind: 'detail', code: '210', codeSystem: 'functional', name: '卫生健康支出', cells: {} }, ctx)
 * // functionalCatalog (or ctx.functionalCatalog when passed)
 * ```
 */
export function catalogOfRow(row: Row, ctx: RuleContext): Catalog<string> | undefined {
  if (!row.code || row.kind === 'unit') return undefined
  if (row.codeSystem === 'functional') return ctx.functionalCatalog ?? functionalCatalog
  if (row.codeSystem === 'economic-department')
    return ctx.departmentEconomicCatalog ?? departmentEconomicCatalog
  return undefined
}
