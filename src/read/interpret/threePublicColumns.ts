import type { FactKey } from '../../model/factKeys'
import { columnKeyOf, type MappedColumn } from './columnKeys'
import { headerLabels } from './normalizeLabel'

/**
 * Second look at the columns of a "三公" table, by the vocabulary every such table prints:
 * (合计 | 因公出国(境)费 | 公务用车购置及运行费: 小计, 购置费, 运行维护费 | 公务接待费).
 * - A column whose lowest header label names nothing (OCR noise under a label merged down from
 *   above) is named by the nearest label above it that names a "三公" key.
 * - The 小计 printed just before 公务用车购置费 is the 公务用车 subtotal (`3p.vehicle`), whichever
 *   group label the extraction put above it.
 * A key the table already has stays with its first column (as in `mapColumns`).
 *
 * @param mapped - the table's columns as mapped by `mapColumns`
 * @returns the columns, with these keys filled in or corrected
 * @example
 * ```ts
 * // headers ['"三公"经费合计', '二公 经负行时'] | ['因公出国(境)费', '小计'] | ['公务用车购置及运', '公务用车购置费'] …
 * threePublicColumns(mapColumns(columns, 'three-public')).map((c) => c.key)
 * // ['3p.total', '3p.vehicle', '3p.vehicle.purchase', …]
 * ```
 */
export function threePublicColumns(mapped: readonly MappedColumn[]): MappedColumn[] {
  const keys: (FactKey | undefined)[] = mapped.map((c, i) => {
    const labels = headerLabels(c.header)
    const leaf = labels[labels.length - 1] ?? ''
    const next = mapped[i + 1]
    if (/^小计$/.test(leaf) && next?.key === '3p.vehicle.purchase' && next.block === c.block)
      return '3p.vehicle'
    if (c.key !== undefined) return c.key
    for (let n = labels.length - 1; n > 0; n--) {
      const key = columnKeyOf(labels.slice(0, n), 'three-public')
      if (key?.startsWith('3p.')) return key
    }
    return undefined
  })
  const seen = new Set<string>()
  return mapped.map((c, i) => {
    const key = keys[i]
    const id = `${c.block ?? 0}:${key}`
    const { key: _old, ...rest } = c
    if (key === undefined || seen.has(id)) return rest
    seen.add(id)
    return { ...rest, key }
  })
}
