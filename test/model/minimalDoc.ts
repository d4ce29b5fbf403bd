// A small, valid budget document used by the model tests; each test breaks one thing in a copy.
import type { Disclosure } from '../../src/model/disclosure'
import { HEBEI_BUDGET_2024 } from '../../src/model/templates'

export function minimalDoc(): Disclosure {
  return {
    format: 'medbudget/disclosure@1',
    kind: 'budget',
    fiscalYear: 2024,
    department: { code: '417', name: '邢台市医疗保障局' },
    units: [{ code: '417001', name: '邢台市医疗保障局', type: '行政' }],
    template: 'hebei-budget-2024',
    amountUnit: '万元',
    tables: [
      {
        id: 'expenditure',
        kind: 'expenditure',
        title: '部门预算支出总表',
        unit: '万元',
        columns: [
          { key: 'total', header: ['合计'] },
          { key: 'exp.basic', header: ['基本支出'] },
          { key: 'exp.project', header: ['项目支出'] },
        ],
        rows: [
          {
            kind: 'total',
            name: '合计',
            cells: { total: '1890.26', 'exp.basic': '987.63', 'exp.project': '902.63' },
          },
          {
            kind: 'detail',
            code: '2101501',
            codeSystem: 'functional',
            name: '行政运行',
            cells: { total: '987.63', 'exp.basic': '987.63', 'exp.project': '' },
          },
        ],
      },
    ],
    absent: HEBEI_BUDGET_2024.tables
      .filter((k) => k !== 'expenditure')
      .map((kind) => ({ kind, reason: 'not-published' as const })),
  }
}
