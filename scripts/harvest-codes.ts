/**
 * Harvests the classification codes real documents print: reads every PDF of the development
 * corpus (`../shared/corpus`, see its README) with its own text extraction (`pdftotext -layout`;
 * it does not depend on src/read/), lists every (code, name) pair printed in a table row, with the
 * number of documents and cities that print it and where (document, page), and compares them with
 * the bundled catalogs.
 *
 * The output is evidence for a person to judge, not an input applied blindly: the catalog source
 * (data/catalogs/…) is edited by hand from it, and scripts/build-catalog.ts reads the pair list
 * (data/harvest/pairs.tsv) to record "printed in N documents" provenance.
 *
 * Usage:
 *   npx tsx scripts/harvest-codes.ts            writes data/harvest/pairs.tsv and docs/harvest.md
 *   npx tsx scripts/harvest-codes.ts --stdout   prints the report only
 *
 * Skips cleanly (exit 0, a message) when ../shared/corpus or pdftotext is absent, as on a fresh clone.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { departmentEconomicCatalog, governmentEconomicCatalog } from '../src/codes/economic'
import { functionalCatalog } from '../src/codes/functional'
import { normalizeName } from '../src/codes/normalizeName'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CORPUS = resolve(ROOT, '../shared/corpus')
const PAIRS_OUT = join(ROOT, 'data/harvest/pairs.tsv')
const REPORT_OUT = join(ROOT, 'docs/harvest.md')

export interface Occurrence {
  readonly doc: string
  readonly city: string
  readonly page: number
}

type System = 'functional' | 'economic-department' | 'economic-government'

function systemOf(code: string): System | undefined {
  if (/^2\d{2}(\d{2}){0,2}$/.test(code)) return 'functional'
  // Economic 类 are 301–313, 399 and 501–514, 599: other three-digit numbers are unit codes or figures.
  if (/^3(?:0[1-9]|1[0-3]|99)(\d{2})?$/.test(code)) return 'economic-department'
  if (/^5(?:0[1-9]|1[0-4]|99)(\d{2})?$/.test(code)) return 'economic-government'
  return undefined
}

/** A printed name: CJK text, brackets and a few punctuation marks, up to the next run of spaces or a figure. */
const NAME = String.raw`([\u3400-\u9fff（(][\u3400-\u9fff（）()、“”"·\-—A-Za-z0-9]{0,40})`
/** Joined code then name ("2101501  行政运行"), optionally after a row number. */
const JOINED = new RegExp(String.raw`^\s*(?:\d{1,3}\s+)?(\d{3}|\d{5}|\d{7})\s+${NAME}(?:\s|$)`)
/** Split code (类 款 项 columns: "210  15  01  行政运行" or "210 15 行政运行"). */
const SPLIT = new RegExp(String.raw`^\s*(\d{3})\s+(\d{2})(?:\s+(\d{2}))?\s+${NAME}(?:\s|$)`)

/** Trailing figures glued to a name by the layout ("行政运行1,517.95") are cut off. */
function cleanName(raw: string): string {
  return raw
    .replace(/[\d,.]+$/, '')
    .replace(/[-—]+$/, '')
    .trim()
}

/** Every (code, name) pair a text prints in table rows, with its page (pages split by form feeds). */
export function pairsOfText(text: string): { code: string; name: string; page: number }[] {
  const out: { code: string; name: string; page: number }[] = []
  text.split('\f').forEach((pageText, p) => {
    for (const line of pageText.split('\n')) {
      if (line.length > 400) continue
      const split = SPLIT.exec(line)
      const joined = split ? undefined : JOINED.exec(line)
      let code: string | undefined
      let name: string | undefined
      if (split) {
        code = `${split[1]}${split[2]}${split[3] ?? ''}`
        name = split[4]
      } else if (joined) {
        code = joined[1]
        name = joined[2]
      }
      if (code === undefined || name === undefined || systemOf(code) === undefined) continue
      const cleaned = cleanName(name)
      // "2026 年" and similar: a year followed by prose is not a code.
      if (cleaned === '' || /^年/.test(cleaned) || /^(20[12]\d)$/.test(code)) continue
      out.push({ code, name: cleaned, page: p + 1 })
    }
  })
  return out
}

interface ManifestRow {
  readonly file: string
  readonly city: string
  readonly title: string
  readonly kind: string
  readonly year: string
  readonly sameAs: string
}

function readManifest(): ManifestRow[] {
  const [header, ...rows] = readFileSync(join(CORPUS, 'manifest.tsv'), 'utf8').trim().split('\n')
  const cols = (header ?? '').split('\t')
  return rows.map((r) => {
    const cells = r.split('\t')
    const at = (name: string): string => cells[cols.indexOf(name)] ?? ''
    return {
      file: at('file'),
      city: at('city'),
      title: at('title'),
      kind: at('what_it_is'),
      year: at('year'),
      sameAs: at('same_bytes_as'),
    }
  })
}

function catalogFor(system: System) {
  return system === 'functional'
    ? functionalCatalog
    : system === 'economic-department'
      ? departmentEconomicCatalog
      : governmentEconomicCatalog
}

function main(argv: readonly string[]): void {
  if (!existsSync(join(CORPUS, 'manifest.tsv'))) {
    console.log('harvest-codes: ../shared/corpus is absent (fresh clone); nothing to harvest.')
    return
  }
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
  } catch {
    console.log('harvest-codes: pdftotext (poppler-utils) is not installed; nothing harvested.')
    return
  }
  const docs = readManifest().filter(
    (m) => (m.kind === 'budget2026' || m.kind === 'budget_other_year') && m.sameAs === '',
  )
  /** code → normalised name → printed name and occurrences (one per document). */
  const pairs = new Map<string, Map<string, { name: string; occ: Occurrence[] }>>()
  const docsWithCodes = new Set<string>()
  for (const d of docs) {
    let text: string
    try {
      text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(CORPUS, 'pdf', d.file), '-'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 60_000,
      })
    } catch {
      continue
    }
    const doc = d.file.replace(/\.pdf$/, '')
    for (const { code, name, page } of pairsOfText(text)) {
      docsWithCodes.add(doc)
      const byName = pairs.get(code) ?? new Map<string, { name: string; occ: Occurrence[] }>()
      const key = normalizeName(name)
      const rec = byName.get(key) ?? { name, occ: [] }
      if (!rec.occ.some((o) => o.doc === doc)) rec.occ.push({ doc, city: d.city, page })
      byName.set(key, rec)
      pairs.set(code, byName)
    }
  }

  const rows: string[] = ['code\tname\tdocuments\tcities\tcatalog\twhere']
  const unknown: string[] = []
  const different: string[] = []
  const counts = { codes: 0, known: 0, pairs: 0, named: 0 }
  for (const code of [...pairs.keys()].sort()) {
    const system = systemOf(code)
    if (system === undefined) continue
    const catalog = catalogFor(system)
    const byName = pairs.get(code) ?? new Map()
    counts.codes++
    const known = catalog.has(code)
    if (known) counts.known++
    for (const rec of [...byName.values()].sort((a, b) => b.occ.length - a.occ.length)) {
      counts.pairs++
      const cities = new Set(rec.occ.map((o: Occurrence) => o.city))
      let status = 'unknown code'
      if (known) {
        const answer = catalog.lookup(`${code} ${rec.name}`, { year: 2026 })
        status = answer.status === 'known' ? (answer.printedNameMatch ?? 'current') : 'unknown code'
        if (status !== 'different') counts.named++
      }
      const where = rec.occ
        .slice(0, 5)
        .map((o: Occurrence) => `${o.doc} p.${o.page}`)
        .join('; ')
      rows.push([code, rec.name, rec.occ.length, cities.size, status, where].join('\t'))
      const line = `| ${code} | ${rec.name} | ${rec.occ.length} | ${cities.size} |${known ? ` ${catalog.nameOf(code, 2026)} |` : ''}`
      if (!known) unknown.push(line)
      else if (status === 'different') different.push(line)
    }
  }
  const report = [
    '# Codes harvested from the development corpus / 语料中实际印出的科目编码',
    '',
    'Generated by `npx tsx scripts/harvest-codes.ts` (needs `../shared/corpus` and `pdftotext`).',
    '由脚本从开发语料（真实公开文件）中抽取：每个（编码，名称）组合、印出它的文件数和城市数，并与内置目录比较。',
    'A person decides what goes into the catalog (data/catalogs/…); this list is evidence, not an input applied blindly.',
    '',
    `- documents read / 读取文件: ${docs.length}; with codes / 含编码: ${docsWithCodes.size}`,
    `- distinct codes / 不同编码: ${counts.codes}; known to the catalog / 目录已有: ${counts.known}`,
    `- (code, name) pairs / 编码名称组合: ${counts.pairs}; named as printed (current or alias) / 名称一致: ${counts.named}`,
    '',
    'Full list: `data/harvest/pairs.tsv` (code, name, documents, cities, catalog status, where: document and page).',
    '',
    '## Unknown codes / 目录中没有的编码',
    '',
    '| code | printed name | documents | cities |',
    '|---|---|---|---|',
    ...unknown,
    '',
    '## Names that differ from the catalog / 与目录名称不一致',
    '',
    'Line-wrapped or truncated names appear here too; a pair printed by one document only is usually a',
    'misprint or an extraction artefact, one printed by several is a variant to record as an alias.',
    '',
    '| code | printed name | documents | cities | catalog name (2026) |',
    '|---|---|---|---|---|',
    ...different,
    '',
  ].join('\n')
  if (argv.includes('--stdout')) {
    console.log(report)
    return
  }
  mkdirSync(dirname(PAIRS_OUT), { recursive: true })
  writeFileSync(PAIRS_OUT, `${rows.join('\n')}\n`)
  writeFileSync(REPORT_OUT, report)
  console.log(
    `harvest-codes: ${counts.codes} codes (${counts.known} known), ${counts.pairs} pairs (${counts.named} named as printed) → ${PAIRS_OUT}, ${REPORT_OUT}`,
  )
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
}
