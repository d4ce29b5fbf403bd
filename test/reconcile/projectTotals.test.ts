// column-project-totals: the 合计 of a 项目支出表 = Σ its project rows, each unit = Σ its projects.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MedbudgetError } from '../../src/errors'
import type { Disclosure } from '../../src/model/disclosure'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import type { Row } from '../../src/model/table'
import { reconcile } from '../../src/reconcile/reconcile'
import { columnProjectTotals } from '../../src/reconcile/rules/columnProjectTotals'
import type { FindingStatus } from '../../src/reconcile/types'
import { coded, col, docWith, EMPTY_TEMPLATE, project, table, total } from './docWith'

const unit = (name: string, cells: Record<string, string>, unitCode?: string): Row => ({
  kind: 'unit',
  name,
  cells,
  ...(unitCode !== undefined ? { unitCode } : {}),
})

const projects = (rows: Row[], columns = [col('total'), col('src.gpb'), col('carry.gpb')]) =>
  docWith([table('projects', columns, rows)])

const run = (doc: Disclosure) => {
  const parsed = parseDisclosure(doc, { templates: [EMPTY_TEMPLATE] })
  return reconcile(parsed, { rules: [columnProjectTotals], templates: [EMPTY_TEMPLATE] })
}

interface Case {
  readonly name: string
  readonly doc: Disclosure
  readonly expect: readonly FindingStatus[]
  readonly run?: 'ran' | 'not-applicable'
}

const CASES: readonly Case[] = [
  {
    name: 'every column adds up, with a unit row (合计 = 单位 = Σ 项目)',
    doc: projects([
      total({ total: '150.00', 'src.gpb': '140.00', 'carry.gpb': '10.00' }),
      unit('某某局', { total: '150.00', 'src.gpb': '140.00', 'carry.gpb': '10.00' }, '101'),
      project('项目甲', { total: '100.00', 'src.gpb': '90.00', 'carry.gpb': '10.00' }),
      project('项目乙', { total: '50.00', 'src.gpb': '50.00', 'carry.gpb': '' }),
    ]),
    expect: [],
  },
  {
    name: 'one column of the 合计 is wrong',
    doc: projects([
      total({ total: '150.00', 'src.gpb': '141.00', 'carry.gpb': '10.00' }),
      project('项目甲', { total: '100.00', 'src.gpb': '90.00', 'carry.gpb': '10.00' }),
      project('项目乙', { total: '50.00', 'src.gpb': '50.00', 'carry.gpb': '' }),
    ]),
    expect: ['mismatch'],
  },
  {
    name: 'a unit row is not the sum of its projects (the 合计 is)',
    doc: projects([
      total({ total: '150.00', 'src.gpb': '150.00', 'carry.gpb': '' }),
      unit('甲单位', { total: '101.00', 'src.gpb': '101.00', 'carry.gpb': '' }, '101001'),
      project('项目甲', { total: '100.00', 'src.gpb': '100.00', 'carry.gpb': '' }),
      unit('乙单位', { total: '50.00', 'src.gpb': '50.00', 'carry.gpb': '' }, '101002'),
      project('项目乙', { total: '50.00', 'src.gpb': '50.00', 'carry.gpb': '' }),
    ]),
    expect: ['mismatch', 'mismatch'],
  },
  {
    name: 'a department row over its units holds no project of its own',
    doc: projects([
      total({ total: '150.00', 'src.gpb': '150.00', 'carry.gpb': '' }),
      unit('某某局', { total: '150.00', 'src.gpb': '150.00', 'carry.gpb': '' }, '101'),
      unit('甲单位', { total: '100.00', 'src.gpb': '100.00', 'carry.gpb': '' }, '101001'),
      project('项目甲', { total: '100.00', 'src.gpb': '100.00', 'carry.gpb': '' }),
      unit('乙单位', { total: '50.00', 'src.gpb': '50.00', 'carry.gpb': '' }, '101002'),
      project('项目乙', { total: '50.00', 'src.gpb': '50.00', 'carry.gpb': '' }),
    ]),
    expect: [],
  },
  {
    name: 'a 尾差 of n projects rounded to the printed digit is a rounding tail',
    doc: projects(
      [
        total({ total: '4.3' }),
        project('项目甲', { total: '1.4' }),
        project('项目乙', { total: '1.4' }),
        project('项目丙', { total: '1.4' }),
      ],
      [col('total')],
    ),
    expect: ['rounding-tail'],
  },
  {
    name: 'a difference beyond what rounding n projects explains is a mismatch',
    doc: projects(
      [
        total({ total: '4.5' }),
        project('项目甲', { total: '1.4' }),
        project('项目乙', { total: '1.4' }),
        project('项目丙', { total: '1.4' }),
      ],
      [col('total')],
    ),
    expect: ['mismatch'],
  },
  {
    name: 'the 合计 printed last, in 元',
    doc: docWith([
      {
        ...table(
          'projects',
          [col('total')],
          [
            project('项目甲', { total: '1000000.00' }),
            project('项目乙', { total: '234567.89' }),
            total({ total: '1234567.89' }),
          ],
        ),
        unit: '元',
      },
    ]),
    expect: [],
  },
  {
    name: 'no 合计 printed (projects split over tables without a total): silent',
    doc: docWith([
      table('projects', [col('total')], [project('项目甲', { total: '100.00' })], 'projects-1'),
      table('projects', [col('total')], [project('项目乙', { total: '50.00' })], 'projects-2'),
    ]),
    expect: [],
    run: 'not-applicable',
  },
  {
    name: 'a unit printed without its projects: the 合计 is not checked',
    doc: projects(
      [
        total({ total: '999.00' }),
        unit('甲单位', { total: '100.00' }, '101001'),
        project('项目甲', { total: '100.00' }),
        unit('乙单位', { total: '899.00' }, '101002'),
      ],
      [col('total')],
    ),
    expect: [],
  },
  {
    name: 'rows named only by their names (a unit heading over its projects, 广东): not summed',
    doc: projects(
      [
        total({ total: '150.00' }),
        { kind: 'detail', name: '某某局', cells: { total: '150.00' } },
        { kind: 'detail', name: '项目甲', cells: { total: '100.00' } },
        { kind: 'detail', name: '项目乙', cells: { total: '50.00' } },
      ],
      [col('total')],
    ),
    expect: [],
    run: 'not-applicable',
  },
  {
    name: 'rows naming their unit in a column of their own (杭州) are projects: summed',
    doc: projects(
      [
        total({ total: '151.00' }),
        { kind: 'detail', name: '项目甲', unitName: '某某局', cells: { total: '100.00' } },
        { kind: 'detail', name: '项目乙', unitName: '某某中心', cells: { total: '50.00' } },
      ],
      [col('total')],
    ),
    expect: ['mismatch'],
  },
  {
    name: 'rows named only by their names under a unit row are its projects',
    doc: projects(
      [
        total({ total: '150.00' }),
        unit('某某局', { total: '150.00' }, '101'),
        { kind: 'detail', name: '项目甲', cells: { total: '100.00' } },
        { kind: 'detail', name: '项目乙', cells: { total: '50.00' } },
      ],
      [col('total')],
    ),
    expect: [],
  },
  {
    name: 'projects listed under classification codes: not summed here',
    doc: projects(
      [
        total({ total: '999.00' }),
        coded('2101101', { total: '150.00' }),
        project('项目甲', { total: '100.00' }),
        project('项目乙', { total: '50.00' }),
      ],
      [col('total')],
    ),
    expect: [],
    run: 'not-applicable',
  },
]

describe('column-project-totals', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const report = run(c.doc)
    expect(report.coverage[0]?.status).toBe(c.run ?? 'ran')
    expect(report.findings.map((f) => f.status)).toEqual(c.expect)
    for (const f of report.findings) {
      expect(f.rule).toBe('column-project-totals')
      expect(f.message.zh).toMatch(/合计|单位/)
    }
  })

  it('names the column and the figures of a wrong 合计', () => {
    const report = run(CASES[1]?.doc as Disclosure)
    const f = report.findings[0]
    expect(f?.where.column).toBe('src.gpb')
    expect(f?.expected).toBe('140')
    expect(f?.printed).toBe('141.00')
  })

  it('is silent exactly when the printed 合计 is the sum of the projects (any amounts)', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 13n })
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 30 }), cents, (amounts, other) => {
        const text = (n: bigint) => `${n / 100n}.${String(n % 100n).padStart(2, '0')}`
        const sum = amounts.reduce((a, b) => a + b, 0n)
        const printed = other % 2n === 0n ? sum : other
        const doc = projects(
          [
            total({ total: text(printed) }),
            ...amounts.map((a, i) => project(`项目${i}`, { total: text(a) })),
          ],
          [col('total')],
        )
        const statuses = run(doc).findings.map((f) => f.status)
        expect(statuses).toEqual(printed === sum ? [] : ['mismatch'])
      }),
      { seed: 42, numRuns: 200 },
    )
  }, 60_000)

  it('never throws on adversarial cells and names (text, placeholders, huge figures)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', '-', '—', '0', '0.00', '***', '1e9', '１２３', '99999999999999999999.99'),
      fc.string({ maxLength: 12 }),
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 8 }), cell), { maxLength: 12 }),
        cell,
        (rows, t) => {
          const doc = projects(
            [total({ total: t }), ...rows.map(([n, v]) => project(n || '项目', { total: v }))],
            [col('total')],
          )
          let parsed: Disclosure
          try {
            parsed = parseDisclosure(doc, { templates: [EMPTY_TEMPLATE] })
          } catch (error) {
            // a cell that is no amount is refused when the document is read, with a clear error
            expect((error as MedbudgetError).code).toMatch(/^[A-Z_]+$/)
            return
          }
          const result = run(parsed).coverage[0] as { status: string; checks: number }
          expect(['ran', 'not-applicable']).toContain(result.status)
          if (result.status === 'ran') expect(result.checks).toBeGreaterThan(0)
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  }, 60_000)
})
