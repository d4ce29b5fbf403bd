import { describe, expect, it } from 'vitest'
import { interpretDocument } from '../../../src/read/interpret/interpretDocument'
import { layoutLines } from '../../../src/read/layout/layoutDocument'
import type { LayoutLine } from '../../../src/read/layout/lineModel'
import { reconcile } from '../../../src/reconcile/reconcile'
import { line } from '../positionedLines'

// A 项目支出表 printed as a tree by indentation alone (as 广州 prints it): each unit flush in the
// name column, its projects two characters in, nothing else telling them apart. Synthetic: names
// and amounts made up, the geometry of a landscape page in a 10-point font.
const COVER = line(1, 30, [['某某局2026年部门预算', 300, 420]])
// a standard table on the next page, for the file to read as a disclosure
const CORE = [
  line(2, 60, [['2026年一般公共预算支出表', 250, 450]], 13),
  line(2, 80, [['单位：万元', 738, 798]]),
  line(2, 100, [
    ['科目编码', 48, 88],
    ['科目名称', 120, 160],
    ['合计', 300, 320],
  ]),
  line(2, 120, [
    ['201', 48, 63],
    ['一般公共服务支出', 120, 200],
    ['40.00', 290, 320],
  ]),
]
const TITLE = line(1, 60, [['部门预算项目支出及其他支出预算表', 250, 490]], 13)
const UNIT = line(1, 80, [
  ['单位名称：某某局', 42, 122],
  ['单位：万元', 738, 798],
])
const HEADER = line(1, 100, [
  ['支出项目类别', 60, 120],
  ['总计', 188, 208],
  ['一般公共预算', 290, 350],
  ['政府性基金预算', 360, 430],
])
/** A row: its name from `x`, its three amounts in the columns of the header. */
const row = (y: number, name: string, x: number, a: string, b: string, c: string): LayoutLine =>
  line(1, y, [
    [name, x, x + 10 * name.length],
    [a, 228 - 6 * a.length, 228],
    [b, 348 - 6 * b.length, 348],
    [c, 428 - 6 * c.length, 428],
  ])
const FLUSH = 48
const INDENTED = 68
const rowsOf = (lines: readonly LayoutLine[]) => {
  const read = interpretDocument(
    layoutLines({
      source: 'pdf',
      pages: 2,
      lines: [COVER, TITLE, UNIT, HEADER, ...lines, ...CORE],
      emptyPages: [],
    }),
  )
  if (read.status !== 'disclosure') throw new Error(read.status)
  const table = read.disclosure.tables.find((t) => t.kind === 'projects')
  if (table === undefined) throw new Error('no projects table')
  return { doc: read.disclosure, rows: table.rows }
}
const TREE = [
  row(120, '合计', 92, '60.00', '40.00', '20.00'),
  row(136, '某某局', FLUSH, '30.00', '30.00', '0.00'),
  row(152, '业务用房物业管理费', INDENTED, '10.00', '10.00', '0.00'),
  row(168, '信息化运维项目', INDENTED, '20.00', '20.00', '0.00'),
  row(184, '某某中心', FLUSH, '30.00', '10.00', '20.00'),
  row(200, '业务用房物业管理费', INDENTED, '10.00', '10.00', '0.00'),
  row(216, '设备购置项目', INDENTED, '20.00', '0.00', '20.00'),
]
const projectTotals = (doc: ReturnType<typeof rowsOf>['doc']) =>
  reconcile(doc).findings.filter((f) => f.rule === 'column-project-totals')

describe('units told from projects by indentation (项目支出表)', () => {
  it('reads the flush names as units, the indented ones as their projects', () => {
    const { rows } = rowsOf(TREE)
    expect(rows.map((r) => [r.kind, r.name, r.unitName])).toEqual([
      ['total', '合计', undefined],
      ['unit', '某某局', undefined],
      ['detail', '业务用房物业管理费', '某某局'],
      ['detail', '信息化运维项目', '某某局'],
      ['unit', '某某中心', undefined],
      // the same project name under another unit is another row, not a repeat
      ['detail', '业务用房物业管理费', '某某中心'],
      ['detail', '设备购置项目', '某某中心'],
    ])
  })

  it('runs column-project-totals: silent where the table adds up, a mismatch where it does not', () => {
    const { doc } = rowsOf(TREE)
    const ran = reconcile(doc).coverage.find((c) => c.rule === 'column-project-totals')
    // each unit and the 合计, in each of the three columns
    expect(ran).toMatchObject({ status: 'ran', checks: 9 })
    expect(projectTotals(doc).filter((f) => f.status === 'mismatch')).toEqual([])
    const wrong = [...TREE]
    wrong[6] = row(216, '设备购置项目', INDENTED, '25.00', '0.00', '20.00')
    const found = projectTotals(rowsOf(wrong).doc).filter((f) => f.status === 'mismatch')
    expect(found.map((f) => [f.where.row?.name, f.where.column])).toEqual(
      expect.arrayContaining([
        ['某某中心', 'total'],
        ['合计', 'total'],
      ]),
    )
  })

  it('leaves names printed flush, or on three levels, as projects (nothing is guessed)', () => {
    const flush = TREE.map((l, i) =>
      i === 0
        ? l
        : {
            ...l,
            chunks: l.chunks.map((c, k) => (k === 0 ? { ...c, x0: FLUSH, x1: FLUSH + c.x1 - c.x0 } : c)),
          },
    )
    expect(rowsOf(flush).rows.filter((r) => r.kind === 'unit')).toEqual([])
    const threeLevels = [...TREE]
    threeLevels[3] = row(168, '信息化运维项目', 88, '20.00', '20.00', '0.00')
    expect(rowsOf(threeLevels).rows.filter((r) => r.kind === 'unit')).toEqual([])
    // …and the rule does not run on such a list (units and projects cannot be told apart)
    const coverage = reconcile(rowsOf(flush).doc).coverage.find((c) => c.rule === 'column-project-totals')
    expect(coverage?.status).not.toBe('ran')
  })

  it('leaves the list as projects where one unit prints two projects of one name (one would be lost)', () => {
    // 某某中心 prints 设备购置项目 twice (paid from two sources): the model holds one row of that
    // name under that unit, so the unit could not be the sum of the rows kept
    const twice = [
      ...TREE.slice(0, 6),
      row(216, '设备购置项目', INDENTED, '5.00', '0.00', '5.00'),
      row(232, '设备购置项目', INDENTED, '15.00', '0.00', '15.00'),
    ]
    const { rows, doc } = rowsOf(twice)
    expect(rows.filter((r) => r.kind === 'unit')).toEqual([])
    expect(projectTotals(doc).filter((f) => f.status === 'mismatch')).toEqual([])
    // the look-alike: one project of that name under each of two units stays a tree
    expect(
      rowsOf(TREE)
        .rows.filter((r) => r.kind === 'unit')
        .map((r) => r.name),
    ).toEqual(['某某局', '某某中心'])
  })

  it('leaves a list whose first name is indented (a project before any unit) as projects', () => {
    const first = [TREE[0]!, row(130, '办公费', INDENTED, '0.00', '0.00', '0.00'), ...TREE.slice(1)]
    expect(rowsOf(first).rows.filter((r) => r.kind === 'unit')).toEqual([])
  })
})

describe('the indent of a label carried into the rows laid out', () => {
  it('takes the left edge of the label’s first line, a wrapped name joined from above', () => {
    const doc = layoutLines({
      source: 'pdf',
      pages: 1,
      emptyPages: [],
      lines: [
        TITLE,
        UNIT,
        HEADER,
        row(120, '某某局', FLUSH, '30.00', '30.00', '0.00'),
        // a project name wrapped over two lines around its amounts: its first line is indented,
        // its second starts at the cell's left edge
        line(1, 132, [['机构综合业务运行经', INDENTED, INDENTED + 90]]),
        row(140, '', 0, '30.00', '30.00', '0.00'),
        line(1, 148, [['费', 43, 53]]),
      ].map((l) => ({ ...l, chunks: l.chunks.filter((c) => c.text !== '') })),
    })
    const rows = doc.tables[0]!.rows
    expect(rows.map((r) => r.cells[0])).toEqual(['某某局', '机构综合业务运行经费'])
    expect(rows.map((r) => r.indents?.[0])).toEqual([0, 2])
  })
})
