/**
 * XLSX output of tables (needs the optional peer dependency `exceljs`).
 * @module @medbudget/core/xlsx
 */
// Optional entry point `@medbudget/core/xlsx`: XLSX output through exceljs (an optional peer
// dependency). Nothing else in the library imports exceljs.

export {
  type FunctionalXlsxOptions,
  functionalCatalogFromXlsx,
} from '../../codes/functional/fromTable/functionalCatalogFromXlsx'
export { type RenderXlsxOptions, renderXlsx } from './renderXlsx'
