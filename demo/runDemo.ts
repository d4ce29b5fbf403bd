// The demo's body, separate from its command line so that a test can run it on every sample
// (test/demo/demo.test.ts) and another front end (e.g. a PDF path) can hand it a document.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  allowedGovernmentCodes,
  type Disclosure,
  functionalCatalog,
  parseCode,
  performanceLayouts,
  reconcile,
  renderHtmlPage,
  renderReportHtml,
  renderReportText,
  renderText,
} from '../src/index'

/** Where the demo writes. */
export interface DemoOptions {
  /** File name stem of the HTML page (`out/<name>.html`). */
  readonly name: string
  /** Folder of the HTML page. */
  readonly outDir: string
  /** Where a line of terminal output goes (default console.log). */
  readonly print?: (line: string) => void
}

/** Runs the demo on one document: codes, tables, reconciliation. Returns the HTML file written. */
export function runDemo(doc: Disclosure, options: DemoOptions): string {
  const print = options.print ?? ((line: string) => console.log(line))
  const heading = (text: string) => print(`\n${'='.repeat(8)} ${text} ${'='.repeat(8)}\n`)

  heading('1. 科目编码 / Classification codes')
  for (const printed of ['2101501', '210 | 15 | 01', '【2080505】机关事业单位基本养老保险缴费支出']) {
    const code = parseCode(printed, { system: 'functional' })
    const found = functionalCatalog.lookup(code.code, { year: doc.fiscalYear })
    print(`${printed.padEnd(28)} → ${code.code} ${found.status === 'known' ? found.name : '(unknown)'}`)
  }
  const [stale] = functionalCatalog.searchByName('（九）医疗卫生与计划生育支出', { year: doc.fiscalYear })
  print(
    `（九）医疗卫生与计划生育支出 → ${stale ? `${stale.code} ${stale.name} (${stale.match} name)` : 'not found'}`,
  )
  const allowed = allowedGovernmentCodes('30110')
  print(
    `30110 职工基本医疗保险缴费 → government codes ${allowed.status === 'known' ? allowed.codes.join(', ') : '?'}`,
  )

  print(`\n${doc.department.name} ${doc.fiscalYear} — functional codes printed in its expenditure table:`)
  const expenditure =
    doc.tables.find((t) => t.kind === 'expenditure') ?? doc.tables.find((t) => t.kind === 'gpb-expenditure')
  for (const row of expenditure?.rows ?? []) {
    if (row.codeSystem !== 'functional' || !row.code) continue
    const found = functionalCatalog.lookup(row.code, { year: doc.fiscalYear })
    const name =
      found.status === 'known'
        ? found.name
        : found.zeroSegment
          ? '(not in the catalog: a 款 or 项 number 00 is a misprint)'
          : '(not in the catalog)'
    print(`  ${row.code.padEnd(8)} ${name}${name === row.name ? '' : `   [printed: ${row.name}]`}`)
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
    if (!TEXT_KINDS.has(table.kind)) print(renderText(table, { skipEmptyRows: true }))
  const report = reconcile(doc)
  mkdirSync(options.outDir, { recursive: true })
  const page = renderHtmlPage([...doc.tables, ...performanceLayouts(doc)], {
    title: doc.title ?? doc.department.name,
    subtitle: `${doc.department.name} · ${doc.fiscalYear}`,
  })
  const htmlFile = join(options.outDir, `${options.name}.html`)
  writeFileSync(htmlFile, page.replace('</body>', `${renderReportHtml(report, { lang: 'both' })}\n</body>`))
  print(`All ${doc.tables.length} tables and the report written to ${htmlFile}`)

  heading('3. 核对报告 / Reconciliation report')
  print(renderReportText(report, { lang: 'both' }))
  return htmlFile
}
