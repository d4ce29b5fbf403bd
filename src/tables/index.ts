// Entry point of the table layer: layout and renderers (also re-exported from the package root).
export type { LabelField } from './labelFields'
export { type RenderCsvOptions, renderCsv } from './renderers/renderCsv'
export { type RenderHtmlPageOptions, renderHtml, renderHtmlPage } from './renderers/renderHtml'
export { renderMarkdown } from './renderers/renderMarkdown'
export { type RenderTextOptions, renderText } from './renderers/renderText'
export {
  type HeaderCell,
  type LayoutCell,
  type LayoutColumn,
  type LayoutRow,
  type TableLayout,
  tableLayout,
} from './tableLayout'
