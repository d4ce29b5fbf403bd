// The row identities read a table's shape through one index they share (src/reconcile/rowIdentityRule.ts):
// the sums each plans must be the ones a scan of the table's columns and rows finds, block by block,
// whatever the order of the rows, the blocks and the keys, and whichever rule asks first.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/deepFreeze'
import type { FactKey } from '../../src/model/factKeys'
import type { PrintedTable, Row } from '../../src/model/table'
import { label } from '../../src/reconcile/checks'
import { rowTotalKey } from '../../src/reconcile/facts'
import { type RowIdentitySpec, rowIdentityRule } from '../../src/reconcile/rowIdentityRule'
import { type TableSums, tableSumsOf } from '../../src/reconcile/tableSums'
import { col, table } from './docWith'

const KEYS: readonly FactKey[] = [
  'total',
  'exp.current',
  'exp.basic',
  'exp.project',
  'exp.basic.personnel',
  'exp.basic.public',
]

const words = (total: FactKey, parts: readonly FactKey[]) => ({
  zh: `${label(total).zh} = ${parts.map((p) => label(p).zh).join(' + ')}`,
  en: `${label(total).en} = ${parts.map((p) => label(p).en).join(' + ')}`,
})

// The plan as a scan finds it: each block's columns, then each total row and the part rows of its block
function scanned(spec: RowIdentitySpec, t: PrintedTable) {
  const across = [...new Set(t.columns.map((c) => c.block ?? 0))].flatMap((block) => {
    const keys = new Set(t.columns.filter((c) => (c.block ?? 0) === block).map((c) => c.key))
    const totalKey = spec.total === 'total' ? rowTotalKey(t) : spec.total
    const parts = spec.parts.flatMap((p) => {
      if (keys.has(p)) return [p]
      const instead = spec.substitutes?.[p]
      return instead !== undefined && instead.length > 0 && instead.every((q) => keys.has(q)) ? instead : []
    })
    if (!keys.has(totalKey) || (spec.allParts ? parts.length < spec.parts.length : parts.length < 2))
      return []
    return [{ block, total: totalKey, parts, identity: words(totalKey, parts) }]
  })
  const down = t.rows.flatMap((totalRow, index) => {
    if (totalRow.key !== spec.total) return []
    const block = totalRow.block ?? 0
    const partRows = t.rows.flatMap((r, i) =>
      (r.block ?? 0) === block && r.key !== undefined && spec.parts.includes(r.key) ? [i] : [],
    )
    if (spec.allParts ? partRows.length < spec.parts.length : partRows.length < 2) return []
    const keys = t.columns.filter((c) => (c.block ?? 0) === block).map((c) => c.key)
    return [
      {
        keys,
        parent: index,
        parts: partRows,
        identity: words(
          spec.total,
          partRows.map((i) => t.rows[i]?.key as FactKey),
        ),
      },
    ]
  })
  return { across, down }
}

// What a rule's plan says, in the scan's terms
const planned = (sums: TableSums) => ({
  across: sums.across.map(({ block, total, parts, identity }) => ({ block, total, parts, identity })),
  down: sums.down.flatMap(({ keys, sums: s }) =>
    s.map((d) => ({ keys, parent: d.parent, parts: d.parts, identity: d.identity(keys[0] ?? 'total') })),
  ),
})

const key = fc.constantFrom(...KEYS)
const block = fc.option(fc.constantFrom(0, 1, 2), { nil: undefined })
const spec = fc.record({
  total: key,
  parts: fc.uniqueArray(key, { minLength: 2, maxLength: 3 }),
  allParts: fc.boolean(),
  substitute: fc.boolean(),
})
const shape = fc.record({
  columns: fc.array(fc.record({ key, block }), { minLength: 1, maxLength: 6 }),
  rows: fc.array(fc.record({ key: fc.option(key, { nil: undefined }), block }), { maxLength: 12 }),
})

function tableOf(s: {
  columns: { key: FactKey; block?: number | undefined }[]
  rows: { key?: FactKey | undefined; block?: number | undefined }[]
}): PrintedTable {
  const rows: Row[] = s.rows.map((r, i) => ({
    kind: 'detail',
    name: `行${i}`,
    cells: {},
    ...(r.key === undefined ? {} : { key: r.key }),
    ...(r.block === undefined ? {} : { block: r.block }),
  }))
  return table(
    'expenditure',
    s.columns.map((c) => col(c.key, c.block)),
    rows,
  )
}

describe('row identity plans from the shared index', () => {
  it('are the sums a scan of the columns and rows finds, frozen or not, whichever rule asks first', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 3 }), shape, (specs, s) => {
        const rules = specs.map((p, n) => {
          const full: RowIdentitySpec = {
            id: 'row-basic-split',
            title: { zh: `恒等式${n}`, en: `identity ${n}` },
            kinds: ['expenditure'],
            total: p.total,
            parts: p.parts,
            allParts: p.allParts,
            ...(p.substitute
              ? { substitutes: { [p.parts[0] as FactKey]: ['exp.basic.personnel', 'exp.basic.public'] } }
              : {}),
          }
          return { full, sums: tableSumsOf(rowIdentityRule(full)) }
        })
        const open = tableOf(s)
        const frozen = deepFreeze(tableOf(s))
        for (const t of [open, frozen, deepFreeze(tableOf(s))])
          for (const { full, sums } of rules)
            expect(planned(sums?.sumsOf(t) as TableSums)).toEqual(scanned(full, t))
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 60_000)

  it('plans a down sum only from the part rows of the total row’s block, in row order', () => {
    const rule = rowIdentityRule({
      id: 'row-basic-split',
      title: { zh: '基本支出', en: 'basic' },
      kinds: ['expenditure'],
      total: 'exp.basic',
      parts: ['exp.basic.personnel', 'exp.basic.public'],
      allParts: true,
    })
    const line = (k: FactKey, b: number): Row => ({ kind: 'detail', name: k, key: k, block: b, cells: {} })
    const t = deepFreeze(
      table(
        'expenditure',
        [col('total', 0), col('total', 1)],
        [
          line('exp.basic.public', 1),
          line('exp.basic', 0),
          line('exp.basic.public', 0),
          line('exp.basic', 1),
          line('exp.basic.personnel', 0),
        ],
      ),
    )
    const down = tableSumsOf(rule)?.sumsOf(t).down ?? []
    // block 0 has both parts (rows 2 and 4, in row order); block 1 lacks 人员经费: no sum
    expect(down.map((g) => g.sums.map((d) => [d.parent, ...d.parts]))).toEqual([[[1, 2, 4]]])
  })
})
