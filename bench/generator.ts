/**
 * Seeded data generators shared by every benchmark of the project. Same seed, same data, on every
 * machine: figures in benchmarks and docs/benchmarks.md can be reproduced.
 *
 * Extending: add a `makeXxx(n, seed, options?)` function that draws only from `createRng(seed)`,
 * takes an options object with defaults, and returns plain arrays (no classes, no globals).
 * @module
 */

/** A deterministic pseudo-random source (mulberry32). Not for cryptography. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
}

/**
 * A seeded PRNG (mulberry32, 32-bit state).
 * @example
 * ```ts
 * const rng = createRng(42)
 * rng.int(1, 6) // same value on every run
 * ```
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[int(0, items.length - 1)] as T
  }
  return { next, int, pick }
}

/** Options of {@link makeAmountStrings}. */
export interface AmountStringOptions {
  /** Decimals of every figure (default 2). */
  readonly decimals?: number
  /** Largest absolute value, in units of the last place (default 99 999 999, i.e. 999,999.99). */
  readonly maxUnits?: number
  /** Share of figures printed with thousands separators (default 0.5). */
  readonly thousandsRatio?: number
  /** Share of negative figures (default 0.05). */
  readonly negativeRatio?: number
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * `n` printed amounts as disclosures print them: fixed decimals, some with thousands separators,
 * a few negative (`'12,345.67'`, `'845.20'`, `'-3.05'`).
 * @example
 * ```ts
 * makeAmountStrings(3, 1) // e.g. ['46,021.88', '7310.05', '-912.40']
 * ```
 */
export function makeAmountStrings(n: number, seed: number, options: AmountStringOptions = {}): string[] {
  const decimals = options.decimals ?? 2
  const maxUnits = options.maxUnits ?? 99_999_999
  const thousandsRatio = options.thousandsRatio ?? 0.5
  const negativeRatio = options.negativeRatio ?? 0.05
  const rng = createRng(seed)
  const scale = 10 ** decimals
  const out = new Array<string>(n)
  for (let i = 0; i < n; i++) {
    // log-uniform magnitudes: budgets mix 0.72 and 131,623.02 in one table
    const units = Math.floor(Math.exp(rng.next() * Math.log(maxUnits + 1)))
    const intPart = String(Math.floor(units / scale))
    const frac = decimals === 0 ? '' : `.${String(units % scale).padStart(decimals, '0')}`
    const body = (rng.next() < thousandsRatio ? group(intPart) : intPart) + frac
    out[i] = rng.next() < negativeRatio && units > 0 ? `-${body}` : body
  }
  return out
}

/**
 * `count` distinct group keys shaped like 7-digit functional codes (项, e.g. `'2101501'`).
 * @example
 * ```ts
 * makeGroupKeys(2, 1) // e.g. ['2081903', '2130517']
 * ```
 */
export function makeGroupKeys(count: number, seed: number): string[] {
  const rng = createRng(seed)
  const seen = new Set<string>()
  while (seen.size < count) {
    const lei = rng.int(201, 234)
    seen.add(`${lei}${String(rng.int(1, 99)).padStart(2, '0')}${String(rng.int(1, 99)).padStart(2, '0')}`)
  }
  return [...seen]
}

/**
 * A key column: `n` keys drawn uniformly from `keys`, to pair with {@link makeAmountStrings}.
 * @example
 * ```ts
 * makeKeyColumn(3, ['208', '210'], 7) // e.g. ['210', '208', '210']
 * ```
 */
export function makeKeyColumn<K>(n: number, keys: readonly K[], seed: number): K[] {
  const rng = createRng(seed)
  const out = new Array<K>(n)
  for (let i = 0; i < n; i++) out[i] = rng.pick(keys)
  return out
}

/** A line item as `buildTables` takes it (see src/model/lineItem.ts), with the fields the generator fills. */
export interface GeneratedLineItem {
  readonly unitCode: string
  readonly functionalCode: string
  readonly kind: 'basic' | 'project'
  readonly basicClass?: 'personnel' | 'public'
  readonly economicCode?: string
  readonly govEconomicCode?: string
  readonly projectType?: 'operating' | 'specific'
  readonly projectName?: string
  readonly source: 'gpb' | 'gov-fund' | 'special-account' | 'business'
  readonly carryOver?: boolean
  readonly amount: string
}

/** Options of {@link makeLineItems}. */
export interface LineItemOptions {
  /** Budget units (default 8), coded `900001` … */
  readonly units?: number
  /** Distinct projects (default 400). */
  readonly projects?: number
  /** Share of project items (default 0.3). */
  readonly projectRatio?: number
}

const FUNCTIONAL = [
  '2010101',
  '2010102',
  '2050101',
  '2050202',
  '2050203',
  '2080501',
  '2080502',
  '2080505',
  '2080599',
  '2089999',
  '2100101',
  '2101101',
  '2101102',
  '2101103',
  '2101201',
  '2101202',
  '2101299',
  '2101301',
  '2101501',
  '2101502',
  '2101504',
  '2101506',
  '2101550',
  '2101599',
  '2130101',
  '2130104',
  '2210201',
  '2210203',
  '2240101',
  '2299999',
]
const PERSONNEL: readonly (readonly [string, string])[] = [
  ['30101', '50101'],
  ['30102', '50101'],
  ['30103', '50101'],
  ['30107', '50501'],
  ['30108', '50102'],
  ['30110', '50102'],
  ['30110', '50501'],
  ['30112', '50102'],
  ['30113', '50103'],
  ['30302', '50905'],
]
const PUBLIC: readonly (readonly [string, string])[] = [
  ['30201', '50201'],
  ['30207', '50201'],
  ['30211', '50201'],
  ['30213', '50209'],
  ['30217', '50206'],
  ['30226', '50205'],
  ['30228', '50201'],
  ['30231', '50208'],
  ['30239', '50201'],
  ['30299', '50299'],
  ['31002', '50306'],
]

/**
 * `n` line items of a synthetic department (units × 项 × basic [economic and government code] or
 * project × fund source, some carried over), amounts in 万元 with 元-level precision (4 decimals,
 * log-uniform up to 9 999.9999), for the table-builder benchmark.
 * @example
 * ```ts
 * makeLineItems(2, 1) // e.g. [{ unitCode: '900003', functionalCode: '2101501', kind: 'basic', … amount: '12.3456' }, …]
 * ```
 */
export function makeLineItems(n: number, seed: number, options: LineItemOptions = {}): GeneratedLineItem[] {
  const rng = createRng(seed)
  const units = options.units ?? 8
  const projects = options.projects ?? 400
  const projectRatio = options.projectRatio ?? 0.3
  const out = new Array<GeneratedLineItem>(n)
  for (let i = 0; i < n; i++) {
    const unitCode = `9000${String(rng.int(1, units)).padStart(2, '0')}`
    const functionalCode = rng.pick(FUNCTIONAL)
    const units4 = Math.floor(Math.exp(rng.next() * Math.log(99_999_999 + 1)))
    const amount = `${Math.floor(units4 / 10_000)}.${String(units4 % 10_000).padStart(4, '0')}`
    const r = rng.next()
    const source = r < 0.85 ? 'gpb' : r < 0.9 ? 'gov-fund' : r < 0.95 ? 'special-account' : 'business'
    const carry = rng.next() < 0.03
    if (rng.next() < projectRatio) {
      const p = rng.int(1, projects)
      out[i] = {
        unitCode,
        functionalCode,
        kind: 'project',
        projectType: p % 5 === 0 ? 'operating' : 'specific',
        projectName: `项目${String(p).padStart(4, '0')}`,
        source,
        ...(carry ? { carryOver: true } : {}),
        amount,
      }
    } else {
      const personnel = rng.next() < 0.7
      const [economicCode, govEconomicCode] = rng.pick(personnel ? PERSONNEL : PUBLIC)
      out[i] = {
        unitCode,
        functionalCode,
        kind: 'basic',
        basicClass: personnel ? 'personnel' : 'public',
        economicCode,
        govEconomicCode,
        source,
        ...(carry ? { carryOver: true } : {}),
        amount,
      }
    }
  }
  return out
}
