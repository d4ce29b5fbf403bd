import { normalizeName } from './normalizeName'

function bigrams(s: string): readonly string[] {
  if (s.length < 2) return [s]
  const out: string[] = []
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2))
  return out
}

/**
 * How alike two classification names are, from 0 (nothing shared) to 1 (equal after
 * {@link normalizeName}). Character-bigram Dice coefficient; a name contained in the other (a
 * fragment left by a line wrap, `基金的补助`) scores at least 0.5 plus half the length ratio.
 *
 * @param a - a name as printed
 * @param b - another name
 * @returns the similarity
 * @example
 * ```ts
 * nameSimilarity('卫生健康支出', '卫生健康') // 1
 * nameSimilarity('医疗保障管理事务', '医疗保障事务') // 0.666…
 * ```
 */
export function nameSimilarity(a: string, b: string): number {
  return similarityOfNormalized(normalizeName(a), normalizeName(b))
}

/**
 * {@link nameSimilarity} of two names already normalised (a search normalises its query once).
 * @example
 * ```ts
 * similarityOfNormalized('行政运行', '行政运行') // 1
 * ```
 * @internal
 */
export function similarityOfNormalized(x: string, y: string): number {
  return similarityTo(x)(y)
}

/**
 * {@link similarityOfNormalized} with `x` fixed: its bigrams are counted once, so that a search
 * scores every name of a catalog in time linear in the names, not in names × query length.
 * @internal
 */
export function similarityTo(x: string): (y: string) => number {
  const bx = bigrams(x)
  const counts = new Map<string, number>()
  for (const g of bx) counts.set(g, (counts.get(g) ?? 0) + 1)
  return (y: string): number => {
    if (x === y) return 1
    if (x === '' || y === '') return 0
    const by = bigrams(y)
    const used = new Map<string, number>()
    let shared = 0
    for (const g of by) {
      const n = counts.get(g) ?? 0
      const u = used.get(g) ?? 0
      if (u < n) {
        shared++
        used.set(g, u + 1)
      }
    }
    const dice = (2 * shared) / (bx.length + by.length)
    const contained = x.includes(y) || y.includes(x)
    const ratio = Math.min(x.length, y.length) / Math.max(x.length, y.length)
    return contained ? Math.max(dice, 0.5 + ratio / 2) : dice
  }
}
