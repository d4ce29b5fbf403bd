/**
 * Makes the fixture PDFs of the reader's tests (run by hand, not in CI; outputs are committed in
 * test/fixtures/pdf/). Usage:
 *
 *   npx tsx scripts/make-fixture-pdfs.ts
 *
 * - tables-000.pdf: the tables of sample 000 as printed (two-sided 收支 tables, split 类/款/项 codes),
 *   rendered by the library's own `renderHtmlPage` and printed by Debian's chromium;
 * - long-table-002.pdf: a table of sample 002 in large type, over two pages (header repeated);
 * - yuan-000.pdf: a table of sample 000 restated in 元 (amounts × 10,000, exact);
 * - cmap-gb1.pdf: a hand-written PDF whose text uses a non-embedded Adobe-GB1 CID font
 *   (STSong-Light, UniGB-UCS2-H): PDF.js reads it only with its CMaps;
 * - sample-000.pdf: the whole of sample 000 (cover, explanatory text, all tables) for the demo.
 *
 * Needs /usr/bin/chromium and a CJK font (`apt-get install -y chromium fonts-noto-cjk`).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PrintedTable } from '../src/model/index'
import { layoutText } from '../src/read/layout/layoutDocument'
import { loadSample } from '../src/samples/index'
import { renderHtmlPage } from '../src/tables/renderers/renderHtml'

const OUT = 'test/fixtures/pdf'
const tmp = mkdtempSync(join(tmpdir(), 'mb-fixtures-'))

function print(html0: string, name: string): void {
  const file = join(tmp, `${name}.html`)
  // landscape A4, small type: the tables' columns fit without wrapping every header word
  const html = html0.replace(
    '</style>',
    '@page{size:A4 landscape;margin:10mm}body{font-size:11px}table{font-size:11px}</style>',
  )
  writeFileSync(file, html)
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--print-to-pdf=${join(OUT, `${name}.pdf`)}`,
      '--no-pdf-header-footer',
      `file://${file}`,
    ],
    { stdio: 'ignore' },
  )
  console.log(`wrote ${OUT}/${name}.pdf`)
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const doc000 = loadSample('000')
print(renderHtmlPage(doc000.tables, { title: doc000.title ?? doc000.department.name }), 'tables-000')

// a long table over two pages, its header repeated (chromium repeats <thead> on every page)
const doc002 = loadSample('002')
const long = doc002.tables.find((t) => t.kind === 'summary') ?? doc002.tables[0]!
const big = renderHtmlPage([long], { title: long.title }).replace(
  '</style>',
  'table{font-size:22px}td,th{padding:.5rem .6rem}.mb-table{break-inside:auto!important;page-break-inside:auto!important}</style>',
)
print(big, 'long-table-002')

// 元: amounts × 10,000 as exact decimal strings
function toYuan(v: string): string {
  const m = /^(-?)([\d,]*)(?:\.(\d*))?$/.exec(v)
  if (!m || v === '') return v
  const int = (m[2] ?? '').replace(/,/g, '')
  const frac = (m[3] ?? '').padEnd(4, '0')
  const digits = `${int}${frac.slice(0, 4)}`.replace(/^0+(?=\d)/, '')
  const rest = frac.slice(4)
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${m[1]}${grouped}${rest ? `.${rest}` : '.00'}`
}
const gpb = doc000.tables.find((t) => t.kind === 'gpb-expenditure') ?? doc000.tables[2]!
const yuanTable: PrintedTable = {
  ...gpb,
  unit: '元',
  rows: gpb.rows.map((r) => ({
    ...r,
    cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, toYuan(String(v))])),
  })),
} as PrintedTable
print(renderHtmlPage([yuanTable], { title: yuanTable.title }), 'yuan-000')

// the whole document: cover, explanatory text (the seed's prose), all tables
const seed = readFileSync('test/fixtures/seeds/000_7bfb42c5bf8cfd77.txt', 'utf8')
const prose = layoutText(seed).prose.map((p) => p.text)
const tablesHtml = renderHtmlPage(doc000.tables, { title: doc000.title ?? '' })
const body = tablesHtml
  .slice(tablesHtml.indexOf('<body>') + 6, tablesHtml.indexOf('</body>'))
  .replace(/<nav>.*?<\/nav>/s, '')
const whole = tablesHtml.replace(
  /<body>[\s\S]*<\/body>/,
  `<body><section style="height:90vh;display:flex;flex-direction:column;justify-content:center;text-align:center;break-after:page">
<h1 style="font-size:2rem">${esc(doc000.title ?? doc000.department.name)}</h1><p>${esc(doc000.department.name)}</p></section>
<section style="break-after:page">${prose.map((p) => `<p>${esc(p)}</p>`).join('\n')}</section>
${body.replace(/<h1>.*?<\/h1>/s, '')}</body>`,
)
print(whole, 'sample-000')

// a PDF whose font is not embedded: STSong-Light (Adobe-GB1) with the UniGB-UCS2-H CMap
const lines: [number, number, string][] = [
  [200, 780, '2024年部门收支总表'],
  [60, 750, '部门名称：某某医疗保障局'],
  [440, 750, '单位：万元'],
  [60, 720, '收入'],
  [300, 720, '支出'],
  [60, 700, '项目'],
  [200, 700, '金额'],
  [300, 700, '项目'],
  [460, 700, '金额'],
  [60, 680, '一、一般公共预算'],
  [200, 680, '8,938.04'],
  [300, 680, '一、卫生健康支出'],
  [460, 680, '8,887.57'],
  [60, 660, '二、上年结转'],
  [200, 660, '5.99'],
  [300, 660, '二、住房保障支出'],
  [460, 660, '56.46'],
  [60, 640, '收入总计'],
  [200, 640, '8,944.03'],
  [300, 640, '支出总计'],
  [460, 640, '8,944.03'],
]
const hex = (s: string): string =>
  [...s].map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('')
const content = lines
  .map(([x, y, s]) => {
    // amounts right-aligned at x + 60 (0.5 em per digit at 10 pt)
    const w = /^[\d,.]+$/.test(s) ? s.length * 5 : 0
    return `BT /F1 10 Tf ${w ? x + 60 - w : x} ${y} Td <${hex(s)}> Tj ET`
  })
  .join('\n')
const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
  `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
]
let pdf = '%PDF-1.4\n'
const offsets: number[] = []
objects.forEach((o, i) => {
  offsets.push(Buffer.byteLength(pdf))
  pdf += `${i + 1} 0 obj\n${o}\nendobj\n`
})
const xref = Buffer.byteLength(pdf)
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
writeFileSync(join(OUT, 'cmap-gb1.pdf'), pdf)
console.log(`wrote ${OUT}/cmap-gb1.pdf`)
