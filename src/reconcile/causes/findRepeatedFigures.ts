import type { Finding } from '../types'
import type { Cause } from './cause'

/**
 * Causes of kind `repeated-figure`: mismatches that compare the same two amounts (the same
 * printed figure, the same expected one, the same difference) in several places — one wrong
 * figure copied everywhere it is repeated, or one wrong figure everything is compared with.
 *
 * @internal
 */
export function findRepeatedFigures(findings: readonly Finding[], claimed: Set<number>): Cause[] {
  const groups = new Map<string, number[]>()
  findings.forEach((f, i) => {
    if (f.status !== 'mismatch' || claimed.has(i)) return
    if (f.printed === undefined || f.printed === '' || f.expected === undefined || f.difference === undefined)
      return
    const key = `${f.printed}|${f.expected}|${f.difference}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  const causes: Cause[] = []
  for (const indices of groups.values()) {
    if (indices.length < 2) continue
    const group = indices.flatMap((i) => findings[i] ?? [])
    const first = group[0] as Finding
    const places = group.map((f) => f.where)
    // as the messages print them (a percentage with its sign word and %), else the canonical amounts
    const printed = String(first.params.printed ?? first.printed)
    const expected = String(first.params.expected ?? first.expected)
    causes.push({
      id: `repeated-figure:${first.printed}:${first.expected}`,
      kind: 'repeated-figure',
      where: { places },
      explanation: {
        zh: `同一对数字在 ${group.length} 处不符：印刷“${printed}”，按其他数字应为 ${expected}（相差 ${first.difference}）。这是同一个错误数字被照抄到各处（或各处对照的那一个数字有误），更正其来源一处即可。`,
        en: `The same two figures disagree in ${group.length} places: "${printed}" is printed where the other figures give ${expected} (difference ${first.difference}). One wrong figure was copied to every place (or the one figure they are all compared with is wrong): correcting its source corrects them all.`,
      },
      findings: indices,
    })
    for (const i of indices) claimed.add(i)
  }
  return causes
}
