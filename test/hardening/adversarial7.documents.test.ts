/**
 * Issue 14, seventh adversarial pass (branch hard8): documents `parseDisclosure` accepts but extreme
 * in shape — 10^4 rows in one table, 10^3 tables, 2,000 code-less rows nested by ordinals and
 * “其中：”, every cell blank, every optional field present — and Unicode in every string slot (names,
 * titles, units of measure, notes, headers: full-width digits, combining marks, bidirectional marks,
 * U+2028/U+2029, lone surrogates, NUL, a byte-order mark). Each goes through `reconcile`, every
 * `render*`, `renderXlsx` (exceljs is a dev dependency) and the `serializeDisclosure` /
 * `DisclosureSchema` round trip: a typed error or a frozen, well-formed answer; CSV reads back to the
 * same cells, Markdown keeps one line per row, HTML carries no raw markup, XLSX is valid XML.
 * Bounded sizes; about 30 s on a quiet machine.
 */
import { describe, expect, it } from 'vitest'
import {
  type Disclosure,
  DisclosureSchema,
  isMedbudgetError,
  type PrintedTable,
  parseDisclosure,
  reconcile,
  renderCsv,
  renderHtml,
  renderHtmlPage,
  renderMarkdown,
  renderText,
  serializeDisclosure,
} from '../../src/index'
import { csvRows } from '../../src/internal/csv'
import { loadSample } from '../../src/samples/index'
import { renderXlsx } from '../../src/tables/xlsx/index'
import { unfrozen } from './adversarial2/run'

/** A plain, mutable copy of sample 000 (a 河南 budget of twelve tables). */
const plainSample = (): Record<string, unknown> & { tables: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(loadSample('000')))

/** Characters that break naive renderers, each in a string slot of its own. */
const HOSTILE = [
  '１２３，４５６．７８',
  '－５％',
  'e\u0301\u0301名称',
  '\u200f名称\u200e',
  '\u202e反转\u202c',
  'a\u2028b\u2029c',
  'x\ud800y',
  '\udc00',
  'a\u0000b',
  '\ufeff开头',
  'a\r\nb',
  'a\rb',
  '\u0001\u001f\u007f\u0085',
  '\ufffe\uffff',
  '<script>alert(1)</script>',
  'a|b\\|c',
  '=HYPERLINK("x")',
  '\t-1',
  '"引号"',
]

/**
 * Runs `doc` through reconcile, every renderer and the round trip; returns the reconcile report.
 * Every answer must be frozen (reconcile) or a string (renderers), never an untyped throw.
 */
async function throughEverything(doc: Disclosure): Promise<ReturnType<typeof reconcile>> {
  const report = reconcile(doc)
  expect(unfrozen(report)).toEqual([])
  for (const t of doc.tables) {
    for (const render of [renderText, renderCsv, renderMarkdown, renderHtml])
      expect(typeof render(t)).toBe('string')
  }
  expect(typeof renderHtmlPage(doc.tables)).toBe('string')
  const xlsx = await renderXlsx(doc.tables.slice(0, 40))
  expect(xlsx.byteLength).toBeGreaterThan(0)
  const text = serializeDisclosure(doc)
  const again = parseDisclosure(JSON.parse(text))
  expect(serializeDisclosure(again)).toBe(text)
  expect(DisclosureSchema.safeParse(JSON.parse(text)).success).toBe(true)
  return report
}

describe('documents extreme in shape (issue 14, seventh pass)', () => {
  it('10^4 code-less rows in one table: parsed, reconciled, rendered and round-tripped', async () => {
    const doc = plainSample()
    const table = doc.tables.find((t) => t.kind === 'expenditure') as Record<string, unknown>
    const rows = table.rows as Record<string, unknown>[]
    table.rows = [
      rows[0],
      ...Array.from({ length: 10_000 }, (_, i) => ({
        kind: 'detail',
        name: `明细${i}`,
        cells: { total: '0.01' },
      })),
    ]
    const report = await throughEverything(parseDisclosure(doc))
    // the 10^4 rows add to 100.00, not to the printed 合计: the table contradicts itself and is told so
    expect(report.findings.some((f) => f.status === 'mismatch')).toBe(true)
  }, 120_000)

  it('10^3 tables (three-row copies of one table): parsed, reconciled, rendered and round-tripped', async () => {
    const doc = plainSample()
    const table = doc.tables.find((t) => t.kind === 'three-public') as Record<string, unknown>
    doc.tables = [...doc.tables, ...Array.from({ length: 1000 }, (_, i) => ({ ...table, id: `copy-${i}` }))]
    const parsed = parseDisclosure(doc)
    expect(parsed.tables.length).toBe(1012)
    await throughEverything(parsed)
  }, 120_000)

  it('2,000 code-less rows nested by ordinals and “其中：” up to 50 deep: parsed, reconciled, rendered', async () => {
    const doc = plainSample()
    const table = doc.tables.find((t) => t.kind === 'expenditure') as Record<string, unknown>
    const ordinals = ['一、', '（一）', '1.', '(1)', '①']
    table.rows = [
      (table.rows as unknown[])[0],
      ...Array.from({ length: 2000 }, (_, i) => ({
        kind: 'detail',
        name: `${'其中：'.repeat(i % 50)}${ordinals[i % 5]}项目${i}`,
        ordinal: ordinals[i % 5],
        cells: { total: '1.00' },
      })),
    ]
    await throughEverything(parseDisclosure(doc))
  }, 120_000)

  it('every cell blank: no finding about a table adding up wrongly (blank parts, blank totals)', async () => {
    const doc = plainSample()
    for (const t of doc.tables)
      for (const r of t.rows as { cells: Record<string, string> }[])
        for (const k of Object.keys(r.cells)) r.cells[k] = ''
    const report = await throughEverything(parseDisclosure(doc))
    const sums = report.findings.filter((f) => f.status === 'mismatch' && /sum|total-of/.test(f.rule))
    expect(sums.map((f) => f.rule)).toEqual([])
  }, 120_000)

  it('every optional field of tables and rows present: parsed, reconciled, rendered and round-tripped', async () => {
    const doc = plainSample()
    for (const t of doc.tables) {
      t.number ??= '一'
      t.notes ??= ['注：本表为示例。']
      t.remarks ??= ['备注']
      t.pages ??= [1, 2]
      for (const r of t.rows as Record<string, unknown>[]) {
        r.note ??= '注'
        r.page ??= 3
        r.line ??= '1'
        r.ordinal ??= '一'
        r.item ??= '物品'
        r.unitName ??= '单位'
        r.projectType ??= '运转类'
        r.block ??= 0
      }
    }
    const parsed = parseDisclosure(doc)
    const before = reconcile(parseDisclosure(plainSample()))
    const after = await throughEverything(parsed)
    // optional fields say where and how a row was printed: they change no verdict
    expect(after.findings.filter((f) => f.status === 'mismatch').length).toBe(
      before.findings.filter((f) => f.status === 'mismatch').length,
    )
  }, 120_000)
})

describe('Unicode in every string slot (issue 14, seventh pass)', () => {
  /** A table whose title, headers, names, notes and remarks are the hostile strings. */
  const hostileTable = (): PrintedTable =>
    ({
      id: 'hostile',
      kind: 'expenditure',
      title: `表${HOSTILE.join('')}`,
      unit: '万元',
      columns: [{ key: 'total', header: [`合计${HOSTILE[0]}`, HOSTILE.join('')] }],
      notes: HOSTILE,
      remarks: HOSTILE,
      rows: HOSTILE.map((s, i) => ({ kind: 'detail', name: `${s}${i}`, note: s, cells: { total: '' } })),
    }) as unknown as PrintedTable

  it('parseDisclosure with the strings in names, titles, notes, the department and the units: typed error or a document that round-trips', async () => {
    const doc = plainSample()
    doc.title = HOSTILE.join('')
    ;(doc.department as Record<string, string>).name = HOSTILE.join('')
    ;(doc.units as Record<string, string>[])[0] = { code: '503001', name: HOSTILE.join('') }
    doc.tables = [...doc.tables, hostileTable() as unknown as Record<string, unknown>]
    try {
      await throughEverything(parseDisclosure(doc))
    } catch (e) {
      expect(isMedbudgetError(e), String(e)).toBe(true)
    }
  }, 120_000)

  it('renderCsv reads back to the same cells (formulas quoted); renderMarkdown keeps one line per row and escapes |', () => {
    const t = hostileTable()
    const rows = [...csvRows(renderCsv(t))].map((r) => r.cells)
    // the data rows follow the header rows (two here): they start at the first row's name
    const first = rows.findIndex((r) => r[0] === `${HOSTILE[0]}0`)
    expect(first).toBeGreaterThan(0)
    const names = rows.slice(first).map((r) => r[0])
    HOSTILE.forEach((s, i) => {
      const name = `${s}${i}`
      // a cell starting = + - @ tab or CR is prefixed with ' so a spreadsheet shows it, never runs it
      expect(names[i]).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name)
    })
    const md = renderMarkdown(t)
    const tableLines = md.split(/\r\n|\r|\n/).filter((l) => l.startsWith('|'))
    // header, separator, one line per row: no cell broke its line
    expect(tableLines.length).toBe(HOSTILE.length + 2)
    for (const line of tableLines) {
      // every unescaped | is a cell border: two cells a line
      expect(line.replace(/\\./g, '').split('|').length).toBe(4)
    }
  })

  it('renderHtml and renderHtmlPage carry no raw markup from the strings', () => {
    const t = hostileTable()
    for (const html of [renderHtml(t), renderHtmlPage([t])]) {
      expect(html).not.toContain('<script>')
      expect(html).toContain('&lt;script&gt;')
    }
  })

  it('renderXlsx writes XML 1.0: no control character, lone surrogate or U+FFFE/U+FFFF in any part', async () => {
    const bytes = await renderXlsx([hostileTable()])
    const JSZip = (await import('jszip')).default
    const zip = await JSZip.loadAsync(bytes)
    const parts = Object.keys(zip.files).filter((f) => f.endsWith('.xml') || f.endsWith('.rels'))
    expect(parts.length).toBeGreaterThan(3)
    for (const name of parts) {
      const xml = await (zip.files[name] as { async(type: 'string'): Promise<string> }).async('string')
      expect(firstInvalidXmlChar(xml), name).toBe(-1)
    }
  })
})

/**
 * Index of the first character XML 1.0 forbids in `xml` (C0 controls but tab, newline and carriage
 * return; U+FFFE, U+FFFF; a lone surrogate), or -1.
 * @example
 * ```ts
 * firstInvalidXmlChar('<a>\u0001</a>') // 3
 * firstInvalidXmlChar('<a>名称</a>')    // -1
 * ```
 */
function firstInvalidXmlChar(xml: string): number {
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i
    if (c === 0xfffe || c === 0xffff) return i
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = xml.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i
      i++
    } else if (c >= 0xdc00 && c <= 0xdfff) return i
  }
  return -1
}
