// Builds small valid documents for the rule tests: a few tables, nothing required by the template.
import type { Disclosure } from '../../src/model/disclosure'
import type { FactKey } from '../../src/model/factKeys'
import type { Column, PrintedTable, Row } from '../../src/model/table'
import type { TableKind } from '../../src/model/tableKinds'
import type { TemplateRequirement } from '../../src/model/templates'

export const EMPTY_TEMPLATE: TemplateRequirement = {
  id: 'test-template',
  zh: '测试模板',
  en: 'test template',
  kind: 'budget',
  tables: [],
}

type Cells = Partial<Record<FactKey, string>>

export const col = (key: FactKey, block?: number): Column => ({
  key,
  header: [key],
  ...(block !== undefined ? { block } : {}),
})

export const total = (cells: Cells, extra: Partial<Row> = {}): Row => ({
  kind: 'total',
  name: '合计',
  cells,
  ...extra,
})

export const coded = (code: string, cells: Cells, extra: Partial<Row> = {}): Row => ({
  kind: 'detail',
  code,
  codeSystem: code.startsWith('2') ? 'functional' : 'economic-department',
  name: `科目${code}`,
  cells,
  ...extra,
})

export const project = (name: string, cells: Cells, extra: Partial<Row> = {}): Row => ({
  kind: 'detail',
  name,
  projectType: '特定目标类',
  cells,
  ...extra,
})

export const line = (key: FactKey, cells: Cells, block: number, kind: Row['kind'] = 'detail'): Row => ({
  kind,
  key,
  name: key,
  block,
  cells,
})

export function table(kind: TableKind, columns: Column[], rows: Row[], id: string = kind): PrintedTable {
  return { id, kind, title: `${id}表`, unit: '万元', columns, rows }
}

export function docWith(tables: PrintedTable[], extra: Partial<Disclosure> = {}): Disclosure {
  return {
    format: 'medbudget/disclosure@1',
    kind: 'budget',
    fiscalYear: 2024,
    department: { code: '999', name: '测试局' },
    units: [],
    template: 'test-template',
    amountUnit: '万元',
    tables,
    absent: [],
    ...extra,
  }
}
