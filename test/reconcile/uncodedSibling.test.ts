// column-hierarchy: a detail row printed without a code between two 项 of one 款 (杭州 司法局's
// 监狱 信息化建设, a name the catalog does not know under 20407) is summed into that 款, not into the 合计.
import { describe, expect, it } from 'vitest'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import type { Row } from '../../src/model/table'
import { reconcile } from '../../src/reconcile/reconcile'
import { columnHierarchy } from '../../src/reconcile/rules/columnHierarchy'
import { coded, col, docWith, EMPTY_TEMPLATE, table, total } from './docWith'

const uncoded = (name: string, t: string): Row => ({ kind: 'detail', name, cells: { total: t } })

const statuses = (kuan: string, rows: Row[], grand: string) => {
  const doc = docWith([
    table(
      'expenditure',
      [col('total')],
      [
        total({ total: grand }),
        coded('204', { total: kuan }, { kind: 'subtotal' }),
        coded('20407', { total: kuan }, { kind: 'subtotal' }),
        ...rows,
      ],
    ),
  ])
  const parsed = parseDisclosure(doc, { templates: [EMPTY_TEMPLATE] })
  return reconcile(parsed, { rules: [columnHierarchy], templates: [EMPTY_TEMPLATE] }).findings.map(
    (f) => `${f.status} ${f.where.row?.name}`,
  )
}

describe('an uncoded row between two 项 of one 款', () => {
  it('is one of them: 款 = Σ 项 with it, and the 合计 = Σ 类', () => {
    const rows = [
      coded('2040706', { total: '10.00' }),
      uncoded('信息化建设', '5.00'),
      coded('2040799', { total: '1.00' }),
    ]
    expect(statuses('16.00', rows, '16.00')).toEqual([])
  })
  it('still makes the 款 wrong when the 款 is not the sum with it', () => {
    const rows = [
      coded('2040706', { total: '10.00' }),
      uncoded('信息化建设', '5.00'),
      coded('2040799', { total: '1.00' }),
    ]
    expect(statuses('11.00', rows, '11.00')).toEqual(['mismatch 科目20407'])
  })
  it('is not given a 款 when its neighbours belong to different ones', () => {
    const rows = [
      coded('2040706', { total: '10.00' }),
      uncoded('信息化建设', '5.00'),
      coded('2040899', { total: '1.00' }),
    ]
    // not absorbed into 20407: 20407 = 10 + 5 does not hold there
    expect(statuses('15.00', rows, '16.00')).toContain('mismatch 科目20407')
  })
})
