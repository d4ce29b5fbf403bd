/**
 * Renders a seed's tables to one HTML page and screenshots it with Debian's chromium (not part of
 * CI). Usage:
 *
 *   npx tsx scripts/screenshot.ts [seed=000] [--built]
 *
 * Without `--built` it renders the tables as printed (src/samples/data/NNN.json); with `--built`
 * the tables rebuilt from the seed's reconstructed line items by `buildTables` (the golden test's
 * reconstruction). Writes out/NNN[-built].html, out/NNN[-built].png and one picture per table in
 * out/NNN[-built]/<table id>.png.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`) and a CJK font (`fonts-noto-cjk`).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { loadSample, type SampleId } from '../src/samples/index'
import { buildTables } from '../src/tables/builders/buildTables'
import { renderHtmlPage } from '../src/tables/renderers/renderHtml'
import { BUNDLED_TABLE_TEMPLATES } from '../src/tables/templates/bundledTableTemplates'
import { reconstructByXiang } from '../test/tables/builders/golden/reconstructByXiang'
import { reconstructHenan } from '../test/tables/builders/golden/reconstructHenan'

const seed = (process.argv.slice(2).find((a) => /^\d{3}$/.test(a)) ?? '000') as SampleId
const built = process.argv.includes('--built')
const doc = loadSample(seed)
const template = BUNDLED_TABLE_TEMPLATES.find((t) => t.id === doc.template)
if (!template) throw new Error(`no table template ${doc.template}`)
/** 公开09表's budget is not in the line items (they are actuals): take the printed one. */
function threePublicBudget(): { threePublicBudget?: Record<string, string> } {
  const row = doc.tables.find((t) => t.kind === 'three-public')?.rows.find((r) => r.key === 'fa.budget')
  if (!row) return {}
  const keys = ['3p.abroad', '3p.vehicle.purchase', '3p.vehicle.operation', '3p.reception'] as const
  return {
    threePublicBudget: Object.fromEntries(
      keys.map((k) => [k, row.cells[k] ?? '']).filter(([, v]) => v !== ''),
    ),
  }
}

const tables = built
  ? buildTables({
      lineItems: seed === '001' || seed === '002' ? reconstructByXiang(doc) : reconstructHenan(doc),
      department: { code: doc.department.code ?? '', name: doc.department.name },
      units: doc.units,
      fiscalYear: doc.fiscalYear,
      template,
      decimals: seed === '004' ? 1 : 2,
      ...threePublicBudget(),
    })
  : doc.tables

const name = `${seed}${built ? '-built' : ''}`
mkdirSync('out', { recursive: true })
const html = renderHtmlPage(tables, {
  title: doc.title ?? doc.department.name,
  subtitle: `${doc.department.name} · ${doc.fiscalYear} · ${built ? '由明细数据生成 / built from line items' : '原样 / as printed'}`,
})
writeFileSync(`out/${name}.html`, html)

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await page.setContent(html, { waitUntil: 'load' })
  await page.screenshot({ path: `out/${name}.png`, fullPage: true })
  // one picture per table too: a whole page is too tall to read at once
  mkdirSync(`out/${name}`, { recursive: true })
  for (const t of tables)
    await page.locator(`figure[id="${t.id}"]`).screenshot({ path: `out/${name}/${t.id}.png` })
} finally {
  await browser.close()
}
console.log(`out/${name}.html, out/${name}.png`)
