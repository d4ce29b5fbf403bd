import { optionsOf, stringOption } from '../../internal/limits'
import { guardShape, tableList } from '../../internal/shape'
import type { PrintedTable } from '../../model/table'
import { asLayout, type TableLayout } from '../tableLayout'

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Renders one table as a semantic HTML `<table>`: a `<caption>` with title and unit, a `<thead>`
 * whose `<th>` carry `colspan`/`rowspan` from the header tree, a `<tbody>` whose rows are classed
 * by kind (`total`, `subtotal`, `unit`, `detail`), amounts right-aligned as printed, and the notes
 * in a `<p class="note">` after the table. No styles inline; see {@link renderHtmlPage}.
 *
 * @param table - a printed or built table
 * @returns an HTML fragment
 * @example
 * ```ts
 * renderHtml(table) // '<figure class="mb-table" id="summary"><table><caption>…'
 * ```
 */
export function renderHtml(table: PrintedTable | TableLayout): string {
  return guardShape('TABLE_INVALID', ['表格', 'table'], () => renderHtmlOf(table))
}

/**
 * The body of {@link renderHtml}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderHtmlOf(table).startsWith('<figure') // true
 * ```
 */
function renderHtmlOf(table: PrintedTable | TableLayout): string {
  const layout = asLayout(table)
  const out: string[] = [`<figure class="mb-table"${layout.id ? ` id="${esc(layout.id)}"` : ''}>`, '<table>']
  out.push(
    `<caption>${layout.number ? `<span class="number">${esc(layout.number)}</span> ` : ''}${esc(layout.title)}${
      layout.unit ? ` <span class="unit">单位：${esc(layout.unit)}</span>` : ''
    }</caption>`,
  )
  out.push('<thead>')
  for (const cells of layout.header) {
    out.push(
      `<tr>${cells
        .map((c) => {
          const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`
          return `<th scope="${c.leaf ? 'col' : 'colgroup'}"${span}>${esc(c.label)}</th>`
        })
        .join('')}</tr>`,
    )
  }
  out.push('</thead>', '<tbody>')
  for (const row of layout.body) {
    out.push(
      `<tr class="${row.kind}">${row.cells
        .map((c) =>
          c.form === 'label'
            ? `<td class="${c.rowKind}">${esc(c.text)}</td>`
            : `<td class="num ${c.form} ${c.rowKind}">${esc(c.text)}</td>`,
        )
        .join('')}</tr>`,
    )
  }
  out.push('</tbody>', '</table>')
  for (const note of layout.notes) out.push(`<p class="note">${esc(note)}</p>`)
  out.push('</figure>')
  return out.join('\n')
}

/** Options of {@link renderHtmlPage}. */
export interface RenderHtmlPageOptions {
  /** Page title (default: the first table's title). */
  readonly title?: string
  /** Text under the title (department, year …). */
  readonly subtitle?: string
}

const PAGE_CSS = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .3rem}
.subtitle{color:#555;margin:0 0 1.5rem}
nav ol{columns:2;font-size:.9rem}
.mb-table{margin:0 0 2.5rem;overflow-x:auto;break-inside:avoid}
table{border-collapse:collapse;font-size:.85rem}
caption{text-align:left;font-weight:bold;font-size:1rem;padding:.4rem 0}
caption .unit{font-weight:normal;color:#555;margin-left:1rem}
th,td{border:1px solid #999;padding:.2rem .45rem}
th{background:#eef2f7;font-weight:600;text-align:center}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.total{font-weight:bold;background:#f7f7f7}
td.unit{background:#fbfbf3}
td.subtotal{font-weight:600}
td.placeholder,td.dash{color:#b00}
.note{font-size:.8rem;color:#444;max-width:60rem}
@media print{body{margin:0}.mb-table{page-break-inside:avoid}nav{display:none}}
`

/**
 * Renders several tables as one printable HTML page (UTF-8, `lang="zh-CN"`, a contents list,
 * print styles).
 *
 * @param tables - the tables, in print order
 * @param options - page title and subtitle
 * @returns a complete HTML document
 * @throws MedbudgetError `TABLE_INVALID` for a list that is not an array of tables; `OPTION_INVALID`
 *   for options that are not an object or cannot be read, a title or subtitle that is not a string
 * @example
 * ```ts
 * writeFileSync('out/000.html', renderHtmlPage(doc.tables, { title: doc.title }))
 * ```
 */
export function renderHtmlPage(
  tables: readonly (PrintedTable | TableLayout)[],
  options: RenderHtmlPageOptions = {},
): string {
  const what = ['页面选项', 'page options'] as const
  const o = optionsOf(options, what)
  const pageTitle = stringOption(o.title, 'title', what)
  const subtitle = stringOption(o.subtitle, 'subtitle', what)
  const list = tableList<PrintedTable | TableLayout>(tables)
  return guardShape('TABLE_INVALID', ['表格', 'table'], () => {
    const parts = list.map((t) => renderHtml(t))
    const titles = list.map((t) => String(t.title))
    const ids = list.map((t) => t.id)
    return pageOf(pageTitle ?? titles[0] ?? '', subtitle, titles, ids, parts)
  })
}

/**
 * The page around rendered tables: head, title, subtitle, contents list, the tables.
 * @example
 * ```ts
 * pageOf('部门预算', undefined, ['收支总表'], ['t1'], ['<figure>…</figure>']).startsWith('<!doctype html>') // true
 * ```
 */
function pageOf(
  title: string,
  subtitle: string | undefined,
  titles: readonly string[],
  ids: readonly (string | undefined)[],
  parts: readonly string[],
): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(title)}</h1>`,
    subtitle ? `<p class="subtitle">${esc(subtitle)}</p>` : '',
    `<nav><ol>${titles.map((t, i) => `<li>${ids[i] ? `<a href="#${esc(String(ids[i]))}">${esc(t)}</a>` : esc(t)}</li>`).join('')}</ol></nav>`,
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
