// CSV reading shared by the catalog generators (the official spreadsheets are exported as CSV).
import { csvRows } from '../src/internal/csv'

/** RFC 4180 CSV: quoted fields may hold commas and doubled quotes; blank rows are skipped. */
export function parseCsv(text: string): string[][] {
  return Array.from(csvRows(text), (row) => row.cells)
}
