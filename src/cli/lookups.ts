/** `medbudget codes`, `medbudget glossary` and `medbudget schema`: look-ups. @module */
import {
  type Catalog,
  departmentEconomicCatalog,
  functionalCatalog,
  governmentEconomicCatalog,
  isMedbudgetError,
  lookupTerm,
  searchGlossary,
} from '../index'
import { excerpt } from '../internal/limits'
import { oneOf, parse, UsageError } from './args'
import { type Streams, write } from './io'
import { COMMAND_OPTIONS } from './options'
import { jsonSchemaOf, SCHEMAS, type SchemaName } from './schema'

const CATALOGS = [
  { catalog: functionalCatalog as Catalog<string>, zh: '支出功能分类', en: 'functional classification' },
  {
    catalog: departmentEconomicCatalog as Catalog<string>,
    zh: '部门预算支出经济分类',
    en: 'department economic classification',
  },
  {
    catalog: governmentEconomicCatalog as Catalog<string>,
    zh: '政府预算支出经济分类',
    en: 'government economic classification',
  },
] as const

const LEVEL = {
  lei: { zh: '类', en: 'class' },
  kuan: { zh: '款', en: 'section' },
  xiang: { zh: '项', en: 'item' },
} as const

/** The catalog a code belongs to, by its first digit: 2 functional, 3 department economic, 5 government economic. */
/**
 * A catalog's answer for a query of digits, or `undefined` when the digits are not a code of its
 * system (`3010101`: department economic codes have 3 or 5 digits), so that the query is reported
 * not found and the others are still answered, instead of ending the command.
 * @example
 * ```ts
 * lookupOrMalformed(departmentEconomicCatalog, '3010101', {}) // undefined
 * ```
 */
function lookupOrMalformed(
  catalog: Catalog<string>,
  digits: string,
  options: { year?: number },
): ReturnType<Catalog<string>['lookup']> | undefined {
  try {
    return catalog.lookup(digits, options)
  } catch (e) {
    if (isMedbudgetError(e) && e.code === 'CODE_MALFORMED') return undefined
    throw e
  }
}

function catalogOf(code: string): (typeof CATALOGS)[number] | undefined {
  return code.startsWith('2')
    ? CATALOGS[0]
    : code.startsWith('3')
      ? CATALOGS[1]
      : code.startsWith('5')
        ? CATALOGS[2]
        : undefined
}

/**
 * Runs `medbudget codes`: each argument a code (`2101501`, `210 15 01`) or a name (`行政运行`).
 *
 * @param args - arguments after `codes`
 * @param streams - stdout and stderr
 * @returns 0 when every query found something, 1 otherwise
 * @example
 * ```ts
 * await runCodes(['2101501', '--year', '2024'], process)
 * ```
 */
export async function runCodes(args: readonly string[], streams: Streams): Promise<number> {
  const { values, positionals } = parse(args, COMMAND_OPTIONS.codes)
  const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format')
  if (positionals.length === 0) throw new UsageError('请给出编码或名称', 'give a code or a name')
  if (values.year !== undefined && !/^(20\d\d|2100)$/.test(values.year))
    throw new UsageError(
      `--year 应为年份，而不是“${excerpt(values.year)}”`,
      `--year must be a year, not "${excerpt(values.year)}"`,
    )
  const year = values.year === undefined ? undefined : Number(values.year)
  const options = year === undefined ? {} : { year }
  let missing = 0
  const results: unknown[] = []
  for (const query of positionals.slice(0, 1000)) {
    const q = query.trim().slice(0, 200)
    const digits = q.replace(/[\s-]/g, '')
    if (/^\d{3,7}$/.test(digits)) {
      const target = catalogOf(digits)
      const found = target === undefined ? undefined : lookupOrMalformed(target.catalog, digits, options)
      if (found === undefined || found.status !== 'known') {
        missing++
        results.push({ query, found: false })
        if (format === 'text') await write(streams.stdout, `${query}\t未找到 / not found\n`)
        continue
      }
      results.push({
        query,
        found: true,
        system: target!.catalog.system,
        code: found.code,
        name: found.name,
        level: found.level,
        edition: found.edition,
        nearestEdition: found.nearestEdition,
        inForce: found.inForce,
      })
      if (format === 'text')
        await write(
          streams.stdout,
          `${found.code}\t${found.name}\t${target!.zh}·${LEVEL[found.level].zh} / ${target!.en}, ${LEVEL[found.level].en}\t${found.edition} 年版${found.nearestEdition ? '（最近的版本 / nearest edition）' : ''} / ${found.edition} edition${found.inForce ? '' : '\t已停用 / no longer in force'}\n`,
        )
      continue
    }
    const hits = CATALOGS.flatMap((c) =>
      c.catalog.searchByName(q, { ...options, fuzzy: true, limit: 5 }).map((m) => ({ c, m })),
    )
      .sort((a, b) => b.m.score - a.m.score)
      .slice(0, 8)
    if (hits.length === 0) {
      missing++
      results.push({ query, found: false })
      if (format === 'text') await write(streams.stdout, `${query}\t未找到 / not found\n`)
      continue
    }
    results.push({
      query,
      found: true,
      matches: hits.map(({ c, m }) => ({
        system: c.catalog.system,
        code: m.code,
        name: m.name,
        level: m.level,
        edition: m.edition,
        score: m.score,
      })),
    })
    if (format === 'text')
      for (const { c, m } of hits)
        await write(
          streams.stdout,
          `${m.code}\t${m.name}\t${c.zh}·${LEVEL[m.level].zh} / ${c.en}\t${m.edition} 年版 / ${m.edition} edition\n`,
        )
  }
  if (format === 'json') await write(streams.stdout, `${JSON.stringify(results, null, 2)}\n`)
  return missing === 0 ? 0 : 1
}

/**
 * Runs `medbudget glossary`: each argument a term, an alias or an English name.
 *
 * @param args - arguments after `glossary`
 * @param streams - stdout and stderr
 * @param version - the package version (the edition of the bundled glossary)
 * @returns 0 when every term was found, 1 otherwise
 * @example
 * ```ts
 * await runGlossary(['尾差'], process, '0.1.0')
 * ```
 */
export async function runGlossary(
  args: readonly string[],
  streams: Streams,
  version: string,
): Promise<number> {
  const { values, positionals } = parse(args, COMMAND_OPTIONS.glossary)
  const lang = oneOf(values.lang, ['zh', 'en', 'both'] as const, 'zh', 'lang')
  const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format')
  if (positionals.length === 0) throw new UsageError('请给出术语', 'give a term')
  let missing = 0
  const results: unknown[] = []
  for (const query of positionals.slice(0, 1000)) {
    const r = lookupTerm(query.slice(0, 200))
    if (!r.found) {
      missing++
      const hits = searchGlossary(query.slice(0, 200)).slice(0, 5)
      results.push({ query, found: false, suggestions: hits.map((h) => h.entry.term) })
      if (format === 'text')
        await write(
          streams.stdout,
          `${query}：未找到 / not found${hits.length > 0 ? `；相近 / see also: ${hits.map((h) => h.entry.term).join('、')}` : ''}\n`,
        )
      continue
    }
    const e = r.entry
    results.push({ query, found: true, edition: `@medbudget/core ${version}`, entry: e })
    if (format === 'text') {
      const zh = `${e.term}（${e.en.term}）\n${e.definition}`
      const en = `${e.en.term} (${e.term})\n${e.en.definition}`
      await write(
        streams.stdout,
        `${lang === 'zh' ? zh : lang === 'en' ? en : `${zh}\n${e.en.definition}`}\n〔术语表 / glossary: @medbudget/core ${version}〕\n\n`,
      )
    }
  }
  if (format === 'json') await write(streams.stdout, `${JSON.stringify(results, null, 2)}\n`)
  return missing === 0 ? 0 : 1
}

/**
 * Runs `medbudget schema`: prints the JSON Schema of one of the outputs.
 *
 * @param args - `check`, `disclosure` or `facts`
 * @param streams - stdout and stderr
 * @returns 0
 * @example
 * ```ts
 * await runSchema(['check'], process)
 * ```
 */
export async function runSchema(args: readonly string[], streams: Streams): Promise<number> {
  const { positionals } = parse(args, COMMAND_OPTIONS.schema)
  const names = Object.keys(SCHEMAS) as SchemaName[]
  const name = oneOf(positionals[0], names, 'check', 'schema')
  if (positionals.length !== 1)
    throw new UsageError(`请给出 ${names.join('、')} 之一`, `give one of ${names.join(', ')}`)
  await write(streams.stdout, `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`)
  return 0
}
