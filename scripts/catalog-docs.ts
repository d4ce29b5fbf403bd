/**
 * Writes docs/catalogs.md from the catalog data: what each catalog covers per edition, where each
 * part comes from (seed / team knowledge / reference / user), how to rebuild from an official CSV,
 * and how to read printed codes (with the errata list).
 *
 * Usage: npx tsx scripts/catalog-docs.ts [--check] [--out path.md]
 *
 * The economic data (src/codes/economic/*.generated.ts) is included when present; without it the
 * page says so instead of failing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { codeErrata } from '../src/codes/errata'
import { cofogMapping, cofogNames } from '../src/codes/functional/cofog/cofogMapping'
import { functionalEditions } from '../src/codes/functional/functional.generated'
import { functionalEntries } from '../src/codes/functional/functionalCatalog'
import { functionalChanges } from '../src/codes/functional/functionalChanges'
import type { CatalogEntry, Provenance } from '../src/codes/types'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'docs/catalogs.md')

interface CatalogSection {
  readonly title: string
  readonly module: string
  readonly entries: readonly CatalogEntry[]
}

async function optionalEntries(
  file: string,
  exportName: string,
): Promise<readonly CatalogEntry[] | undefined> {
  const path = join(ROOT, file)
  if (!existsSync(path)) return undefined
  try {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>
    const value = mod[exportName]
    return Array.isArray(value) ? (value as readonly CatalogEntry[]) : undefined
  } catch {
    return undefined
  }
}

const KIND_LABEL: Readonly<Record<Provenance['kind'], string>> = {
  seed: '种子文件印有 / printed in a seed',
  mof: '团队对财政部科目的了解 / team knowledge of the MoF classification',
  reference: '参考文件 / reference file',
  user: '用户数据 / user data',
  printed: '开发语料中的公开文件印有 / printed in published documents of the development corpus',
}
const LEVEL_LABEL = { lei: '类', kuan: '款', xiang: '项' } as const

function count<T>(items: readonly T[], pred: (t: T) => boolean): number {
  return items.reduce((n, t) => n + (pred(t) ? 1 : 0), 0)
}

function provenanceTable(entries: readonly CatalogEntry[]): string[] {
  const kinds = ['seed', 'printed', 'mof', 'reference', 'user'] as const
  const rows = kinds.map((k) => {
    const byLevel = (['lei', 'kuan', 'xiang'] as const).map((l) =>
      count(entries, (e) => e.level === l && e.provenance.some((p) => p.kind === k)),
    )
    return `| ${KIND_LABEL[k]} | ${byLevel.join(' | ')} | ${count(entries, (e) => e.provenance.some((p) => p.kind === k))} |`
  })
  const onlyMof = count(entries, (e) => e.provenance.every((p) => p.kind === 'mof'))
  const seedOnly = count(entries, (e) => e.provenance.every((p) => p.kind === 'seed'))
  return [
    '| 来源 / source | 类 | 款 | 项 | 合计 / total |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `An entry can carry several sources. 仅凭团队知识、未经种子或参考文件印证 / team knowledge only, not attested: **${onlyMof}**; ` +
      `仅见于种子文件 / attested by a seed only: **${seedOnly}**.`,
  ]
}

function seedTable(entries: readonly CatalogEntry[]): string[] {
  const bySeed = new Map<string, Set<string>>()
  for (const e of entries) {
    for (const p of e.provenance) {
      if (p.kind === 'seed') {
        const set = bySeed.get(p.seed) ?? new Set<string>()
        set.add(e.code)
        bySeed.set(p.seed, set)
      }
    }
  }
  return [
    '| seed | codes printed / 印有编码数 | codes |',
    '|---|---:|---|',
    ...[...bySeed.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([seed, codes]) => `| ${seed} | ${codes.size} | ${[...codes].sort().join(', ')} |`),
  ]
}

function renames(entries: readonly CatalogEntry[]): string[] {
  const changed = entries.filter(
    (e) => e.names.length > 1 || (e.aliases?.length ?? 0) > 0 || (e.editionAliases?.length ?? 0) > 0,
  )
  if (changed.length === 0) return ['(none)']
  return [
    '| code | names per edition / 各版本名称 | variants met in print / 印刷变体 |',
    '|---|---|---|',
    ...changed.map(
      (e) =>
        `| ${e.code} | ${e.names.map((n) => `${n.name} (${n.from}–${n.to ?? ''})`).join('; ')} | ${[...(e.aliases ?? []), ...(e.editionAliases ?? []).map((a) => `${a.name} (${a.from}–${a.to ?? ''})`)].join('; ')} |`,
    ),
  ]
}

function functionalCoverage(entries: readonly CatalogEntry[]): string[] {
  const lei = entries.filter((e) => e.level === 'lei')
  return [
    '| 类 | 名称 (latest) | English | 款 | 项 | seed-attested codes | printed in the corpus / 语料印有 | team knowledge only / 仅团队知识 |',
    '|---|---|---|---:|---:|---:|---:|---:|',
    ...lei.map((l) => {
      const sub = entries.filter((e) => e.code.startsWith(l.code))
      const latest = l.names[l.names.length - 1]?.name ?? ''
      return `| ${l.code} | ${latest} | ${l.en ?? ''} | ${count(sub, (e) => e.level === 'kuan')} | ${count(sub, (e) => e.level === 'xiang')} | ${count(sub, (e) => e.provenance.some((p) => p.kind === 'seed'))} | ${count(sub, (e) => e.provenance.some((p) => p.kind === 'printed'))} | ${count(sub, (e) => e.provenance.every((p) => p.kind === 'mof'))} |`
    }),
  ]
}

function section(s: CatalogSection): string[] {
  const levels = (['lei', 'kuan', 'xiang'] as const)
    .map((l) => `${LEVEL_LABEL[l]} ${count(s.entries, (e) => e.level === l)}`)
    .join(', ')
  const from = Math.min(...s.entries.flatMap((e) => e.names.map((n) => n.from)))
  return [
    `## ${s.title}`,
    '',
    `Module: \`${s.module}\`. Entries / 条目: **${s.entries.length}** (${levels}). Earliest name recorded: ${from}.`,
    '',
    '### Provenance / 来源',
    '',
    ...provenanceTable(s.entries),
    '',
    '### Codes attested in the seeds / 种子文件印证的编码',
    '',
    ...seedTable(s.entries),
    '',
    '### Names that changed, and variants / 更名与变体',
    '',
    ...renames(s.entries),
    '',
  ]
}

const READING_CODES = `## Reading printed codes / 读取印刷的科目编码

*This section is written by hand (kept in \`scripts/catalog-docs.ts\`).*

Disclosures print the same code in several ways; \`parseCode\` reads all of them and returns
\`{ code, level, system, name? }\`:

| printed / 印刷形式 | where / 出处 | read as |
|---|---|---|
| \`2101501\` | 河北 template, 决算 公开表 | 2101501 |
| \`210\\t15\\t01\`, \`210 | 15 | 01\` | 河南 templates: 类/款/项 in three columns | 2101501 |
| \`21015 01\` | 款 and 项 in two columns | 2101501 |
| \`【2101501】行政运行\`, \`[2101501]行政运行\` | text, project lists | 2101501, name 行政运行 |
| \`２１０\` (full width) | OCR, Word exports | 210 |
| \`301 | 01\`, \`30101\` | economic classification (部门) | 30101 |

- The first digit names the system: 2 functional (支出功能分类), 3 department economic (部门预算支出经济分类),
  5 government economic (政府预算支出经济分类). Functional codes have 3/5/7 digits (类/款/项), economic 3/5.
- A malformed code throws \`CODE_MALFORMED\` with a message saying what is wrong (\`2101 5\`: the first column
  has 4 digits, 3 expected; \`301 l\`: "l" is not a digit, OCR often reads 1 as l; \`210 12 00\`: 项 00 does
  not exist). A well-formed code that a catalog lacks is not an error: \`lookup\` answers \`status: 'unknown'\`.
- Names are compared after normalisation: whitespace and line wraps inside a name (\`缴费支 出\`), full/half
  width, brackets \`（）\`/\`()\`, a leading ordinal (\`（十）\`, \`十、\`), a level marker (\`（类）\`) and a
  trailing \`支出\` do not matter. A name of another edition (\`医疗卫生与计划生育支出\`, before 2019) or a
  variant met in print (\`城乡社区事务\`) resolves as an alias and says which edition it belongs to.
- The ordinal printed before a 类 in summary tables is not its identity: some templates number by code
  (十九 is 219, 十八 skipped), others sequentially. Use the code.

各地公开文本对同一科目编码有多种印法（连写、分三栏、带方括号与名称、全角数字）；\`parseCode\` 均可读取。
格式错误抛出 \`CODE_MALFORMED\` 并说明错在哪里；格式正确但目录中没有的编码返回 \`status: 'unknown'\`，不抛错。
名称比较前先做规范化（空白与折行、全半角、括号、序号、（类）标记、末尾“支出”）。旧版名称与印刷变体作为别名解析，并注明所属版本。

### Errata / 勘误

The seeds carry OCR slips in printed codes. The catalogs never learn a wrong code: \`parseCode(input, { errata: codeErrata })\`
(or \`catalog.lookup(input, { errata })\`) corrects a known misprint and reports the erratum it applied.
种子文件中的编码有 OCR 错误；目录不收录错误编码，解析时可传入勘误表，结果会注明所用勘误。
`

function errataTable(): string[] {
  return [
    '| seed | table | printed / 印刷 | name / 名称 | intended / 应为 | why / 理由 |',
    '|---|---|---|---|---|---|',
    ...codeErrata.map(
      (e) =>
        `| ${e.seed} | ${e.table} | \`${e.printed.replace(/\t/g, '⇥').replace(/\|/g, '\\|')}\` | ${e.name ?? ''} | ${e.intended} | ${e.why.replace(/\|/g, '\\|')} |`,
    ),
  ]
}

const REBUILD = `## Rebuilding from the official spreadsheet / 用官方科目表重建

The bundled functional data comes from \`data/catalogs/functional/functional.csv\` (columns
\`code,name,from,to,en,aliases,source,note\`; one row per name and edition range, oldest first; \`source\` is
\`mof\` for the team's knowledge or \`seed\` for a code known only from a seed) and from the seeds themselves
(which table prints which code). After editing the CSV:

\`\`\`sh
npx tsx scripts/build-catalog.ts          # writes src/codes/functional/functional.generated.ts
npx tsx scripts/build-catalog.ts --check  # fails when the generated file is out of date
npx tsx scripts/catalog-docs.ts           # rewrites this page
\`\`\`

If you hold the Ministry of Finance's 《政府收支分类科目》 for a year, export the functional part as CSV with two
columns, code and name (a header row is skipped; codes may be joined or split, \`210 15 01\`), one edition per
file, and merge it:

\`\`\`sh
npx tsx scripts/build-catalog.ts --edition 2025 --official 2025-functional.csv [--edition 2026 --official 2026.csv]
npx tsx scripts/build-catalog.ts --edition 2025 --official ours.csv --provenance user   # mark rows as your data
\`\`\`

The official rows set the names in force for that edition (a rename splits the name's edition range), codes
they add are created for that edition, and every row gets provenance \`{ kind: 'reference', file }\` (or
\`{ kind: 'user' }\`). The build refuses codes whose parent is missing and prints every problem. At run time,
\`createFunctionalCatalog(entries)\` builds a catalog from entries you hold without regenerating anything.

持有财政部《政府收支分类科目》电子表格的用户，可将功能分类导出为两列（编码、名称）的 CSV，每个版本一个文件，
用 \`--edition 年度 --official 文件\` 合并重建；官方行将覆盖该年度的名称，并标注来源为 reference（或 user）。
运行时也可直接用 \`createFunctionalCatalog(entries)\` 以自有数据构建目录。
`

const OWN_LIST = `
## Loading your own list / 载入自己的科目表

\`functionalCatalogFromCsv(text, { edition })\` (and \`functionalCatalogFromXlsx(bytes, { edition, sheet })\` in
\`@medbudget/core/xlsx\`, which loads exceljs on first use) builds a catalog of one edition from the Ministry's list of a year at
run time. Columns are found by their header: \`科目编码\` + \`科目名称\`, or \`类\` / \`款\` / \`项\` in three columns (a blank 类 or 款
cell repeats the one above, as the Ministry prints them); without a header, code then name. Every problem is reported at once,
each with its line and column (\`CATALOG_INVALID\`, \`issues[i].path = [line, column]\`). Pass the catalog as
\`{ functionalCatalog }\` to \`reconcile\`, \`buildTables\` and \`readDisclosure\`: the code checks, the names printed in the tables
and the reader's code recovery then use it instead of the bundled one.

\`functionalCatalogFromCsv(text, { edition })\`（xlsx 用 \`@medbudget/core/xlsx\` 的 \`functionalCatalogFromXlsx\`）在运行时由财政部某年度的科目表
构建目录：按表头识别“科目编码/科目名称”或“类/款/项”三栏（类、款空白时沿用上一行）。所有错误一次报告，注明行号与列号。将其作为
\`{ functionalCatalog }\` 传给 \`reconcile\`、\`buildTables\`、\`readDisclosure\`，编码检查、表中名称与读取时的编码恢复都改用该目录。

\`\`\`ts
import { functionalCatalogFromCsv } from '@medbudget/core/functional'
const mine = functionalCatalogFromCsv('科目编码,科目名称\\n210,卫生健康支出\\n21015,医疗保障管理事务\\n2101501,行政运行', { edition: 2026 })
mine.nameOf('2101501') // '行政运行'
\`\`\`

An alias valid only in some editions goes in the CSV's \`aliases\` column as \`name@2024-2025\` (or \`name@2024-\`); it becomes
\`editionAliases\` of the entry, and \`lookup\`/\`searchByName\` accept it only for those years.
只在部分版本有效的别名写作 \`名称@2024-2025\`，仅在这些年度被接受。
`

/** The crosswalk: codes created, abolished and renamed between the editions, and the recorded moves. */
function crosswalkSection(): string[] {
  const { first, last } = functionalEditions
  const created: string[] = []
  const abolished: string[] = []
  const renamed: string[] = []
  for (const e of functionalEntries) {
    const inForce = (y: number) => e.names.find((n) => n.from <= y && y <= (n.to ?? Number.POSITIVE_INFINITY))
    for (let y = first + 1; y <= last; y++) {
      const before = inForce(y - 1)
      const now = inForce(y)
      if (!before && now) created.push(`${e.code} ${now.name} (${y})`)
      if (before && !now) abolished.push(`${e.code} ${before.name} (${y})`)
      if (before && now && before.name !== now.name)
        renamed.push(`${e.code} ${before.name} → ${now.name} (${y})`)
    }
  }
  return [
    '## Crosswalk between editions / 版本间对照',
    '',
    '`catalog.crosswalk(code, fromYear, toYear)` says what a code of one budget year is in another — a 2023 code read in a',
    '2026 comparison: `same`, `renamed` (with `toName`), `moved` or `split` (with the codes in `to` and the change record',
    'that says why), `abolished` (with `lastEdition`), `created` (read backwards: the code did not exist yet) or `unknown`',
    "(`reason: 'not-in-catalog' | 'not-in-force'`). Created, abolished and renamed codes are read from the names per edition;",
    'moves and splits, which names cannot tell, come from change records (`functionalChanges`, or `changes` passed to',
    '`createCatalog`). Only changes the team is sure of are recorded; a code that left without a record answers `abolished`.',
    '',
    '`catalog.crosswalk(code, fromYear, toYear)` 回答某年度的科目在另一年度对应什么：相同、更名、移至他码、拆分、撤销、新设（反向查询）或未知。',
    '新设、撤销与更名由各版本名称推出；移动与拆分由变更记录给出，并说明理由。',
    '',
    '```ts',
    "import { functionalCatalog as bundledFunctional } from '@medbudget/core/functional'",
    "const moved = bundledFunctional.crosswalk('2010308', 2023, 2026)",
    "moved.status // 'moved'",
    "const renamed = bundledFunctional.crosswalk('2100410', 2023, 2026)",
    "renamed.status // 'renamed'",
    '```',
    '',
    '| change / 变更 | codes / 编码 |',
    '|---|---|',
    `| moved or split / 移动或拆分 | ${functionalChanges.map((c) => `${c.code} → ${c.to.join(' + ')} (${c.edition}): ${c.why.en}`).join('<br>') || '(none)'} |`,
    `| renamed / 更名 (${renamed.length}) | ${renamed.join('; ') || '(none)'} |`,
    `| created / 新设 (${created.length}) | ${created.join('; ') || '(none)'} |`,
    `| abolished / 撤销 (${abolished.length}) | ${abolished.join('; ') || '(none)'} |`,
    '',
  ]
}

/** The COFOG mapping table. */
function cofogSection(): string[] {
  const name = (code: string): string =>
    functionalEntries.find((e) => e.code === code)?.names.at(-1)?.name ?? ''
  return [
    '## COFOG / 政府职能分类对照',
    '',
    '`cofogOf(code)` answers the UN COFOG division (and group where the mapping gives one) of any functional code: the line',
    'of the code, else of its 款, else of its 类, with the reasoning. Every 类 is mapped, and the 款 whose function differs',
    'from their 类. Team knowledge, not an official correspondence (none was found).',
    '',
    '`cofogOf(code)` 给出功能分类科目对应的联合国 COFOG 大类（及组）：先查该编码，再查其款、其类，并附理由。团队知识，非官方对照。',
    '',
    '| code | 名称 | COFOG | why |',
    '|---|---|---|---|',
    ...cofogMapping.map(
      (l) => `| ${l.code} | ${name(l.code)} | ${l.cofog} ${cofogNames[l.cofog] ?? ''} | ${l.why.en} |`,
    ),
    '',
  ]
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check')
  const outAt = process.argv.indexOf('--out')
  const out =
    outAt > 0 && process.argv[outAt + 1] !== undefined ? resolve(process.argv[outAt + 1] ?? '') : OUT
  const sections: CatalogSection[] = [
    {
      title: '支出功能分类科目 / Functional classification',
      module: '@medbudget/core/functional',
      entries: functionalEntries,
    },
  ]
  const department = await optionalEntries(
    'src/codes/economic/department.generated.ts',
    'departmentEconomicEntries',
  )
  const government = await optionalEntries(
    'src/codes/economic/government.generated.ts',
    'governmentEconomicEntries',
  )
  if (department) {
    sections.push({
      title: '部门预算支出经济分类 / Department economic classification',
      module: 'src/codes/economic',
      entries: department,
    })
  }
  if (government) {
    sections.push({
      title: '政府预算支出经济分类 / Government economic classification',
      module: 'src/codes/economic',
      entries: government,
    })
  }
  const [functional, ...economic] = sections
  const lines = [
    '<!-- Generated by scripts/catalog-docs.ts — do not edit. Run `npx tsx scripts/catalog-docs.ts`. -->',
    '',
    '# Classification catalogs / 分类科目目录',
    '',
    'No complete official catalog file was within reach of this project. Every entry therefore says where it',
    'comes from: **seed** (printed in one of the five bundled disclosures, with the table), **mof** (the team’s',
    'knowledge of the Ministry of Finance classification, not checked against an official file), **reference**',
    '(a partial reference file or an official CSV merged by the build), **user** (your data). English names are',
    'the team’s renderings, not an official translation (none was found).',
    '',
    '本项目未能取得完整的官方科目文件，因此每个条目都注明来源：seed（五份种子公开文件中印有，注明表名）、',
    'mof（团队对财政部科目的了解，未与官方文件核对）、reference（参考文件或合并的官方 CSV）、user（用户数据）。',
    '英文名称为团队译法，并非官方译文。',
    '',
    `Functional editions covered / 功能分类覆盖版本: ${functionalEditions.first}–${functionalEditions.last}. A year outside`,
    'this range is answered from the nearest edition, and the answer says so (`nearestEdition: true`). Names for',
    '2026 repeat 2025 as far as the team knows.',
    '',
    '### What the functional catalog covers / 功能分类覆盖范围',
    '',
    '- every 类 in force, 201–234 (no 218, 225, 226, 228), with former names where known;',
    '- the 款 and 项 of every 类 as the team knows them for 2022–2026 (provenance mof), including the',
    '  超长期特别国债 (款 98) and 彩票公益金 branches and the 50 事业运行 / 99 其他 items; the table below says,',
    '  per 类, how many codes the seeds and the development corpus attest;',
    '- every functional code printed in the five seeds (provenance seed, with the table title).',
    "- A code the catalog lacks answers `status: 'unknown'`; load your own list (below) to use the official one.",
    '',
    ...(functional ? section(functional) : []),
    '### Coverage by 类 / 按类统计',
    '',
    ...functionalCoverage(functionalEntries),
    '',
    ...economic.flatMap(section),
    ...(department && government
      ? []
      : [
          '## Economic classification / 经济分类',
          '',
          '(The economic data was not found when this page was generated.)',
          '',
        ]),
    READING_CODES,
    ...errataTable(),
    '',
    REBUILD,
    ...crosswalkSection(),
    ...cofogSection(),
    OWN_LIST,
  ]
  const text = `${lines.join('\n')}\n`
  if (check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : ''
    if (current !== text) {
      console.error('catalog-docs: docs/catalogs.md is out of date: run npx tsx scripts/catalog-docs.ts')
      process.exit(1)
    }
    console.log('catalog-docs: docs/catalogs.md is up to date')
    return
  }
  writeFileSync(out, text)
  console.log(`catalog-docs: wrote ${out}`)
}

await main()
