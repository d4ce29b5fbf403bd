import type { Catalog } from '../../codes/catalog'
import { normalizeName } from '../../codes/normalizeName'
import type { CatalogEntry } from '../../codes/types'
import { cellWhere } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import type { FindingDraft } from '../types'
import { catalogOfRow } from './catalogOfRow'

// Every name (in force, former, alias) of a catalog, normalised, with the codes that carry it:
// built once per catalog (a memo of a pure function, dropped with the catalog).
const NAMES = new WeakMap<Catalog<string>, ReadonlyMap<string, readonly string[]>>()

// every name of an entry: those of its editions and its aliases
const namesOfEntry = (entry: CatalogEntry<string>): string[] => [
  ...entry.names.map((n) => n.name),
  ...(entry.aliases ?? []),
]

// The normalised names of each entry, found once per entry (a memo of a pure function, dropped with the catalog).
const ENTRY_NAMES = new WeakMap<CatalogEntry<string>, readonly string[]>()

/**
 * The normalised names of a catalog entry, found once per entry (a memo of a pure function, dropped
 * with the catalog).
 * @example
 * ```ts
 * entryNames(functionalCatalog.get('2101501')!) // ['行政运行', …]
 * ```
 */
function entryNames(entry: CatalogEntry<string>): readonly string[] {
  const known = ENTRY_NAMES.get(entry)
  if (known) return known
  const names = namesOfEntry(entry).map(normalizeName)
  ENTRY_NAMES.set(entry, names)
  return names
}

// The names of each entry as the catalog spells them, those whose normalised form is not empty:
// a row printing one of them to the letter is a name of its code (found once per entry).
const EXACT_NAMES = new WeakMap<CatalogEntry<string>, ReadonlySet<string>>()

/**
 * The names of a catalog entry as spelt (its editions' and its aliases), each normalising to a
 * name that is not empty: a printed name equal to one of them passes without being normalised (a
 * name normalises as the catalog's own spelling of it does). Found once per entry.
 * @example
 * ```ts
 * exactNames(functionalCatalog.get('2010101')!).has('行政运行') // true
 * ```
 */
function exactNames(entry: CatalogEntry<string>): ReadonlySet<string> {
  const known = EXACT_NAMES.get(entry)
  if (known) return known
  const normalised = entryNames(entry)
  const names = new Set(namesOfEntry(entry).filter((_, i) => (normalised[i] ?? '').length > 0))
  EXACT_NAMES.set(entry, names)
  return names
}

function namesOf(catalog: Catalog<string>): ReadonlyMap<string, readonly string[]> {
  const known = NAMES.get(catalog)
  if (known) return known
  const out = new Map<string, string[]>()
  for (const entry of catalog.entries)
    for (const name of namesOfEntry(entry)) {
      const key = normalizeName(name)
      const codes = out.get(key)
      if (!codes) out.set(key, [entry.code])
      else if (!codes.includes(entry.code)) codes.push(entry.code)
    }
  NAMES.set(catalog, out)
  return out
}

/**
 * The name printed beside a code is a name of that code: the name in force in the document's
 * year, a name of another edition (a renamed code), or a spelling the catalog records as an alias
 * — all silent. A name the catalog gives to other codes only is a warning: the row names one
 * code and prints another (a 款 printed without its digits, a name slipped one row). A name cut
 * short by the layout (contained in the catalog name, or the other way round) is not a different
 * name, and a name no code carries (local wording, a garbled extraction) proves nothing.
 * Codes the catalog lacks are left to `codes-known`. The catalog is the one passed to `reconcile`
 * (`functionalCatalog`, `departmentEconomicCatalog`), else the bundled one.
 *
 * @example
 * ```ts
 * nameVsCatalog.check(doc, { templates: [] }).findings.map((f) => f.params.catalogName)
 * ```
 */
export const nameVsCatalog = /*#__PURE__*/ defineRule({
  id: 'name-vs-catalog',
  title: { zh: '科目名称与编码相符', en: 'Printed names match their codes' },
  family: 'completeness',
  severity: 'warning',
  reads: {
    zh: '各表功能分类与部门经济分类行的编码和名称；科目表（含历年名称与别名）',
    en: 'code and name of functional and department economic rows; the catalog with former names and aliases',
  },
  check: (doc, ctx) => {
    let checks = 0
    const findings: FindingDraft[] = []
    // the same names recur in every table of a document: each normalised once per check
    const normalised = new Map<string, string>()
    for (const table of doc.tables) {
      table.rows.forEach((row, index) => {
        const catalog = catalogOfRow(row, ctx)
        const entry = row.code ? catalog?.get(row.code) : undefined
        if (!catalog || !entry || !row.code) return
        // the usual row prints its code's name to the letter: a check made, nothing to normalise
        if (exactNames(entry).has(row.name)) {
          checks++
          return
        }
        let printed = normalised.get(row.name)
        if (printed === undefined) {
          printed = normalizeName(row.name)
          normalised.set(row.name, printed)
        }
        if (printed.length === 0) return
        checks++
        const names = entryNames(entry)
        if (names.some((n) => n === printed || n.includes(printed) || printed.includes(n))) return
        // a name the catalog gives to other codes only: the row says two things. A name no code
        // carries (local wording, a garbled extraction) says nothing about the code.
        const others = namesOf(catalog).get(printed)
        if (!others || others.includes(row.code)) return
        const catalogName = catalog.nameOf(row.code, doc.fiscalYear) ?? entry.names[0]?.name ?? ''
        findings.push({
          severity: 'warning',
          status: 'mismatch',
          where: cellWhere(table, row, index),
          printed: row.name,
          expected: catalogName,
          messageId: 'name-not-code',
          params: {
            place: `《${table.title}》`,
            placeEn: `table "${table.title}"`,
            code: row.code,
            name: row.name,
            catalogName,
            nameCodes: others.join('、'),
            nameCodesEn: others.join(', '),
            year: doc.fiscalYear,
          },
        })
      })
    }
    if (checks === 0) return notApplicable('没有可对照科目表的编码行', 'no coded rows the catalog knows')
    return { status: 'ran', checks, findings }
  },
})
