/**
 * Builds src/codes/functional/functional.generated.ts from the human-editable source
 * data/catalogs/functional/functional.csv, the seed disclosures (which codes each one prints,
 * and in which table) and, optionally, official spreadsheets exported as CSV.
 *
 * Usage:
 *   npx tsx scripts/build-catalog.ts
 *   npx tsx scripts/build-catalog.ts --edition 2025 --official path/to/2025.csv [--provenance user]
 *     [--edition 2024 --official 2024.csv …] [--out other.generated.ts] [--check]
 *
 * An official CSV has two columns, code and name (a header row is skipped; codes may be printed
 * joined or split). Its rows set the names in force for that edition; codes it adds get
 * provenance { kind: 'reference', file } (or { kind: 'user' } with --provenance user).
 * `--check` builds in memory and fails when the generated file on disk differs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCatalog } from '../src/codes/catalog'
import { normalizeName } from '../src/codes/normalizeName'
import { parseCode } from '../src/codes/parseCode'
import type { CatalogEntry, EditionName, Provenance } from '../src/codes/types'
import { MedbudgetError } from '../src/errors'
import { parseCsv } from './csv'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = join(ROOT, 'data/catalogs/functional/functional.csv')
const SEEDS = join(ROOT, 'test/fixtures/seeds')
const HARVEST = join(ROOT, 'data/harvest/pairs.tsv')
const DEFAULT_OUT = join(ROOT, 'src/codes/functional/functional.generated.ts')
/** Editions the team's knowledge covers; an official CSV of another year widens the range. */
const EDITIONS = { first: 2022, last: 2026 }

interface MutableEntry {
  code: string
  level: CatalogEntry['level']
  names: EditionName[]
  en?: string
  aliases: string[]
  /** `name@2024-2025` (or `name@2024-`) in the aliases column: a variant printed only in those editions. */
  editionAliases?: EditionName[]
  provenance: Provenance[]
}

function fail(message: string): never {
  console.error(`build-catalog: ${message}`)
  process.exit(1)
}

function readSource(): Map<string, MutableEntry> {
  const [header, ...rows] = parseCsv(readFileSync(SOURCE, 'utf8'))
  const cols = (header ?? []).map((h) => h.trim())
  const at = (row: string[], name: string): string => (row[cols.indexOf(name)] ?? '').trim()
  const entries = new Map<string, MutableEntry>()
  rows.forEach((row, i) => {
    const code = at(row, 'code')
    const parsed = parseCode(code, { system: 'functional' })
    if (parsed.code !== code) fail(`line ${i + 2}: write the code joined (${parsed.code}), not "${code}"`)
    const entry = entries.get(code) ?? {
      code,
      level: parsed.level,
      names: [],
      aliases: [],
      provenance: [],
    }
    const to = at(row, 'to')
    entry.names.push({
      name: at(row, 'name'),
      from: Number(at(row, 'from')),
      ...(to === '' ? {} : { to: Number(to) }),
    })
    const en = at(row, 'en')
    if (en !== '' && entry.en === undefined) entry.en = en
    for (const raw of at(row, 'aliases').split('|')) {
      const alias = raw.trim()
      const limited = /^(.+)@(\d{4})-(\d{4})?$/.exec(alias)
      if (limited !== null) {
        const [, name = '', from = '', to] = limited
        entry.editionAliases ??= []
        entry.editionAliases.push({
          name,
          from: Number(from),
          ...(to === undefined ? {} : { to: Number(to) }),
        })
      } else if (alias.includes('@'))
        fail(`line ${i + 2}: write an edition-limited alias as name@2024-2025 or name@2024-, not "${alias}"`)
      else if (alias !== '' && !entry.aliases.includes(alias)) entry.aliases.push(alias)
    }
    const source = at(row, 'source')
    const note = at(row, 'note')
    if (source === 'mof') {
      const existing = entry.provenance.find((p) => p.kind === 'mof')
      if (existing === undefined) entry.provenance.push(note === '' ? { kind: 'mof' } : { kind: 'mof', note })
      else if (note !== '') {
        const index = entry.provenance.indexOf(existing)
        const merged = existing.note === undefined ? note : `${existing.note}; ${note}`
        entry.provenance[index] = { kind: 'mof', note: merged }
      }
    } else if (source !== 'seed') fail(`line ${i + 2}: source must be mof or seed, not "${source}"`)
    entries.set(code, entry)
  })
  for (const e of entries.values()) e.names.sort((a, b) => a.from - b.from)
  return entries
}

/** A table title: a short line without tabs that ends in 表 and is not a footnote or a sheet number. */
function tableTitle(line: string): string | undefined {
  const t = line.replace(/^#+\s*/, '').trim()
  if (t.includes('\t') || t.length > 40 || !t.endsWith('表')) return undefined
  if (/^(注|备注)/.test(t) || /^(公开|预算)\s*\d+\s*表$/.test(t) || t.startsWith('附件')) return undefined
  return t
}

/** Functional codes each seed prints in its tables, with the table they sit in. */
function seedAttestations(): { seed: string; table: string; code: string }[] {
  const out: { seed: string; table: string; code: string }[] = []
  for (const seed of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    let table = '(untitled)'
    for (const line of readFileSync(join(SEEDS, seed), 'utf8').split(/\r?\n/)) {
      table = tableTitle(line) ?? table
      const m =
        /^(2\d\d)\t(\d\d)\t(\d\d)\t/.exec(line) ??
        /^\d{1,3}\t(2\d\d(?:\d\d){0,2})\t/.exec(line) ??
        /^(2\d{6})\t/.exec(line)
      if (!m) continue
      const printed = m.slice(1).join('\t')
      try {
        out.push({ seed, table, code: parseCode(printed, { system: 'functional' }).code })
      } catch {
        // A misprinted code (see src/codes/errata.ts) attests nothing.
      }
    }
  }
  return out
}

/**
 * "Printed in N documents" provenance from the committed harvest (scripts/harvest-codes.ts).
 * A printed name that is none of the entry's names is kept as a conflict (`name`) when more than
 * one document prints it and it is not a line-wrapped prefix of a catalog name.
 */
function addPrinted(entries: Map<string, MutableEntry>): void {
  if (!existsSync(HARVEST)) return
  const [header, ...rows] = readFileSync(HARVEST, 'utf8').trim().split('\n')
  const cols = (header ?? '').split('\t')
  const perCode = new Map<string, { documents: number; cities: number; conflicts: string[] }>()
  for (const row of rows) {
    const cells = row.split('\t')
    const at = (name: string): string => cells[cols.indexOf(name)] ?? ''
    const code = at('code')
    const entry = entries.get(code)
    if (entry === undefined) continue
    const documents = Number(at('documents'))
    const cities = Number(at('cities'))
    const acc = perCode.get(code) ?? { documents: 0, cities: 0, conflicts: [] }
    acc.documents = Math.max(acc.documents, documents)
    acc.cities = Math.max(acc.cities, cities)
    const printed = normalizeName(at('name'))
    const known = [
      ...entry.names.map((n) => n.name),
      ...entry.aliases,
      ...(entry.editionAliases ?? []).map((a) => a.name),
    ].map(normalizeName)
    if (documents > 1 && !known.some((k) => k === printed || k.startsWith(printed)))
      acc.conflicts.push(at('name'))
    perCode.set(code, acc)
  }
  for (const [code, acc] of perCode) {
    const entry = entries.get(code)
    if (entry === undefined) continue
    entry.provenance.push({ kind: 'printed', documents: acc.documents, cities: acc.cities })
    for (const name of acc.conflicts) {
      entry.provenance.push({ kind: 'printed', documents: acc.documents, cities: acc.cities, name })
    }
  }
}

function nameInForce(entry: MutableEntry, edition: number): EditionName | undefined {
  return entry.names.find((n) => n.from <= edition && edition <= (n.to ?? Number.POSITIVE_INFINITY))
}

/** Makes `name` the name in force for exactly `edition`, splitting the range it falls into. */
function setNameFor(entry: MutableEntry, edition: number, name: string): void {
  const current = nameInForce(entry, edition)
  if (current !== undefined && normalizeName(current.name) === normalizeName(name)) return
  const names: EditionName[] = []
  for (const n of entry.names) {
    if (n !== current) names.push(n)
    else {
      if (n.from < edition) names.push({ name: n.name, from: n.from, to: edition - 1 })
      if ((n.to ?? Number.POSITIVE_INFINITY) > edition) {
        names.push({ name: n.name, from: edition + 1, ...(n.to === undefined ? {} : { to: n.to }) })
      }
    }
  }
  names.push({ name, from: edition, to: edition })
  entry.names = names.sort((a, b) => a.from - b.from)
}

function mergeOfficial(
  entries: Map<string, MutableEntry>,
  edition: number,
  file: string,
  kind: 'reference' | 'user',
): void {
  const provenance: Provenance =
    kind === 'user'
      ? { kind: 'user', note: `${basename(file)} (${edition})` }
      : { kind: 'reference', file: basename(file) }
  for (const row of parseCsv(readFileSync(file, 'utf8'))) {
    const [rawCode = '', rawName = ''] = row
    if (!/\d/.test(rawCode)) continue // header row
    const { code, level } = parseCode(rawCode, { system: 'functional' })
    const name = rawName.replace(/\s+/g, '').trim()
    if (name === '') fail(`${file}: code ${code} has no name`)
    const entry = entries.get(code) ?? { code, level, names: [], aliases: [], provenance: [] }
    if (entry.names.length === 0) entry.names.push({ name, from: edition, to: edition })
    else setNameFor(entry, edition, name)
    if (!entry.provenance.some((p) => JSON.stringify(p) === JSON.stringify(provenance)))
      entry.provenance.push(provenance)
    entries.set(code, entry)
  }
}

function render(
  entries: readonly MutableEntry[],
  editions: { first: number; last: number },
  sources: string[],
): string {
  const lines = entries.map((e) => {
    const obj: Record<string, unknown> = { code: e.code, level: e.level, names: e.names }
    if (e.en !== undefined) obj.en = e.en
    if (e.aliases.length > 0) obj.aliases = e.aliases
    if (e.editionAliases !== undefined) obj.editionAliases = e.editionAliases
    obj.provenance = e.provenance
    return `  ${JSON.stringify(obj)},`
  })
  return [
    '// Generated by scripts/build-catalog.ts — do not edit.',
    `// Sources: ${sources.join(', ')}. Edit data/catalogs/functional/functional.csv and run \`npx tsx scripts/build-catalog.ts\`.`,
    "import { deepFreeze } from '../../internal/deepFreeze'",
    "import type { CatalogEntry } from '../types'",
    '',
    '/**',
    ' * The literal data of `functionalEntries` (exported from functionalCatalog.ts with a named type):',
    ' * the source of the `FunctionalCode` union. Not part of the public API.',
    ' */',
    'export const functionalEntryData = /*#__PURE__*/ deepFreeze([',
    ...lines,
    '] as const satisfies readonly CatalogEntry[])',
    '',
    '/** Editions (budget years) whose names the functional entries give. */',
    `export const functionalEditions = /*#__PURE__*/ deepFreeze({ first: ${editions.first}, last: ${editions.last} } as const)`,
    '',
  ].join('\n')
}

function main(argv: readonly string[]): void {
  const officials: { edition: number; file: string }[] = []
  let pendingEdition: number | undefined
  let out = DEFAULT_OUT
  let kind: 'reference' | 'user' = 'reference'
  let check = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = argv[i + 1]
    if (arg === '--edition' && value !== undefined) {
      pendingEdition = Number(value)
      if (!Number.isInteger(pendingEdition)) fail(`--edition needs a year, not "${value}"`)
      i++
    } else if (arg === '--official' && value !== undefined) {
      if (pendingEdition === undefined) fail('--official needs an --edition before it')
      officials.push({ edition: pendingEdition, file: resolve(value) })
      pendingEdition = undefined
      i++
    } else if (arg === '--provenance' && (value === 'user' || value === 'reference')) {
      kind = value
      i++
    } else if (arg === '--out' && value !== undefined) {
      out = resolve(value)
      i++
    } else if (arg === '--check') check = true
    else fail(`unknown argument "${arg}"`)
  }

  const entries = readSource()
  const editions = { ...EDITIONS }
  for (const { edition, file } of officials) {
    mergeOfficial(entries, edition, file, kind)
    editions.first = Math.min(editions.first, edition)
    editions.last = Math.max(editions.last, edition)
  }
  addPrinted(entries)
  const missing = new Set<string>()
  for (const { seed, table, code } of seedAttestations()) {
    const entry = entries.get(code)
    if (entry === undefined) {
      missing.add(`${code} (${seed}, ${table})`)
      continue
    }
    if (!entry.provenance.some((p) => p.kind === 'seed' && p.seed === seed && p.table === table)) {
      entry.provenance.push({ kind: 'seed', seed, table })
    }
  }
  if (missing.size > 0)
    fail(`codes printed in the seeds but missing from functional.csv: ${[...missing].join('; ')}`)

  const sorted = [...entries.values()].sort((a, b) => (a.code < b.code ? -1 : 1))
  try {
    createCatalog(sorted, { system: 'functional', editions })
  } catch (e) {
    if (e instanceof MedbudgetError) {
      fail([`${e.code}: ${e.en}`, ...e.issues.map((i) => `  at ${i.path.join('.')}: ${i.en}`)].join('\n'))
    }
    throw e
  }
  const sources = [
    'data/catalogs/functional/functional.csv',
    'test/fixtures/seeds/*.txt',
    'data/harvest/pairs.tsv',
    ...officials.map((o) => `${basename(o.file)} (${o.edition})`),
  ]
  const text = render(sorted, editions, sources)
  if (check) {
    const current = readFileSync(out, 'utf8')
    if (current !== text) fail(`${out} is out of date: run npx tsx scripts/build-catalog.ts`)
    console.log(`build-catalog: ${out} is up to date (${sorted.length} entries)`)
    return
  }
  writeFileSync(out, text)
  console.log(`build-catalog: wrote ${sorted.length} entries to ${out}`)
}

main(process.argv.slice(2))
