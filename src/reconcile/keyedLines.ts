import type { FactKey } from '../model/factKeys'

/**
 * Keyed lines that are the sum of keyed lines under them, as the templates print them: 一、财政拨款
 * over 1. 一般公共预算拨款, 2. 政府性基金预算拨款, 3. 国有资本经营预算拨款; 三、单位资金 over 1. 事业收入 …
 * 5. 其他收入; 财政专户 over 教育收费 and 其他专户收入 (广东); 上年结转结余 over its funds. The same holds for a 财政拨款 小计 column beside its parts.
 *
 * @internal
 */
export const PARENT_KEY: Readonly<Partial<Record<FactKey, FactKey>>> = {
  'src.gpb': 'src.fiscal',
  'src.gov-fund': 'src.fiscal',
  'src.soe-capital': 'src.fiscal',
  'src.business': 'src.unit-funds',
  'src.operating': 'src.unit-funds',
  'src.superior': 'src.unit-funds',
  'src.affiliates': 'src.unit-funds',
  'src.other': 'src.unit-funds',
  'src.special-account.education': 'src.special-account',
  'src.special-account.other': 'src.special-account',
  'carry.gpb': 'carry.total',
  'carry.gov-fund': 'carry.total',
  'carry.soe-capital': 'carry.total',
  'carry.special-account': 'carry.total',
  'carry.unit-funds': 'carry.total',
}

/**
 * The items whose parent is not among them: what a sum may add without counting a parent and its
 * own parts twice. @internal
 */
export function countedOnce<T>(items: readonly T[], keyOf: (item: T) => FactKey | undefined): T[] {
  const keys = new Set(items.flatMap((i) => keyOf(i) ?? []))
  return items.filter((i) => {
    const parent = PARENT_KEY[keyOf(i) as FactKey]
    return parent === undefined || !keys.has(parent)
  })
}

/**
 * Each parent among `keys` with the children printed beside it (two or more), for the check
 * parent = Σ children. @internal
 */
export function parentsWithChildren(keys: readonly FactKey[]): { parent: FactKey; children: FactKey[] }[] {
  const present = new Set(keys)
  const out = new Map<FactKey, FactKey[]>()
  for (const k of keys) {
    const parent = PARENT_KEY[k]
    if (parent !== undefined && present.has(parent)) out.set(parent, [...(out.get(parent) ?? []), k])
  }
  return [...out].filter(([, c]) => c.length >= 2).map(([parent, children]) => ({ parent, children }))
}
