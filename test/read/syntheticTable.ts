// One table of a small synthetic 2025 department budget, as tab text, read through readDisclosure:
// the shared frame of the test/read files that check one table's reading both ways.
import type { PrintedTable } from '../../src/model/table'
import { readDisclosure } from '../../src/read/readDisclosure'
import type { ReadDiagnostic } from '../../src/read/types'

/**
 * The opening of a small synthetic 2025 department budget in tab text: its title and a one-line
 * 部门支出预算表, so that the table a test is about can follow it as a document's second table.
 */
export const EXPENDITURE_HEAD = [
  '某某市示例局 2025年度部门预算',
  '',
  '2025年部门支出预算表',
  '',
  '部门名称: 某某市示例局 单位: 万元',
  '',
  '科目编码\t科目名称\t合计',
  '\t合计\t100.00',
  '2080501\t行政单位离退休\t100.00',
  '',
].join('\n')

/** Cells joined by tabs, rows by newlines. */
export const tab = (...rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.join('\t')).join('\n')

/**
 * Reads a document of one table titled `title` (printed in 万元 for 某某市示例局) with `header` over
 * `body`, and returns the table read as `kind` with the reader's diagnostics.
 *
 * @example
 * ```ts
 * const { table } = await readSyntheticTable('2025年部门支出预算表', 'expenditure', ['科目编码', '科目名称', '合计'], [['', '合计', '1.00']])
 * table?.kind // 'expenditure'
 * ```
 */
export async function readSyntheticTable(
  title: string,
  kind: string,
  header: readonly string[],
  body: readonly (readonly string[])[],
): Promise<{ table: PrintedTable | undefined; diagnostics: readonly ReadDiagnostic[] }> {
  const text = [
    '某某市示例局 2025年度部门预算',
    '',
    title,
    '',
    '部门名称: 某某市示例局 单位: 万元',
    '',
    tab(header, ...body),
    '',
  ].join('\n')
  const result = await readDisclosure(text, { fileName: 'example.txt' })
  if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
  return { table: result.disclosure.tables.find((t) => t.kind === kind), diagnostics: result.diagnostics }
}
