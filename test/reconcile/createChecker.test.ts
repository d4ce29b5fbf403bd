import { describe, expect, it } from 'vitest'
import { safeParseDisclosure } from '../../src/model/parseDisclosure'
import { createChecker } from '../../src/reconcile/createChecker'
import { col, docWith, table, total } from './docWith'

const doc = {
  ...docWith([table('expenditure', [col('total')], [total({ total: '1.00' })])]),
  template: 'mine',
}
const mine = { id: 'mine', zh: '我的模板', en: 'mine', kind: 'budget', tables: ['expenditure'] } as const

describe('safeParseDisclosure reports every problem at once', () => {
  it('lists the shape issues and the template issues together', () => {
    const r = safeParseDisclosure({ ...doc, fiscalYear: 'x', tables: [] }, { templates: [mine] })
    expect(r.success).toBe(false)
    expect(!r.success && r.error.issues.map((i) => i.path.join('.'))).toEqual(['fiscalYear', 'tables'])
  })
  it('is silent on a valid document with its template', () => {
    expect(safeParseDisclosure(doc, { templates: [mine] }).success).toBe(true)
  })
})

describe('createChecker', () => {
  it('binds the templates once for validation and reconciliation', () => {
    const checker = createChecker({ templates: [mine] })
    const r = checker.safeParse(doc)
    expect(r.success).toBe(true)
    const report = checker.reconcile(checker.parse(doc))
    const required = report.coverage.find((c) => c.rule === 'required-tables')
    expect(required?.status).toBe('ran')
    expect(report.findings.filter((f) => f.rule === 'required-tables')).toEqual([])
    // the bundled templates stay available unless asked otherwise
    expect(checker.templates.map((t) => t.id)).toContain('henan-budget-2024')
    expect(createChecker({ templates: [mine], bundled: false }).templates).toHaveLength(1)
  })
  it('without the template, accepts the document and says the required tables were not checked', () => {
    const checker = createChecker({ templates: [] })
    expect(checker.safeParse(doc).success).toBe(true)
    const required = checker.reconcile(checker.parse(doc)).coverage.find((c) => c.rule === 'required-tables')
    expect(required?.status).toBe('not-applicable')
  })
  it('with the template, a missing required table fails', () => {
    expect(createChecker({ templates: [mine] }).safeParse({ ...doc, tables: [] }).success).toBe(false)
  })
})
