import type { LineItem } from '../../model/lineItem'
import { groupSum } from '../../money/groupSum'
import { toCanonical } from '../../money/toCanonical'
import type { CubeEntry } from './types'

const signature = (i: LineItem): string =>
  [
    i.unitCode,
    i.functionalCode,
    i.kind,
    i.basicClass ?? '',
    i.economicCode ?? '',
    i.govEconomicCode ?? '',
    i.projectType ?? '',
    i.projectCode ?? '',
    i.projectName ?? '',
    i.source,
    i.fiscal === false ? 'n' : 'f',
    i.carryOver === true ? 'c' : '',
  ].join('\u0001')

/**
 * Sums line items with equal dimensions exactly (the fast exact sums of the money module), so
 * every table is built from a cube far smaller than the line items and the unrounded sums are
 * added only once.
 *
 * @param items - line items, amounts in the document's unit at any precision
 * @returns one entry per distinct combination of dimensions, in order of first appearance
 * @example
 * ```ts
 * factCube([a, b]).map((e) => e.amount) // ['12.3456'] when a and b differ only in amount
 * ```
 */
export function factCube(items: readonly LineItem[]): CubeEntry[] {
  const keys = items.map(signature)
  const sums = groupSum(
    items.map((i) => i.amount),
    keys,
  )
  const first = new Map<string, LineItem>()
  items.forEach((item, n) => {
    const key = keys[n] as string
    if (!first.has(key)) first.set(key, item)
  })
  const out: CubeEntry[] = []
  for (const [key, total] of sums) out.push({ item: first.get(key) as LineItem, amount: toCanonical(total) })
  return out
}
