import { MedbudgetError, type MedbudgetIssue } from '../errors'
import { deepFreeze } from '../internal/deepFreeze'
import { checkOption, checkText, optionsOf } from '../internal/limits'
import { guardShape } from '../internal/shape'
import type { CodeErratum } from './codeErratum'
import { type CodeChange, type CrosswalkAnswer, crosswalkOf } from './crosswalk'
import { similarityTo } from './nameSimilarity'
import { normalizeName } from './normalizeName'
import { parseCode, parseCodeShape } from './parseCode'
import type { CatalogEntry, CodeLevel, CodeSystem, EditionName } from './types'

/** The range of editions (budget years) a catalog has names for. */
export interface EditionRange {
  readonly first: number
  readonly last: number
}

/** Options of {@link createCatalog}. */
export interface CatalogOptions {
  /** Which classification the entries belong to; codes of another system are rejected. */
  readonly system: CodeSystem
  /**
   * Editions the names cover. Default: from the earliest `from` to the latest `from`/`to` in the
   * entries. A year outside the range is answered from the nearest edition, and the answer says so.
   */
  readonly editions?: EditionRange
  /**
   * `now` (default) checks the entries when the catalog is created and throws `CATALOG_INVALID`.
   * `on-first-use` defers the check (and the indexes) to the first query, so that a catalog
   * bound at module level costs nothing at import time; the bundled catalogs use it because
   * their data is checked by the build script and the tests.
   */
  readonly validate?: 'now' | 'on-first-use'
  /**
   * Moves and splits between editions (which the names per edition cannot tell), for
   * `catalog.crosswalk`. Every code named must be in the entries.
   */
  readonly changes?: readonly CodeChange[]
}

/** Which edition answered a question about a year. */
export interface EditionAnswer {
  /** The edition whose names were used. */
  readonly edition: number
  /** True when the year asked for lies outside the catalog's editions and the nearest one answered. */
  readonly nearestEdition: boolean
}

/** Options of `catalog.lookup`. */
export interface LookupOptions {
  /** Budget year whose names to answer (default: the latest edition). */
  readonly year?: number
  /** Known misprints to correct while reading the code (e.g. `codeErrata`). */
  readonly errata?: readonly CodeErratum[]
  /** Only apply errata recorded for this document. */
  readonly seed?: string
}

/** How the name printed beside a code compares with the catalog. */
export type PrintedNameMatch =
  /** the name in force in the edition asked for */
  | 'current'
  /** a name of another edition, or a recorded variant spelling (see `printedNameEdition`) */
  | 'alias'
  /** none of the catalog's names for this code */
  | 'different'

/** Answer of `catalog.lookup` for a code the catalog has. */
export interface KnownCodeLookup<C extends string> extends EditionAnswer {
  readonly status: 'known'
  readonly code: C
  readonly level: CodeLevel
  /** The name in force in the edition that answered. */
  readonly name: string
  /** False when the code has no name in that edition (abolished or not yet created); `name` is then its nearest name. */
  readonly inForce: boolean
  readonly entry: CatalogEntry<C>
  /** The name printed with the code, when the input carried one. */
  readonly printedName?: string
  readonly printedNameMatch?: PrintedNameMatch
  /** The edition range of the matched former name or edition-limited alias, when `printedNameMatch` is `alias`. */
  readonly printedNameEdition?: EditionName
  readonly erratum?: CodeErratum
}

/** Answer of `catalog.lookup` for a well-formed code the catalog does not have. */
export interface UnknownCodeLookup extends EditionAnswer {
  readonly status: 'unknown'
  readonly code: string
  readonly level: CodeLevel
  readonly printedName?: string
  readonly erratum?: CodeErratum
  /**
   * Set when the code has a 款 or 项 number 00 (`2101200`): no catalog has such a code, so it is
   * a misprint; pass `errata` (e.g. `codeErrata`) to correct the recorded ones.
   */
  readonly zeroSegment?: true
}

/** Answer of `catalog.lookup`. */
export type CodeLookup<C extends string> = KnownCodeLookup<C> | UnknownCodeLookup

/** Options of `catalog.searchByName`. */
export interface SearchByNameOptions {
  /** Budget year whose names count as current (default: the latest edition). */
  readonly year?: number
  /** Rank similar names too, not only equal ones (after normalisation). */
  readonly fuzzy?: boolean
  /** Lowest similarity a fuzzy match needs (0–1, default 0.5). */
  readonly minScore?: number
  /** Most matches returned (default 10). */
  readonly limit?: number
}

/** One match of `catalog.searchByName`. */
export interface NameMatch<C extends string> extends EditionAnswer {
  readonly code: C
  readonly level: CodeLevel
  /** The code's name in force in the edition that answered. */
  readonly name: string
  /** The catalog name that matched. */
  readonly matched: string
  /** `current`: the name in force; `former`: a name of another edition; `alias`: a recorded variant. */
  readonly match: 'current' | 'former' | 'alias'
  /** For `former` (and `current`), the editions the matched name belongs to. */
  readonly matchedEdition?: EditionName
  /** 1 for equal names after normalisation, lower for fuzzy matches. */
  readonly score: number
}

/** A classification catalog: frozen entries and the queries over them. Built by {@link createCatalog}. */
export interface Catalog<C extends string> {
  readonly system: CodeSystem
  readonly entries: readonly CatalogEntry<C>[]
  readonly editions: EditionRange
  /** The entry of a joined code, or `undefined`. */
  get(code: string): CatalogEntry<C> | undefined
  /** Type guard: the joined code is in the catalog. */
  has(code: string): code is C
  /**
   * Reads a printed code (any form `parseCode` reads) and answers it for a year. A code that looks
   * well formed but has a 款 or 项 number 00 (a misprint such as `2101200`) is answered `unknown`
   * with `zeroSegment: true`, as `get` and `nameOf` answer `undefined`. Throws `CODE_MALFORMED`
   * on input that is not a code (letters, wrong number of digits, another system).
   */
  lookup(codeOrPrinted: string, options?: LookupOptions): CodeLookup<C>
  /** The parent entry's code (`undefined` for a 类). */
  parent(code: C): C | undefined
  /** The codes one level down, in code order. */
  children(code: C): readonly C[]
  /** The codes above, 类 first. */
  ancestors(code: C): readonly C[]
  /** Level of a code in any printed form (throws `CODE_MALFORMED`). */
  levelOf(code: string): CodeLevel
  /** The name in force in the edition nearest `year` (default latest); `undefined` for a code not in the catalog. */
  nameOf(code: string, year?: number): string | undefined
  /** Which edition answers for a year. */
  editionFor(year?: number): EditionAnswer
  /** Codes whose name (current, former, or variant) equals — or with `fuzzy`, resembles — `name`. */
  searchByName(name: string, options?: SearchByNameOptions): readonly NameMatch<C>[]
  /** The moves and splits between editions the catalog knows (created, abolished and renamed codes are read from the names). */
  readonly changes: readonly CodeChange[]
  /**
   * What a code of `fromYear` is in `toYear`: the same, renamed, moved to another code, split,
   * abolished (or, backwards, not yet created), or unknown. Reads any printed form of a code;
   * throws `CODE_MALFORMED` on input that is not a code and `OPTION_INVALID` on a year that is not a whole number.
   */
  crosswalk(code: string, fromYear: number, toYear: number): CrosswalkAnswer
}

interface NameRecord<C extends string> {
  readonly entry: CatalogEntry<C>
  readonly name: string
  /** `normalizeName(name)`, computed once when the index is built. */
  readonly key: string
  readonly edition?: EditionName
  readonly variant: boolean
}

interface Index<C extends string> {
  readonly byCode: ReadonlyMap<string, CatalogEntry<C>>
  readonly children: ReadonlyMap<string, readonly C[]>
  readonly names: readonly NameRecord<C>[]
  readonly byName: ReadonlyMap<string, readonly NameRecord<C>[]>
}

const NO_CODES: readonly never[] = /*#__PURE__*/ Object.freeze([])

const LENGTH_BY_LEVEL: Readonly<Record<CodeLevel, number>> = { lei: 3, kuan: 5, xiang: 7 }
const LEVEL_ZH: Readonly<Record<CodeLevel, string>> = { lei: '类', kuan: '款', xiang: '项' }

function validate<C extends string>(
  entries: readonly CatalogEntry<C>[],
  system: CodeSystem,
  changes: readonly CodeChange[] = [],
): void {
  const issues: MedbudgetIssue[] = []
  const seen = new Set<string>()
  const issue = (i: number, field: string, zh: string, en: string): void => {
    issues.push({ path: [i, field], zh, en })
  }
  entries.forEach((e, i) => {
    if (seen.has(e.code)) issue(i, 'code', `编码 ${e.code} 重复。`, `code ${e.code} appears twice.`)
    seen.add(e.code)
    if (!/^\d+$/.test(e.code)) {
      issue(i, 'code', `编码“${e.code}”应为连续数字。`, `code "${e.code}" must be digits only, joined.`)
      return
    }
    try {
      const parsed = parseCode(e.code, { system })
      if (parsed.level !== e.level) {
        issue(
          i,
          'level',
          `编码 ${e.code} 的层级应为${LEVEL_ZH[parsed.level]}，而不是${LEVEL_ZH[e.level]}。`,
          `code ${e.code} is a ${parsed.level}, not a ${e.level}.`,
        )
      }
    } catch (err) {
      const msg = err instanceof MedbudgetError ? err : undefined
      issue(i, 'code', msg?.zh ?? `编码 ${e.code} 无效。`, msg?.en ?? `code ${e.code} is invalid.`)
    }
    if (e.code.length !== LENGTH_BY_LEVEL[e.level] && !issues.some((x) => x.path[0] === i)) {
      issue(i, 'level', `层级 ${e.level} 与编码长度不符。`, `level ${e.level} does not fit the code length.`)
    }
    if (e.names.length === 0) issue(i, 'names', `编码 ${e.code} 没有名称。`, `code ${e.code} has no name.`)
    let previousTo = Number.NEGATIVE_INFINITY
    e.names.forEach((n, j) => {
      if (n.name.trim() === '')
        issue(i, 'names', `编码 ${e.code} 的名称为空。`, `code ${e.code} has an empty name.`)
      if (n.to !== undefined && n.to < n.from) {
        issue(i, 'names', `名称“${n.name}”的版本区间颠倒。`, `name "${n.name}" ends before it starts.`)
      }
      if (n.from <= previousTo) {
        issue(
          i,
          'names',
          `编码 ${e.code} 的名称版本区间重叠或未按时间排序。`,
          `names of code ${e.code} overlap or are not oldest first.`,
        )
      }
      if (j < e.names.length - 1 && n.to === undefined) {
        issue(
          i,
          'names',
          `编码 ${e.code} 只有最后一个名称可以不设截止版本。`,
          `only the last name of ${e.code} may be open-ended.`,
        )
      }
      previousTo = n.to ?? Number.POSITIVE_INFINITY
    })
    for (const a of e.editionAliases ?? []) {
      if (a.name.trim() === '' || !Number.isInteger(a.from) || (a.to !== undefined && a.to < a.from)) {
        issue(
          i,
          'editionAliases',
          `编码 ${e.code} 的限定版本别名“${a.name}”无效（名称为空或版本区间颠倒）。`,
          `the edition-limited alias "${a.name}" of ${e.code} is invalid (empty, or ends before it starts).`,
        )
      }
    }
    if (e.provenance.length === 0) {
      issue(
        i,
        'provenance',
        `编码 ${e.code} 没有来源说明。`,
        `code ${e.code} does not say where it comes from.`,
      )
    }
  })
  entries.forEach((e, i) => {
    if (e.code.length > 3 && /^\d+$/.test(e.code)) {
      const parent = e.code.slice(0, e.code.length - 2)
      if (!seen.has(parent)) {
        issue(
          i,
          'code',
          `编码 ${e.code} 的上级 ${parent} 不在目录中。`,
          `the parent ${parent} of ${e.code} is missing.`,
        )
      }
    }
  })
  changes.forEach((c, i) => {
    const where = (field: string, zh: string, en: string): void => {
      issues.push({ path: ['changes', i, field], zh, en })
    }
    if (!seen.has(c.code))
      where(
        'code',
        `变更记录中的编码 ${c.code} 不在目录中。`,
        `the changed code ${c.code} is not in the catalog.`,
      )
    if (!Number.isInteger(c.edition))
      where(
        'edition',
        `变更记录 ${c.code} 的年度应为整数。`,
        `the edition of the change of ${c.code} must be a whole number.`,
      )
    if (!Array.isArray(c.to) || c.to.length === 0)
      where('to', `变更记录 ${c.code} 没有去向。`, `the change of ${c.code} says nowhere it went.`)
    for (const t of c.to ?? []) {
      if (!seen.has(t))
        where(
          'to',
          `变更记录 ${c.code} 的去向 ${t} 不在目录中。`,
          `${t}, where ${c.code} went, is not in the catalog.`,
        )
    }
  })
  if (issues.length > 0) {
    const first = issues[0]
    throw new MedbudgetError(
      'CATALOG_INVALID',
      `分类目录有 ${issues.length} 处错误，第一处：${first?.zh ?? ''}`,
      `The catalog has ${issues.length} problem(s); first: ${first?.en ?? ''}`,
      { path: first?.path ?? [] },
      issues,
    )
  }
}

function buildIndex<C extends string>(
  entries: readonly CatalogEntry<C>[],
  system: CodeSystem,
  changes: readonly CodeChange[],
): Index<C> {
  validate(entries, system, changes)
  const byCode = new Map<string, CatalogEntry<C>>()
  const children = new Map<string, C[]>()
  const names: NameRecord<C>[] = []
  const byName = new Map<string, NameRecord<C>[]>()
  const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  for (const e of sorted) {
    byCode.set(e.code, e)
    if (e.code.length > 3) {
      const parent = e.code.slice(0, e.code.length - 2)
      const list = children.get(parent) ?? []
      list.push(e.code)
      children.set(parent, list)
    }
    const records: NameRecord<C>[] = [
      ...e.names.map((n) => ({
        entry: e,
        name: n.name,
        key: normalizeName(n.name),
        edition: n,
        variant: false,
      })),
      ...(e.aliases ?? []).map((a) => ({ entry: e, name: a, key: normalizeName(a), variant: true })),
      ...(e.editionAliases ?? []).map((a) => ({
        entry: e,
        name: a.name,
        key: normalizeName(a.name),
        edition: a,
        variant: true,
      })),
    ]
    for (const r of records) {
      names.push(r)
      const key = r.key
      const list = byName.get(key) ?? []
      list.push(r)
      byName.set(key, list)
    }
  }
  // The lists are handed out by `children()`: frozen, so no caller can empty them for everyone.
  for (const list of children.values()) Object.freeze(list)
  return { byCode, children, names, byName }
}

function defaultEditions(entries: readonly CatalogEntry[]): EditionRange {
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  for (const e of entries) {
    for (const n of e.names) {
      first = Math.min(first, n.from)
      last = Math.max(last, n.to ?? n.from, n.from)
    }
  }
  return Number.isFinite(first) ? { first, last } : { first: 0, last: 0 }
}

const inRange = (n: EditionName, edition: number): boolean =>
  n.from <= edition && edition <= (n.to ?? Number.POSITIVE_INFINITY)

function nameFor(
  entry: CatalogEntry,
  edition: number,
): { readonly name: EditionName; readonly inForce: boolean } {
  let best: EditionName | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const n of entry.names) {
    const to = n.to ?? Number.POSITIVE_INFINITY
    if (n.from <= edition && edition <= to) return { name: n, inForce: true }
    const distance = edition < n.from ? n.from - edition : edition - to
    if (distance < bestDistance) {
      best = n
      bestDistance = distance
    }
  }
  // validate() guarantees at least one name
  return { name: best ?? { name: '', from: edition }, inForce: false }
}

/**
 * Builds a frozen catalog over classification entries (functional, or one of the two economic
 * systems) and the queries that every catalog answers: lookup of printed codes for a year,
 * hierarchy, names per edition, search by name.
 *
 * @param entries - the entries; each code's parent must be present
 * @param options - the system, the editions covered, when to validate
 * @returns a frozen {@link Catalog}
 * @throws MedbudgetError `CATALOG_INVALID` listing every problem (duplicate code, wrong level,
 *   missing parent, overlapping name ranges, no provenance) in `issues`
 * @example
 * ```ts
 * const catalog = createCatalog(
 *   [
 *     { code: '210', level: 'lei', names: [{ name: '卫生健康支出', from: 2019 }], provenance: [{ kind: 'mof' }] },
 *     { code: '21015', level: 'kuan', names: [{ name: '医疗保障管理事务', from: 2019 }], provenance: [{ kind: 'mof' }] },
 *   ],
 *   { system: 'functional' },
 * )
 * catalog.lookup('210 | 15', { year: 2024 })
 * // { status: 'known', code: '21015', level: 'kuan', name: '医疗保障管理事务', edition: 2019, nearestEdition: true, … }
 * catalog.lookup('2109999').status // 'unknown'
 * ```
 */
export function createCatalog<C extends string>(
  entries: readonly CatalogEntry<C>[],
  options: CatalogOptions,
): Catalog<C> {
  // read once: anything but an object, a throwing getter is OPTION_INVALID; entries or changes
  // that cannot be read as plain data are CATALOG_INVALID, never a TypeError
  const o = optionsOf(options, ['科目表选项', 'catalog options'])
  return guardShape('CATALOG_INVALID', ['科目表条目', 'catalog entries'], () => createCatalogOf(entries, o))
}

const CATALOG_SYSTEMS = [
  'functional',
  'economic-department',
  'economic-government',
] as const satisfies readonly CodeSystem[]

/**
 * The body of {@link createCatalog}, run on options already read once (the same entries).
 * @example
 * ```ts
 * createCatalogOf([], { system: 'functional' }).has('210') // false
 * ```
 */
function createCatalogOf<C extends string>(
  entries: readonly CatalogEntry<C>[],
  options: Partial<CatalogOptions>,
): Catalog<C> {
  const system = checkOption(options.system, CATALOG_SYSTEMS, ['分类体系', 'classification system'])
  const data: readonly CatalogEntry<C>[] = Object.isFrozen(entries)
    ? entries
    : deepFreeze(JSON.parse(JSON.stringify(entries)) as CatalogEntry<C>[]) // entries are plain JSON data
  const editions: EditionRange = Object.freeze({ ...(options.editions ?? defaultEditions(data)) })
  const changes: readonly CodeChange[] =
    options.changes === undefined
      ? NO_CODES
      : Object.isFrozen(options.changes)
        ? options.changes
        : deepFreeze(JSON.parse(JSON.stringify(options.changes)) as CodeChange[])
  let cache: Index<C> | undefined
  const index = (): Index<C> => {
    cache ??= buildIndex(data, system, changes)
    return cache
  }
  if (options.validate !== 'on-first-use') index()
  const parseSystem = system === 'functional' ? 'functional' : system

  const editionFor = (year?: number): EditionAnswer => {
    if (year === undefined) return Object.freeze({ edition: editions.last, nearestEdition: false })
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      throw new MedbudgetError(
        'OPTION_INVALID',
        `预算年度应为整数，收到 ${typeof year === 'number' ? String(year) : typeof year}`,
        `The budget year must be a whole number, got ${typeof year === 'number' ? String(year) : typeof year}`,
      )
    }
    if (year < editions.first) return Object.freeze({ edition: editions.first, nearestEdition: true })
    if (year > editions.last) return Object.freeze({ edition: editions.last, nearestEdition: true })
    return Object.freeze({ edition: year, nearestEdition: false })
  }
  const get = (code: string): CatalogEntry<C> | undefined => index().byCode.get(code)
  const has = (code: string): code is C => index().byCode.has(code)

  const catalog: Omit<Catalog<C>, 'crosswalk'> = {
    system,
    entries: data,
    editions,
    changes,
    get,
    has,
    editionFor,
    lookup(codeOrPrinted, passedOptions) {
      const lookupOptions = optionsOf(passedOptions, ['查询选项', 'lookup options'])
      const parsed = parseCodeShape(codeOrPrinted, {
        system: parseSystem,
        ...(lookupOptions.errata === undefined ? {} : { errata: lookupOptions.errata }),
        ...(lookupOptions.seed === undefined ? {} : { seed: lookupOptions.seed }),
      })
      const answer = editionFor(lookupOptions.year)
      const extra = {
        ...(parsed.name === undefined ? {} : { printedName: parsed.name }),
        ...(parsed.erratum === undefined ? {} : { erratum: parsed.erratum }),
      }
      const entry = parsed.zeroSegment ? undefined : get(parsed.code)
      if (entry === undefined) {
        return {
          status: 'unknown',
          code: parsed.code,
          level: parsed.level,
          ...answer,
          ...extra,
          ...(parsed.zeroSegment ? { zeroSegment: true } : {}),
        }
      }
      const { name, inForce } = nameFor(entry, answer.edition)
      let match: Pick<KnownCodeLookup<C>, 'printedNameMatch' | 'printedNameEdition'> = {}
      if (parsed.name !== undefined) {
        const printed = normalizeName(parsed.name)
        if (printed === normalizeName(name.name)) match = { printedNameMatch: 'current' }
        else {
          const former = entry.names.find((n) => normalizeName(n.name) === printed)
          const variant = (entry.aliases ?? []).some((a) => normalizeName(a) === printed)
          const limited = (entry.editionAliases ?? []).find(
            (a) => normalizeName(a.name) === printed && inRange(a, answer.edition),
          )
          if (former) match = { printedNameMatch: 'alias', printedNameEdition: former }
          else if (limited) match = { printedNameMatch: 'alias', printedNameEdition: limited }
          else match = { printedNameMatch: variant ? 'alias' : 'different' }
        }
      }
      return {
        status: 'known',
        code: entry.code,
        level: entry.level,
        name: name.name,
        inForce,
        entry,
        ...answer,
        ...extra,
        ...match,
      }
    },
    parent(code) {
      const parent = code.length > 3 ? code.slice(0, code.length - 2) : undefined
      return parent !== undefined && has(parent) ? parent : undefined
    },
    children(code) {
      return index().children.get(code) ?? NO_CODES
    },
    ancestors(code) {
      if (typeof code !== 'string') return NO_CODES // as children answers a code it does not hold
      const out: C[] = []
      for (let n = 3; n < code.length && n < 8; n += 2) {
        const a = code.slice(0, n)
        if (has(a)) out.push(a)
      }
      return Object.freeze(out)
    },
    levelOf(code) {
      return parseCode(code, { system: parseSystem }).level
    },
    nameOf(code, year) {
      const entry = get(code)
      return entry === undefined ? undefined : nameFor(entry, editionFor(year).edition).name.name
    },
    searchByName(query, passedOptions) {
      const searchOptions = optionsOf(passedOptions, ['搜索选项', 'search options'])
      const answer = editionFor(searchOptions.year)
      const key = normalizeName(checkText(query, ['名称', 'name']))
      const toMatch = (r: NameRecord<C>, score: number): NameMatch<C> => {
        const current = nameFor(r.entry, answer.edition).name
        const isCurrent = !r.variant && r.edition === current
        return Object.freeze({
          code: r.entry.code,
          level: r.entry.level,
          name: current.name,
          matched: r.name,
          match: r.variant ? 'alias' : isCurrent ? 'current' : 'former',
          ...(r.edition === undefined ? {} : { matchedEdition: r.edition }),
          score,
          ...answer,
        })
      }
      // an edition-limited alias counts only for a year within its range
      const usable = (r: NameRecord<C>): boolean =>
        !r.variant || r.edition === undefined || inRange(r.edition, answer.edition)
      const candidates: NameMatch<C>[] = []
      if (searchOptions.fuzzy) {
        const minScore = searchOptions.minScore ?? 0.5
        const scoreOf = similarityTo(key)
        // score first, build an answer only for the names that qualify
        for (const r of index().names) {
          if (!usable(r)) continue
          const score = scoreOf(r.key)
          if (score >= minScore) candidates.push(toMatch(r, score))
        }
      } else for (const r of index().byName.get(key) ?? []) if (usable(r)) candidates.push(toMatch(r, 1))
      const rank = { current: 0, former: 1, alias: 2 } as const
      candidates.sort(
        (a, b) =>
          b.score - a.score ||
          rank[a.match] - rank[b.match] ||
          (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
      )
      // One match per code: the best-ranked record of each.
      const seen = new Set<string>()
      const unique: NameMatch<C>[] = []
      for (const m of candidates) {
        if (!seen.has(m.code)) {
          seen.add(m.code)
          unique.push(m)
        }
      }
      return Object.freeze(unique.slice(0, searchOptions.limit ?? 10))
    },
  }
  // Answers are frozen like everything else the catalog hands out.
  const lookupRaw = catalog.lookup
  const made: Catalog<C> = Object.freeze({
    ...catalog,
    crosswalk: (code: string, fromYear: number, toYear: number) => {
      const parsed = parseCodeShape(code, { system: parseSystem })
      const a = editionFor(fromYear)
      const b = editionFor(toYear)
      index()
      return deepFreeze(
        crosswalkOf({ names: (c) => get(c)?.names, changes }, parsed.code, {
          fromYear,
          toYear,
          fromEdition: a.edition,
          toEdition: b.edition,
          nearestEdition: a.nearestEdition || b.nearestEdition,
        }),
      )
    },
    lookup: (codeOrPrinted: string, lookupOptions?: LookupOptions) =>
      Object.freeze(lookupRaw(codeOrPrinted, lookupOptions)),
  })
  MADE.add(made)
  return made
}

/** The catalogs {@link createCatalog} made (frozen, built from checked entries). */
const MADE = new WeakSet<object>()

/**
 * True for a catalog made by {@link createCatalog} (directly, or through `createFunctionalCatalog`,
 * `functionalCatalogFromCsv` …): frozen, its entries checked, its methods the library's own. An
 * object that only looks like one (a copy, a Proxy) is not, so an option that takes a catalog can
 * refuse it with a typed error instead of failing inside.
 *
 * @param value - anything
 * @returns whether it is a catalog this library made
 * @example
 * ```ts
 * isCatalog(functionalCatalog)        // true
 * isCatalog({ ...functionalCatalog }) // false
 * ```
 * @internal
 */
export function isCatalog(value: unknown): value is Catalog<string> {
  return typeof value === 'object' && value !== null && MADE.has(value)
}
