// Writes docs/analysis.md: DuckDB queries over the facts (`medbudget facts`), with their output. Not run in CI
// (DuckDB is a devDependency used only here).
//   npx tsx scripts/analysis-docs.ts              the facts of the five bundled samples
//   npx tsx scripts/analysis-docs.ts facts.csv    a facts file, e.g. of the development corpus:
//     node dist/cli.js facts ../shared/corpus/pdf --out facts.csv
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { factCsvLine, factsCsvHeader, factsOf } from '../src/cli/factsOf'
import { loadSample, SAMPLES } from '../src/samples/index'

const given = process.argv[2]
const corpus = given !== undefined
const csv = given ?? join(mkdtempSync(join(tmpdir(), 'medbudget-analysis-')), 'facts.csv')
if (!corpus) {
  let text = factsCsvHeader()
  for (const s of SAMPLES)
    for (const row of factsOf(loadSample(s.id), `samples/${s.id}.json`)) text += factCsvLine(row)
  writeFileSync(csv, text)
}

// text amounts that name the cell they restate, and how many of them equal that cell (same document, table, row,
// column and block); the rest restate a cell printed differently, or one the reader did not find
const RESTATED = `count(*) AS restated,
  count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM facts c
    WHERE c.source = 'table' AND c.document = t.document AND c.table_id = t.table_id
      AND c.column_key = t.column_key AND c.row_code IS NOT DISTINCT FROM t.row_code
      AND c.row_key IS NOT DISTINCT FROM t.row_key AND (t.block IS NULL OR c.block = t.block)
      AND CAST(c.value_yuan AS DECIMAL(20,2)) = CAST(t.value_yuan AS DECIMAL(20,2)))) AS equal_to_cell
FROM facts t
WHERE t.source = 'text' AND t.value_yuan IS NOT NULL AND t.table_id <> 'text'
  AND (t.row_code IS NOT NULL OR t.row_key IS NOT NULL)
GROUP BY ALL ORDER BY restated DESC`

// the corpus files are named <nnn>_<city>__<title>.pdf
const CITY = `split_part(split_part(regexp_replace(document, '^.*/', ''), '__', 1), '_', 2)`
const CORPUS_QUERIES: { title: string; sql: string }[] = [
  {
    title: '每个城市的文件与数字 / documents and figures by city',
    sql: `SELECT ${CITY} AS city, count(DISTINCT document) AS documents,
  count(*) FILTER (WHERE source = 'table') AS cells,
  count(value_yuan) FILTER (WHERE source = 'table') AS amounts,
  count(*) FILTER (WHERE source = 'text') AS text_figures
FROM facts GROUP BY ALL ORDER BY documents DESC, city`,
  },
  {
    title:
      '卫生健康支出（210）按城市，取各文件支出表的 210 类 / health expenditure (class 210) by city, from each expenditure table',
    sql: `SELECT ${CITY} AS city, count(DISTINCT document) AS documents,
  round(sum(CAST(value_yuan AS DECIMAL(20,2))) / 10000, 2) AS wan_yuan
FROM facts
WHERE source = 'table' AND row_code = '210' AND column_key = 'total' AND table_kind = 'expenditure'
  AND value_yuan IS NOT NULL
GROUP BY ALL ORDER BY wan_yuan DESC`,
  },
  {
    title:
      '说明文字复述的金额与其单元格是否一致，按城市 / amounts of the explanatory text against the cells they restate, by city',
    sql: `SELECT ${CITY} AS city, ${RESTATED}`,
  },
]

const QUERIES: { title: string; sql: string }[] = [
  {
    title: '每份文件的数字个数 / figures per document',
    sql: `SELECT department, fiscal_year, kind,
  count(*) FILTER (WHERE source = 'table') AS cells,
  count(value_yuan) FILTER (WHERE source = 'table') AS amounts,
  count(*) FILTER (WHERE source = 'text') AS text_figures
FROM facts GROUP BY ALL ORDER BY department`,
  },
  {
    title:
      '卫生健康支出（210）按部门及所在表 / health expenditure (class 210) by department, in each table that prints it',
    sql: `SELECT department, fiscal_year, kind, table_kind, CAST(value_yuan AS DECIMAL(18,2)) / 10000 AS wan_yuan
FROM facts
WHERE source = 'table' AND row_code = '210' AND column_key = 'total' AND value_yuan IS NOT NULL
ORDER BY department, table_kind`,
  },
  {
    title: '基本支出占支出合计的比重 / share of basic expenditure in total expenditure',
    sql: `WITH t AS (
  SELECT department, fiscal_year, kind,
    max(CASE WHEN column_key = 'total' THEN CAST(value_yuan AS DECIMAL(18,2)) END) AS total,
    max(CASE WHEN column_key = 'exp.basic' THEN CAST(value_yuan AS DECIMAL(18,2)) END) AS basic
  FROM facts
  WHERE source = 'table' AND table_kind = 'expenditure' AND row_kind = 'total'
  GROUP BY ALL)
SELECT department, fiscal_year, kind, total / 10000 AS total_wan, basic / 10000 AS basic_wan,
  round(100 * basic / total, 2) AS basic_share_pct
FROM t WHERE total > 0 ORDER BY basic_share_pct DESC`,
  },
  {
    title: '“三公”经费合计 / the three public expenses, total',
    sql: `SELECT department, fiscal_year, kind, column_key, value_printed, unit
FROM facts WHERE source = 'table' AND table_kind = 'three-public' AND column_key = '3p.total' AND row_kind = 'total'
ORDER BY department`,
  },
  {
    title:
      '说明文字复述的金额与其单元格是否一致 / amounts of the explanatory text against the cells they restate',
    sql: `SELECT department, fiscal_year, kind, ${RESTATED}`,
  },
  {
    title: '说明文字中的增减与增长率 / changes and growth rates stated in the text',
    sql: `SELECT department, row_name, column_key, value_printed, unit, value_yuan
FROM facts WHERE source = 'text' AND (column_key LIKE 'text.change.%' OR column_key LIKE 'text.growth.%')
ORDER BY department, row_name, column_key
LIMIT 12`,
  },
]

const instance = await DuckDBInstance.create(':memory:')
const db = await instance.connect()
await db.run(`CREATE TABLE facts AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = false,
  types = {'value_yuan': 'VARCHAR', 'value_printed': 'VARCHAR', 'row_code': 'VARCHAR', 'department_code': 'VARCHAR', 'gov_code': 'VARCHAR', 'unit_code': 'VARCHAR'})`)

// The corpus holds some files twice under two names (manifest.tsv, column same_bytes_as): count each once.
const manifest = corpus ? findManifest() : undefined
let duplicatesDropped = 0
if (manifest !== undefined) {
  const lines = readFileSync(manifest, 'utf8').split('\n')
  const header = (lines[0] ?? '').split('\t')
  const fileCol = header.indexOf('file')
  const sameCol = header.indexOf('same_bytes_as')
  const copies = lines
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((f) => (f[sameCol] ?? '') !== '')
    .map((f) => f[fileCol] ?? '')
  const distinct = async (): Promise<number> =>
    Number((await db.runAndReadAll('SELECT count(DISTINCT document) FROM facts')).getRowsJS()[0]?.[0])
  const before = await distinct()
  if (copies.length > 0) {
    const list = copies.map((f) => `'${f.replaceAll("'", "''")}'`).join(', ')
    await db.run(`DELETE FROM facts WHERE regexp_replace(document, '^.*/', '') IN (${list})`)
  }
  duplicatesDropped = before - (await distinct())
}

function findManifest(): string | undefined {
  for (const dir of [dirname(String(given)), '../shared/corpus']) {
    for (const candidate of [join(dir, 'manifest.tsv'), join(dir, '..', 'manifest.tsv')])
      if (existsSync(candidate)) return candidate
  }
  return undefined
}

const table = (columns: string[], rows: unknown[][]): string =>
  [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((v) => (v === null ? '' : String(v))).join(' | ')} |`),
  ].join('\n')

const out: string[] = [
  '<!-- generated by scripts/analysis-docs.ts: do not edit by hand -->',
  '# 用 DuckDB 分析事实长表 / Analysing the facts with DuckDB',
  '',
  '`medbudget facts … --out facts.csv` 写出每个印刷数字一行的长表；DuckDB、Spark 可直接读取。',
  '`medbudget facts … --out facts.csv` writes every printed figure, one row per cell; DuckDB or Spark read it as it is.',
  "表格单元格的 `source` 为 `table`，情况说明文字中的数字为 `text`：对单元格求和的查询都加上 `source = 'table'`。",
  "Table cells have `source` `table`, the figures of the explanatory text `text`: every query that sums cells filters `source = 'table'`.",
  '',
  ...(corpus
    ? [
        '**数据 / data**: 下面的结果来自开发语料（12 个城市的真实预算 PDF，由 `medbudget facts` 读取；语料不随仓库发布）。',
        '读取器仍会读错部分表格（见 [reading.md](reading.md)），这些数字用于演示分析方法，不是核实过的统计。',
        'The output below is over the facts `medbudget facts` read from the development corpus (real budget PDFs of',
        '12 cities; the corpus is not part of the repository). The reader still misreads some tables (see',
        '[reading.md](reading.md)): the figures show the method, they are not verified statistics.',
        '',
        `语料中的重复文件（manifest.tsv 的 same_bytes_as 列：同一文件以另一个名字再次出现）只计一次：去掉了读出的 ${duplicatesDropped} 份副本。`,
        `Files the corpus holds twice under two names (manifest.tsv, column same_bytes_as) are counted once: ${duplicatesDropped}`,
        'copies among the documents read were dropped.',
      ]
    : [
        '**数据 / data**: 下面的结果来自随库附带的五份真实公开文件（src/samples）。',
        'The output below is over the facts of the five bundled real disclosures (src/samples).',
      ]),
  '',
  '```sql',
  "CREATE TABLE facts AS SELECT * FROM read_csv('facts.csv', header = true);",
  '```',
  '',
]
const chosen = corpus
  ? [
      ...CORPUS_QUERIES,
      // the per-department queries, first rows only (the restated amounts are shown by city above)
      ...QUERIES.slice(2)
        .filter((q) => !q.sql.includes('AS restated'))
        .map((q) =>
          q.sql.includes('LIMIT')
            ? q
            : { title: `${q.title}（前 15 / first 15）`, sql: `${q.sql}\nLIMIT 15` },
        ),
    ]
  : QUERIES
for (const q of chosen) {
  const reader = await db.runAndReadAll(q.sql)
  out.push(
    `## ${q.title}`,
    '',
    '```sql',
    q.sql,
    '```',
    '',
    table(reader.columnNames(), reader.getRowsJS()),
    '',
  )
}
writeFileSync('docs/analysis.md', `${out.join('\n')}`)
console.log('wrote docs/analysis.md')
