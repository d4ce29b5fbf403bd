/**
 * Builds the two economic-classification catalogs (部门预算支出经济分类 301–399, 政府预算支出经济分类
 * 501–599) from their human-editable CSV sources:
 *
 *   data/catalogs/economic/department.csv → src/codes/economic/department.generated.ts
 *   data/catalogs/economic/government.csv → src/codes/economic/government.generated.ts
 *
 * CSV layout: the official two columns `code,name` first, then optional columns
 * `en,from,to,aliases,sources`. A file with only `code,name` (as the Ministry of Finance's
 * tables are laid out) is accepted: every name then holds from `--edition` on, and every entry's
 * provenance is `{ kind: 'user' }` unless a `sources` column says otherwise. A code whose name
 * changed between editions takes one row per name, each with its `from`/`to` years, oldest first.
 * `aliases` and `sources` hold several values separated by `|`. Source tokens:
 *
 *   seed:<NNN>:<basic|summary>  the seed table that prints the code (see SEED_TABLES below)
 *   ref:<file>                   a file of /work/shared/reference (short names below, or the file name)
 *   mof[:note]                   the team's knowledge of 《政府收支分类科目》
 *   user[:note]                  supplied by whoever rebuilt the catalog
 *
 * Usage:
 *   tsx scripts/build-economic-catalog.ts             rewrite both generated files
 *   tsx scripts/build-economic-catalog.ts --check     exit 1 when a generated file is out of date
 *   tsx scripts/build-economic-catalog.ts --department my.csv --government my-gov.csv --edition 2026
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { CatalogEntry, EditionName, Provenance } from '../src/codes/types'
import { parseCsv } from './csv'

export { parseCsv }

/** The seed tables that print economic codes, by source token. Titles as the seeds print them. */
export const SEED_TABLES: Readonly<Record<string, { readonly seed: string; readonly table: string }>> = {
  'seed:000:basic': { seed: '000_7bfb42c5bf8cfd77.txt', table: '2024年一般公共预算基本支出表' },
  'seed:000:summary': { seed: '000_7bfb42c5bf8cfd77.txt', table: '2024年支出经济分类汇总表' },
  'seed:001:basic': { seed: '001_bd1dedfc2d1eeeba.txt', table: '部门预算一般公共预算财政拨款基本支出表' },
  'seed:002:basic': {
    seed: '002_a13058ed52681298.txt',
    table: '公开06表 一般公共预算财政拨款基本支出决算明细表',
  },
  'seed:003:basic': { seed: '003_4628d8b7aa23fe2e.txt', table: '2025年一般公共预算基本支出预算表' },
  'seed:003:summary': { seed: '003_4628d8b7aa23fe2e.txt', table: '2025年支出经济分类汇总表' },
  'seed:004:basic': { seed: '004_c95a306f488ad727.txt', table: '2023年一般公共预算基本支出表' },
}

/** Short names of the reference files. */
export const REFERENCE_FILES: Readonly<Record<string, string>> = {
  'kuan-order': 'econ_dept_kuan_names_order_unattributed.txt',
  '302-2018': 'econ_dept_302_wanglu-net_2018.csv',
  correspondence: 'econ_correspondence_partial_ishare-iask.csv',
}

/** Which economic system a CSV describes. */
export type EconomicSystem = 'department' | 'government'

const FIRST_DIGIT: Readonly<Record<EconomicSystem, string>> = { department: '3', government: '5' }

/** Turns one source token into a provenance record; throws on a token it does not know. */
export function provenanceOf(token: string): Provenance {
  const seed = SEED_TABLES[token]
  if (seed) return { kind: 'seed', seed: seed.seed, table: seed.table }
  const [kind, ...rest] = token.split(':')
  const note = rest.join(':')
  if (kind === 'ref' && note !== '') return { kind: 'reference', file: REFERENCE_FILES[note] ?? note }
  if (kind === 'mof') return note === '' ? { kind: 'mof' } : { kind: 'mof', note }
  if (kind === 'user') return note === '' ? { kind: 'user' } : { kind: 'user', note }
  throw new Error(`unknown source token "${token}"`)
}

function sameProvenance(a: Provenance, b: Provenance): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Options of {@link entriesFromCsv}. */
export interface FromCsvOptions {
  readonly system: EconomicSystem
  /** Edition a name holds from when the CSV has no `from` column or leaves it blank. */
  readonly edition: number
  /** File name, for error messages. */
  readonly file: string
}

/**
 * Reads a catalog CSV into entries, checking what a generated file relies on: codes of the
 * right system and length, a parent for every 款, name ranges oldest first and not overlapping.
 *
 * @param text - CSV text with header `code,name[,en,from,to,aliases,sources]`
 * @param options - system, default edition, file name
 * @returns the entries in code order
 * @throws Error naming the file and line of the first problem
 */
export function entriesFromCsv(text: string, options: FromCsvOptions): CatalogEntry[] {
  const [header, ...body] = parseCsv(text)
  const columns = (header ?? []).map((h) => h.trim().toLowerCase())
  if (columns[0] !== 'code' || columns[1] !== 'name') {
    throw new Error(`${options.file}: the header must start with code,name (found ${columns.join(',')})`)
  }
  const col = (row: string[], name: string): string => {
    const at = columns.indexOf(name)
    return at < 0 ? '' : (row[at] ?? '').trim()
  }
  const byCode = new Map<
    string,
    { names: EditionName[]; en?: string; aliases: string[]; provenance: Provenance[]; line: number }
  >()
  for (const [i, row] of body.entries()) {
    const line = i + 2
    const fail = (what: string): never => {
      throw new Error(`${options.file}:${line}: ${what}`)
    }
    const code = col(row, 'code')
    const name = col(row, 'name')
    if (!/^\d{3}(\d{2})?$/.test(code)) fail(`code "${code}" must be 3 (类) or 5 (款) digits`)
    if (code[0] !== FIRST_DIGIT[options.system]) {
      fail(
        `code ${code} is not a ${options.system} economic code (those start with ${FIRST_DIGIT[options.system]})`,
      )
    }
    if (name === '') fail(`code ${code} has no name`)
    const fromText = col(row, 'from')
    const toText = col(row, 'to')
    const from = fromText === '' ? options.edition : Number(fromText)
    if (!Number.isInteger(from)) fail(`from "${fromText}" is not a year`)
    const to = toText === '' ? undefined : Number(toText)
    if (to !== undefined && (!Number.isInteger(to) || to < from))
      fail(`to "${toText}" is not a year after from`)
    const tokens = col(row, 'sources')
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t !== '')
    let provenance: Provenance[] = []
    try {
      provenance = tokens.length === 0 ? [{ kind: 'user', note: options.file }] : tokens.map(provenanceOf)
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err))
    }
    const aliases = col(row, 'aliases')
      .split('|')
      .map((a) => a.trim())
      .filter((a) => a !== '')
    const en = col(row, 'en')
    const current = byCode.get(code) ?? { names: [], aliases: [], provenance: [], line }
    const previous = current.names.at(-1)
    if (previous && (previous.to === undefined || previous.to >= from)) {
      fail(`names of ${code} overlap: give the earlier row a "to" year before ${from}`)
    }
    current.names.push(to === undefined ? { name, from } : { name, from, to })
    if (en !== '' && current.en === undefined) current.en = en
    for (const a of aliases) if (!current.aliases.includes(a)) current.aliases.push(a)
    for (const p of provenance)
      if (!current.provenance.some((q) => sameProvenance(p, q))) current.provenance.push(p)
    byCode.set(code, current)
  }
  for (const [code, e] of byCode) {
    if (code.length === 5 && !byCode.has(code.slice(0, 3))) {
      throw new Error(`${options.file}:${e.line}: code ${code} has no 类 row ${code.slice(0, 3)}`)
    }
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, e]) => ({
      code,
      level: code.length === 3 ? 'lei' : 'kuan',
      names: e.names,
      ...(e.en === undefined ? {} : { en: e.en }),
      ...(e.aliases.length === 0 ? {} : { aliases: e.aliases }),
      provenance: e.provenance,
    }))
}

const NAMES: Readonly<
  Record<EconomicSystem, { entries: string; type: string; zh: string; en: string; example: string }>
> = {
  department: {
    entries: 'departmentEconomicEntries',
    type: 'DeptEconomicCode',
    zh: '部门预算支出经济分类科目',
    en: 'department budget expenditure economic classification',
    example: "'30101'",
  },
  government: {
    entries: 'governmentEconomicEntries',
    type: 'GovEconomicCode',
    zh: '政府预算支出经济分类科目',
    en: 'government budget expenditure economic classification',
    example: "'50101'",
  },
}

/** Renders plain data as a TypeScript literal in the project's style (single quotes, spaced braces). */
function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`)
    return `{ ${fields.join(', ')} }`
  }
  throw new Error(`cannot render ${String(value)}`)
}

/**
 * Renders the generated TypeScript module for one system.
 *
 * @param entries - entries from {@link entriesFromCsv}
 * @param system - which system
 * @param source - the CSV path to name in the header, relative to the repository
 * @returns the module text
 */
export function renderModule(
  entries: readonly CatalogEntry[],
  system: EconomicSystem,
  source: string,
): string {
  const n = NAMES[system]
  const first = entries[0]
  const lines = [
    '// Generated by scripts/build-economic-catalog.ts — do not edit.',
    `// Source: ${source}. Edit the CSV and run \`npx tsx scripts/build-economic-catalog.ts\`.`,
    "import { deepFreeze } from '../../internal/deepFreeze'",
    "import type { CatalogEntry } from '../types'",
    '',
    '/** The literal data of `' +
      n.entries +
      '`: the source of `' +
      n.type +
      '`. Not part of the public API. */',
    `export const ${n.entries}Data = /*#__PURE__*/ deepFreeze([`,
    ...entries.map((e) => `  ${literal(e)},`),
    '] as const satisfies readonly CatalogEntry[])',
    '',
    '/**',
    ` * A code of the ${n.zh}, derived from the data (never typed by hand).`,
    ' *',
    ' * @example',
    ' * ```ts',
    ` * const code: ${n.type} = ${n.example}`,
    ' * ```',
    ' */',
    `export type ${n.type} = (typeof ${n.entries}Data)[number]['code']`,
    '',
    '/**',
    ` * Entries of the ${n.zh} (${n.en}), 类 and 款, with their names per edition,`,
    ' * English names and provenance. Frozen; pass them to `createCatalog` or use the bound catalog.',
    ' *',
    ' * @example',
    ' * ```ts',
    ` * ${n.entries}[0]?.code // '${first?.code ?? ''}'`,
    ` * ${n.entries}[0]?.names[0]?.name // '${first?.names[0]?.name ?? ''}'`,
    ' * ```',
    ' */',
    `export const ${n.entries}: readonly CatalogEntry<${n.type}>[] = ${n.entries}Data`,
    '',
  ]
  return lines.join('\n')
}

interface Cli {
  readonly check: boolean
  readonly department: string
  readonly government: string
  readonly edition: number
  readonly outDir: string
}

function parseArgs(argv: readonly string[], root: string): Cli {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag)
    return at < 0 ? undefined : argv[at + 1]
  }
  return {
    check: argv.includes('--check'),
    department: resolve(value('--department') ?? resolve(root, 'data/catalogs/economic/department.csv')),
    government: resolve(value('--government') ?? resolve(root, 'data/catalogs/economic/government.csv')),
    edition: Number(value('--edition') ?? 2022),
    outDir: resolve(value('--out-dir') ?? resolve(root, 'src/codes/economic')),
  }
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const cli = parseArgs(process.argv.slice(2), root)
  let stale = 0
  for (const system of ['department', 'government'] as const) {
    const csvPath = system === 'department' ? cli.department : cli.government
    const shown = csvPath.startsWith(root) ? csvPath.slice(root.length + 1) : csvPath
    const entries = entriesFromCsv(readFileSync(csvPath, 'utf8'), {
      system,
      edition: cli.edition,
      file: shown,
    })
    const text = renderModule(entries, system, shown)
    const out = resolve(cli.outDir, `${system}.generated.ts`)
    let before = ''
    try {
      before = readFileSync(out, 'utf8')
    } catch {
      before = ''
    }
    if (cli.check) {
      if (before !== text) {
        stale++
        console.error(`${out} is out of date; run npx tsx scripts/build-economic-catalog.ts`)
      }
    } else {
      writeFileSync(out, text)
      console.log(`${out}: ${entries.length} entries`)
    }
  }
  if (stale > 0) process.exitCode = 1
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
