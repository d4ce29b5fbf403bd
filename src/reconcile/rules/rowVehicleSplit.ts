import { rowIdentityRule } from '../rowIdentityRule'

/**
 * 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行维护费.
 *
 * @example
 * ```ts
 * rowVehicleSplit.check(doc).status
 * ```
 */
export const rowVehicleSplit = /*#__PURE__*/ rowIdentityRule({
  id: 'row-vehicle-split',
  title: { zh: '公务用车 = 购置 + 运行维护', en: 'Official vehicles = purchase + operation' },
  kinds: ['three-public'],
  total: '3p.vehicle',
  parts: ['3p.vehicle.purchase', '3p.vehicle.operation'],
  allParts: true,
})
