// The main job: a tour of @medbudget/core on a bundled real disclosure.
// 1. codes  2. tables  3. reconciliation.  Run with `npm run demo` (optionally: npm run demo -- 003).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  allowedGovernmentCodes,
  functionalCatalog,
  parseCode,
  performanceLayouts,
  reconcile,
  renderHtmlPage,
  renderReportHtml,
  renderReportText,
  renderText,
} from '../src/index'
import { loadSample, SAMPLES, type SampleId } from '../src/samples/index'

const id = (process.argv[2] ?? '000') as SampleId
if (!SAMPLES.some((s) => s.id === id)) {
  console.error(`unknown sample "${id}"; choose one of ${SAMPLES.map((s) => s.id).join(', ')}`)
  process.exit(2)
}
const doc = loadSample(id)
const heading = (text: string) => console.log(`\n${'='.repeat(8)} ${text} ${'='.repeat(8)}\n`)

heading('1. 科目编码 / Classification codes')
for (const printed of ['2101501', '210 | 15 | 01', '【2080505】机关事业单位基本养老保险缴费支出']) {
  const code = parseCode(printed, { system: 'functional' })
  const found = functionalCatalog.lookup(code.code, { year: doc.fiscalYear })
  console.log(`${printed.padEnd(28)} → ${code.code} ${found.status === 'known' ? found.name : '(unknown)'}`)
}
const [stale] = functionalCatalog.searchByName('（九）医疗卫生与计划生育支出', { year: doc.fiscalYear })
console.log(
  `（九）医疗卫生与计划生育支出 → ${stale ? `${stale.code} ${stale.name} (${stale.match} name)` : 'not found'}`,
)
const allowed = allowedGovernmentCodes('30110')
console.log(
  `30110 职工基本医疗保险缴费 → government codes ${allowed.status === 'known' ? allowed.codes.join(', ') : '?'}`,
)

console.log(`\n${doc.department.name} ${doc.fiscalYear} — functional codes printed in its expenditure table:`)
const expenditure =
  doc.tables.find((t) => t.kind === 'expenditure') ?? doc.tables.find((t) => t.kind === 'gpb-expenditure')
for (const row of expenditure?.rows ?? []) {
  if (row.codeSystem !== 'functional' || !row.code) continue
  const found = functionalCatalog.lookup(row.code, { year: doc.fiscalYear })
  const name = found.status === 'known' ? found.name : '(not in the catalog)'
  console.log(`  ${row.code.padEnd(8)} ${name}${name === row.name ? '' : `   [printed: ${row.name}]`}`)
}

heading('2. 标准表 / Standard tables')
// every money table of the document (the performance and self-evaluation tables are in the HTML page)
const TEXT_KINDS = new Set([
  'department-performance',
  'project-performance',
  'department-self-evaluation',
  'project-self-evaluation',
])
for (const table of doc.tables)
  if (!TEXT_KINDS.has(table.kind)) console.log(renderText(table, { skipEmptyRows: true }))
const report = reconcile(doc)
const outDir = join(process.cwd(), 'out')
mkdirSync(outDir, { recursive: true })
const page = renderHtmlPage([...doc.tables, ...performanceLayouts(doc)], {
  title: doc.title ?? doc.department.name,
  subtitle: `${doc.department.name} · ${doc.fiscalYear}`,
})
const htmlFile = join(outDir, `${id}.html`)
writeFileSync(htmlFile, page.replace('</body>', `${renderReportHtml(report, { lang: 'both' })}\n</body>`))
console.log(`All ${doc.tables.length} tables and the report written to ${htmlFile}`)

heading('3. 核对报告 / Reconciliation report')
console.log(renderReportText(report, { lang: 'both' }))
