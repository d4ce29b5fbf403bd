/**
 * Measures the height of every page of the generated API reference (docs/api, `npm run docs`
 * first) in Debian's headless chromium, and lists the pages taller than a limit (default 20,000 px).
 * A page made tall by a type expanded inline in a signature shows up here. Not part of CI.
 *
 *   npx tsx scripts/docs-heights.ts [--limit=20000] [--all] [--json=out/docs-heights.json]
 *     [--only=<part of a page path>] [--workers=4]
 *
 * Exits 1 when a page is over the limit. Needs /usr/bin/chromium and fonts-noto-cjk. Drives
 * chromium through playwright-core (already a dev dependency, used by scripts/screenshots.ts).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const limit = Number(flag('limit') ?? 20000)
const all = args.includes('--all')
const jsonOut = flag('json')
const only = flag('only')
const workers = Number(flag('workers') ?? 4)

const root = resolve('docs/api')
if (!existsSync(join(root, 'index.html'))) {
  console.error('docs/api/index.html not found: run `npm run docs` first')
  process.exit(2)
}

/** Every .html file under `dir`, sorted, paths relative to docs/api. */
function htmlFiles(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) found.push(...htmlFiles(full))
    else if (name.endsWith('.html')) found.push(relative(root, full))
  }
  return found.sort()
}

const pages = htmlFiles(root).filter((p) => only === undefined || p.includes(only))
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const heights: { page: string; height: number }[] = []
try {
  // a few tabs at once: one page at a time spends most of its time waiting
  const queue = [...pages]
  const worker = async (): Promise<void> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      try {
        await page.goto(pathToFileURL(join(root, file)).href, { waitUntil: 'load', timeout: 180_000 })
        const height = Number(await page.evaluate('document.documentElement.scrollHeight'))
        heights.push({ page: file, height })
      } catch (e) {
        // a page too heavy to load in three minutes is reported, not skipped
        console.error(`${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
        heights.push({ page: file, height: Number.POSITIVE_INFINITY })
      }
    }
    await page.close()
  }
  await Promise.all(Array.from({ length: workers }, worker))
} finally {
  await browser.close()
}

heights.sort((a, b) => b.height - a.height)
const over = heights.filter((h) => h.height > limit)
for (const h of all ? heights : over) console.log(`${String(h.height).padStart(8)} px  ${h.page}`)
const max = heights[0]
console.log(
  `${pages.length} pages, ${over.length} over ${limit} px; tallest ${max ? `${max.height} px (${max.page})` : '-'}`,
)
if (jsonOut) {
  mkdirSync(dirname(resolve(jsonOut)), { recursive: true })
  writeFileSync(jsonOut, `${JSON.stringify(heights, null, 2)}\n`)
}
process.exit(over.length > 0 ? 1 : 0)
