// Documents of any template: every rule runs on what is printed; only required-tables needs a template.
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { JIANGSU_BUDGET_2026 } from '../../src/model/provincialTemplates'
import { reconcile } from '../../src/reconcile/reconcile'
import { loadSample } from '../../src/samples/index'
import { coded, col, docWith, table, total } from './docWith'

const withoutRule = (report: ReturnType<typeof reconcile>, rule: string) =>
  report.findings.filter((f) => f.rule !== rule).map((f) => `${f.rule} ${f.status} ${f.message.en}`)

describe('a document whose template the library does not bundle', () => {
  const seed = loadSample('000')
  const elsewhere = parseDisclosure({ ...seed, template: 'guangxi-budget-2026' })

  it('is accepted and checked by every rule but required-tables, with the same findings', () => {
    const known = reconcile(seed)
    const unknown = reconcile(elsewhere)
    expect(withoutRule(unknown, 'required-tables')).toEqual(withoutRule(known, 'required-tables'))
    expect(unknown.summary.mismatches).toBeGreaterThan(0)
    const required = unknown.coverage.find((c) => c.rule === 'required-tables')
    expect(required?.status).toBe('not-applicable')
    expect(required?.reason?.zh).toContain('guangxi-budget-2026')
    expect(unknown.findings.filter((f) => f.rule === 'required-tables')).toEqual([])
  })

  it('a provincial template requires its tables: a missing one is caught, a complete set passes', () => {
    const expenditure = table('expenditure', [col('total')], [total({ total: '1.00' })])
    const partial = docWith([expenditure], {
      template: JIANGSU_BUDGET_2026.id,
      absent: JIANGSU_BUDGET_2026.tables
        .filter((k) => k !== 'expenditure' && k !== 'procurement')
        .map((kind) => ({ kind, reason: 'not-applicable' as const })),
    })
    // parseDisclosure refuses it (a required table neither printed nor declared absent) …
    expect(() => parseDisclosure(partial)).toThrow(/procurement/)
    // … and reconcile, given it as is, finds the same gap
    const report = reconcile(partial as Disclosure)
    const missing = report.findings.filter((f) => f.rule === 'required-tables' && f.status === 'mismatch')
    expect(missing.map((f) => f.params.table)).toEqual(['政府采购预算表'])
    const complete = parseDisclosure({
      ...partial,
      absent: [...partial.absent, { kind: 'procurement', reason: 'not-published' }],
    })
    expect(reconcile(complete).findings.filter((f) => f.status === 'mismatch')).toEqual([])
  })

  it('a unit budget without a department code reconciles like a department budget', () => {
    const unitDoc = parseDisclosure(
      docWith(
        [
          table(
            'expenditure',
            [col('total'), col('exp.basic'), col('exp.project')],
            [
              total({ total: '10.00', 'exp.basic': '4.00', 'exp.project': '6.00' }),
              coded(
                '2101501',
                { total: '10.00', 'exp.basic': '4.00', 'exp.project': '6.00' },
                { name: '行政运行' },
              ),
            ],
          ),
        ],
        {
          department: { name: '示例市医疗保障服务中心' },
          title: '2026年示例市医疗保障服务中心单位预算',
          template: 'unit-budget',
        },
      ),
    )
    const report = reconcile(unitDoc, {
      templates: [{ ...JIANGSU_BUDGET_2026, id: 'unit-budget', scope: 'unit', tables: ['expenditure'] }],
    })
    expect(report.summary.mismatches).toBe(0)
    expect(report.summary.checks).toBeGreaterThan(0)
    const broken = parseDisclosure({
      ...unitDoc,
      tables: [
        table(
          'expenditure',
          [col('total'), col('exp.basic'), col('exp.project')],
          [total({ total: '10.00', 'exp.basic': '4.00', 'exp.project': '5.00' })],
        ),
      ],
    })
    expect(reconcile(broken).summary.mismatches).toBe(1)
  })
})
