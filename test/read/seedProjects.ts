// Compares the projects read from a seed with those transcribed by hand (src/samples/data/00N.json):
// shared by test/read/seeds.test.ts.
import type { Disclosure } from '../../src/model/disclosure'
import type { Indicator } from '../../src/model/indicator'
import { normalizeLabel } from '../../src/read/interpret/normalizeLabel'

/** What a read document's projects give back of the transcription's. */
export interface ProjectComparison {
  /** Transcribed projects, and those read under the same name. */
  readonly projects: number
  readonly named: number
  /** Transcribed amounts (non-blank) of the projects read, and those read identically. */
  readonly amounts: number
  readonly sameAmounts: number
  /** Transcribed indicators, and those read identically (level1, level2, name, target) in the project of that name. */
  readonly indicators: number
  readonly sameIndicators: number
  /** Indicators read that the transcription's project of that name does not have (`project: level1/level2/name = target`). */
  readonly extra: readonly string[]
}

const key = (i: Indicator): string =>
  `${normalizeLabel(i.level1)}/${normalizeLabel(i.level2 ?? '')}/${normalizeLabel(i.name)}=${normalizeLabel(i.target)}`

/**
 * Matches the read projects with the transcribed ones by name (spacing and bracket forms folded)
 * and counts the amounts and indicators given back; indicators are compared as a multiset (the
 * transcriptions list a pair-shaped table's indicators by level, the reader by line).
 *
 * @example
 * ```ts
 * compareProjects(read, loadSample('001')).sameIndicators // 67
 * ```
 */
export function compareProjects(read: Disclosure, transcribed: Disclosure): ProjectComparison {
  const byName = new Map((read.projects ?? []).map((p) => [normalizeLabel(p.name), p] as const))
  let named = 0
  let amounts = 0
  let sameAmounts = 0
  let indicators = 0
  let sameIndicators = 0
  const extra: string[] = []
  for (const t of transcribed.projects ?? []) {
    indicators += t.indicators.length
    const r = byName.get(normalizeLabel(t.name))
    if (r === undefined) continue
    named++
    for (const [k, v] of Object.entries(t.amounts)) {
      if (v === '' || v === undefined) continue
      amounts++
      if (r.amounts[k as keyof typeof r.amounts] === v) sameAmounts++
    }
    const left = new Map<string, number>()
    for (const i of t.indicators) left.set(key(i), (left.get(key(i)) ?? 0) + 1)
    for (const i of r.indicators) {
      const n = left.get(key(i)) ?? 0
      if (n > 0) {
        left.set(key(i), n - 1)
        sameIndicators++
      } else extra.push(`${r.name}: ${key(i)}`)
    }
  }
  return {
    projects: (transcribed.projects ?? []).length,
    named,
    amounts,
    sameAmounts,
    indicators,
    sameIndicators,
    extra,
  }
}
