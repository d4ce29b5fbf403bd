/**
 * Screenshots of the pages a new user sees, in Debian's chromium (not part of CI):
 * the reconciliation report page of a sample (`renderReportHtmlPage`), the demo page, and a few
 * API reference pages (run `npm run docs` first). Also prints each page's height, so that an
 * API page made tall by inlined types is noticed.
 *
 *   npx tsx scripts/screenshots.ts [sample=002] [--docs]
 *
 * Writes out/screenshots/*.png; with `--docs` also the pictures the README shows, docs/screenshots/*.png. Needs /usr/bin/chromium and fonts-noto-cjk.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { runDemo } from '../demo/runDemo'
import { reconcile } from '../src/reconcile/reconcile'
import { renderReportHtmlPage } from '../src/reconcile/render/renderReportHtml'
import { loadSample, type SampleId } from '../src/samples/index'

const id = (process.argv.slice(2).find((a) => /^\d{3}$/.test(a)) ?? '002') as SampleId
const out = resolve('out/screenshots')
mkdirSync(out, { recursive: true })
const doc = loadSample(id)
const reportFile = join(out, `report-${id}.html`)
writeFileSync(reportFile, renderReportHtmlPage(reconcile(doc), { lang: 'both' }))
const demoFile = runDemo(doc, { name: `demo-${id}`, outDir: out, print: () => {} })

const api = resolve('docs/api')
const apiPages = [
  'index.html',
  'modules/_medbudget_core_reconcile.html',
  'functions/_medbudget_core.reconcile.html',
  'functions/_medbudget_core.listTerms.html',
  'documents/guide-own-document.html',
].map((p) => join(api, p))

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
for (const file of [reportFile, demoFile, ...apiPages]) {
  if (!existsSync(file)) {
    console.log(`skip ${file} (not generated)`)
    continue
  }
  await page.goto(pathToFileURL(file).href)
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'))
  const name = (file.startsWith(api) ? file.slice(api.length + 1) : file.replace(/^.*\//, '')).replace(
    /[/.]/g,
    '_',
  )
  const png = join(out, `${name}.png`)
  await page.screenshot({ path: png, fullPage: height < 8000 })
  console.log(`${String(height).padStart(7)} px  ${png}`)
}

// --docs: the pictures the README shows (docs/screenshots/, each kept under 300 kB by its size)
if (process.argv.includes('--docs')) {
  const docsOut = resolve('docs/screenshots')
  mkdirSync(docsOut, { recursive: true })
  const shots: { file: string; png: string; width: number; height: number }[] = [
    { file: reportFile, png: 'report.png', width: 1100, height: 1000 },
    { file: demoFile, png: 'demo.png', width: 1100, height: 900 },
    {
      file: join(api, 'functions/_medbudget_core.reconcile.html'),
      png: 'api-reconcile.png',
      width: 1100,
      height: 800,
    },
  ]
  for (const shot of shots) {
    if (!existsSync(shot.file)) {
      console.log(`skip ${shot.file} (not generated)`)
      continue
    }
    await page.setViewportSize({ width: shot.width, height: shot.height })
    await page.goto(pathToFileURL(shot.file).href)
    await page.screenshot({ path: join(docsOut, shot.png) })
    console.log(`docs/screenshots/${shot.png}`)
  }
}
await browser.close()
