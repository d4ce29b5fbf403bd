/**
 * The crosswalk between editions of a classification: what a code of one budget year is in
 * another. Created, abolished and renamed codes are read from the catalog's own names per
 * edition; moves and splits (which names alone cannot tell) come from change records.
 * @module
 */
import type { EditionName } from './types'

/**
 * A change between editions that the names per edition cannot tell: a code whose content went
 * to another code (`moved`, one target) or to several (`split`), from edition `edition` on.
 * The code is not in force from `edition`; the targets are.
 *
 * @example
 * ```ts
 * const change: CodeChange = {
 *   code: '2010308', edition: 2024, kind: 'moved', to: ['20140'],
 *   why: { zh: '信访事务单设为款 20140', en: 'public complaints became their own 款, 20140' },
 *   source: 'mof',
 * }
 * ```
 */
export interface CodeChange {
  /** The code as it was before `edition`. */
  readonly code: string
  /** The first edition (budget year) in which the change applies. */
  readonly edition: number
  readonly kind: 'moved' | 'split'
  /** The codes that carry the content from `edition` on. */
  readonly to: readonly string[]
  /** Why the change is believed, in Chinese and English. */
  readonly why: { readonly zh: string; readonly en: string }
  /** `mof`: the team's knowledge of the Ministry's classification; `reference`: an official file; `user`: your data. */
  readonly source: 'mof' | 'reference' | 'user'
}

/** Where a crosswalk starts and ends: the years asked for and the editions that answered. */
export interface CrosswalkEditions {
  readonly fromYear: number
  readonly toYear: number
  /** The edition that answered for `fromYear` (the nearest one outside the catalog's range). */
  readonly fromEdition: number
  readonly toEdition: number
  /** True when a year lies outside the catalog's editions and the nearest one answered. */
  readonly nearestEdition: boolean
}

/** A code the answer points to, with its name in the target edition. */
export interface CrosswalkTarget {
  readonly code: string
  readonly name: string
}

/**
 * Answer of `catalog.crosswalk(code, fromYear, toYear)`: what the code of `fromYear` is in `toYear`.
 *
 * - `same`: in force in both editions under the same name;
 * - `renamed`: in force in both, under another name in `toYear`;
 * - `moved`: not in force in `toYear`; its content is under `to[0]` there (backwards: the code came from `to[0]`);
 * - `split`: its content is under several codes in `toYear` (backwards: the code gathers several former codes);
 * - `abolished`: in force in `fromYear`, not in `toYear`, and no change record says where it went
 *   (backwards: `created` — the code did not exist yet in `toYear`);
 * - `unknown`: the catalog does not have the code (`reason: 'not-in-catalog'`), or the code is not in force in
 *   `fromYear` (`reason: 'not-in-force'`).
 */
export type CrosswalkAnswer = CrosswalkEditions &
  (
    | { readonly status: 'same'; readonly code: string; readonly name: string }
    | { readonly status: 'renamed'; readonly code: string; readonly name: string; readonly toName: string }
    | {
        readonly status: 'moved' | 'split'
        readonly code: string
        readonly name: string
        readonly to: readonly CrosswalkTarget[]
        readonly change: CodeChange
      }
    | {
        readonly status: 'abolished'
        readonly code: string
        readonly name: string
        readonly lastEdition: number
      }
    | {
        readonly status: 'created'
        readonly code: string
        readonly name: string
        readonly firstEdition: number
      }
    | {
        readonly status: 'unknown'
        readonly code: string
        readonly reason: 'not-in-catalog' | 'not-in-force'
      }
  )

/** What `crosswalkOf` needs of a catalog. @internal */
export interface CrosswalkSource {
  readonly names: (code: string) => readonly EditionName[] | undefined
  readonly changes: readonly CodeChange[]
}

const inForce = (names: readonly EditionName[], edition: number): EditionName | undefined =>
  names.find((n) => n.from <= edition && edition <= (n.to ?? Number.POSITIVE_INFINITY))

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')

/**
 * The crosswalk of one code between two editions (both already clamped to the catalog's range).
 * Follows chains of moves (a code moved twice) up to the number of change records.
 * @internal
 */
export function crosswalkOf(
  source: CrosswalkSource,
  code: string,
  editions: CrosswalkEditions,
): CrosswalkAnswer {
  const { fromEdition: from, toEdition: to } = editions
  const names = source.names(code)
  if (names === undefined) return { ...editions, status: 'unknown', code, reason: 'not-in-catalog' }
  const here = inForce(names, from)
  if (here === undefined) return { ...editions, status: 'unknown', code, reason: 'not-in-force' }
  const there = inForce(names, to)
  if (there !== undefined) {
    return norm(there.name) === norm(here.name)
      ? { ...editions, status: 'same', code, name: here.name }
      : { ...editions, status: 'renamed', code, name: here.name, toName: there.name }
  }
  const forward = from < to
  const between = (edition: number): boolean =>
    forward ? from < edition && edition <= to : to < edition && edition <= from
  let change: CodeChange | undefined
  let targets: string[] = []
  if (forward) {
    change = source.changes.find((c) => c.code === code && between(c.edition))
    if (change !== undefined) {
      // follow later moves of the targets, so that a code moved twice lands where it is in `to`
      let current = [...change.to]
      for (let step = 0; step < source.changes.length; step++) {
        const next: string[] = []
        let moved = false
        for (const t of current) {
          const later = source.changes.find(
            (c) => c.code === t && c.edition > (change?.edition ?? 0) && between(c.edition),
          )
          const tNames = source.names(t)
          if (later !== undefined && (tNames === undefined || inForce(tNames, to) === undefined)) {
            next.push(...later.to)
            moved = true
          } else next.push(t)
        }
        current = next
        if (!moved) break
      }
      targets = [...new Set(current)]
    }
  } else {
    const into = source.changes.filter((c) => c.to.includes(code) && between(c.edition))
    if (into.length > 0) {
      change = into[0]
      targets = [...new Set(into.map((c) => c.code))]
    }
  }
  if (change === undefined) {
    if (forward) {
      return { ...editions, status: 'abolished', code, name: here.name, lastEdition: here.to ?? from }
    }
    const first = Math.min(...names.filter((n) => n.from > to && n.from <= from).map((n) => n.from))
    return { ...editions, status: 'created', code, name: here.name, firstEdition: first }
  }
  const to_ = targets.map((t) => {
    const tNames = source.names(t)
    const n = tNames === undefined ? undefined : (inForce(tNames, to) ?? tNames[tNames.length - 1])
    return { code: t, name: n?.name ?? '' }
  })
  return {
    ...editions,
    status: to_.length === 1 && (change.kind === 'moved' || !forward) ? 'moved' : 'split',
    code,
    name: here.name,
    to: to_,
    change,
  }
}
