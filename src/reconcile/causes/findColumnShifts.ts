import type { Disclosure } from '../../model/disclosure'
import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import { hasNumber } from '../checks'
import { keysOnlyContext } from '../keysOnly'
import { RULES } from '../rules/index'
import { tableSumsOf } from '../tableSums'
import type { Finding, Rule, RuleContext } from '../types'
import type { Cause, ColumnShift } from './cause'
import { findingKey } from './findingKey'
import { runRules } from './runRules'
import { mismatchesAfterShift, type SumsOnTable, sumsFromFindings, touchedMismatches } from './shiftedSums'

// Candidate shifts tried per table at most: a table of n columns has about n² segments; the bound
// keeps a pathological table (hundreds of columns) from taking long. The standard tables have ≤ 20.
const MAX_TRIES = 800

interface Segment {
  readonly direction: 'left' | 'right'
  readonly columns: readonly FactKey[]
}

const isBlank = (cell: string | undefined): boolean => cell === undefined || cell === ''

/**
 * True when the segment's cells of a row move one place: right (the last cell of the segment must
 * be blank) or left (the first must be blank), and a moving cell prints a number. Allocates
 * nothing, and reads a moving cell only once the blank cell it moves into is there: it runs for
 * every row and every candidate shift.
 *
 * @example
 * ```ts
 * moves(row, { direction: 'right', columns: ['exp.basic', 'exp.project'] }) // true when exp.project is blank and exp.basic prints a number
 * ```
 */
function moves(row: Row, seg: Segment): boolean {
  const cols = seg.columns
  const last = cols.length - 1
  const right = seg.direction === 'right'
  const target = right ? cols[last] : cols[0]
  if (target === undefined || !isBlank(row.cells[target])) return false
  for (let k = right ? 0 : 1; k < (right ? last : cols.length); k++)
    if (hasNumber(row.cells[cols[k] as FactKey])) return true
  return false
}

/**
 * The row with the segment's cells moved one place (a row {@link moves} says moves): right (the
 * first cell becomes blank) or left (the last becomes blank).
 *
 * @example
 * ```ts
 * shifted(row, { direction: 'right', columns: ['exp.basic', 'exp.project'] }).cells['exp.project'] // row's exp.basic
 * ```
 */
function shifted(row: Row, seg: Segment): Row {
  const cols = seg.columns
  const last = cols.length - 1
  const cells = { ...row.cells }
  if (seg.direction === 'right') {
    for (let k = last; k > 0; k--) cells[cols[k] as FactKey] = row.cells[cols[k - 1] as FactKey] ?? ''
    cells[cols[0] as FactKey] = ''
  } else {
    for (let k = 0; k < last; k++) cells[cols[k] as FactKey] = row.cells[cols[k + 1] as FactKey] ?? ''
    cells[cols[last] as FactKey] = ''
  }
  return { ...row, cells }
}

/** The keys of the mismatches one rule finds on a document. */
function mismatchKeysOf(rule: Rule, doc: Disclosure, context: RuleContext): string[] {
  const keys: string[] = []
  // the findings drafted for their key only: the words and amounts are not read here
  for (const d of rule.check(doc, keysOnlyContext(context)).findings)
    if (d.status === 'mismatch') keys.push(findingKey({ rule: rule.id, where: d.where, params: d.params }))
  return keys
}

interface Trial {
  readonly segment: Segment
  readonly rows: readonly number[]
  readonly explained: ReadonlySet<string>
  readonly table: PrintedTable
}

/**
 * The shifts worth trying, read off the rows that have findings: a run of printed numbers moved one
 * place into the blank cell beside it — right (a run, or its tail, into the blank after it) or left
 * (a run, or its head, into the blank before it). Linear in the cells of those rows.
 */
function* segmentsOf(table: PrintedTable, findingRows: ReadonlySet<number>): Generator<Segment> {
  // the column keys of each block, read once; and the rows already read: two rows of one block
  // that print a number and a blank in the same columns give the same segments
  const blockKeys = new Map<number, FactKey[]>()
  const patterns = new Set<string>()
  for (const index of findingRows) {
    const row = table.rows[index]
    if (!row) continue
    const block = row.block ?? 0
    let keys = blockKeys.get(block)
    if (keys === undefined) {
      keys = table.columns.filter((c) => (c.block ?? 0) === block).map((c) => c.key)
      blockKeys.set(block, keys)
    }
    const number = keys.map((k) => hasNumber(row.cells[k]))
    const blank = keys.map((k) => isBlank(row.cells[k]))
    let pattern = `${block}:`
    for (let k = 0; k < keys.length; k++) pattern += number[k] ? 'n' : blank[k] ? 'b' : 'o'
    if (patterns.has(pattern)) continue
    patterns.add(pattern)
    for (let start = 0; start < keys.length; ) {
      if (!number[start]) {
        start++
        continue
      }
      let end = start
      while (end + 1 < keys.length && number[end + 1]) end++
      if (blank[end + 1])
        for (let a = start; a <= end; a++) yield { direction: 'right', columns: keys.slice(a, end + 2) }
      if (start > 0 && blank[start - 1])
        for (let b = end; b >= start; b--) yield { direction: 'left', columns: keys.slice(start - 1, b + 1) }
      start = end + 1
    }
  }
}

/**
 * The best shift of one table: the one that removes the most mismatches and adds none (ties: the
 * one that moves fewer rows, then the first tried). Exact, and pruned three ways: a candidate that
 * cannot beat the best so far is not tried (the mismatches it could remove — those of the sums that
 * read a moved cell, and every mismatch of the rules run again on a copy — are fewer than two, fewer
 * than the best explains, or as many while it moves no fewer rows); a trial stops at the first rule
 * that adds a mismatch (the rules that check this table run first), and decides the rules made of
 * sums on the sums reading a moved cell only; and each shifted row is built once. `MAX_TRIES`
 * bounds the trials made.
 *
 * @example
 * ```ts
 * bestShift(doc, table, withinRules, context, new Set([3, 4]), printedFindings(table))?.explained.size
 * ```
 */
function bestShift(
  doc: Disclosure,
  table: PrintedTable,
  rules: readonly Rule[],
  context: RuleContext,
  findingRows: ReadonlySet<number>,
  printed: ReadonlyMap<string, readonly Finding[]> | undefined,
): Trial | undefined {
  const single = { ...doc, tables: [table] }
  const baseline = new Set<string>()
  const checking: Rule[] = []
  const idle: Rule[] = []
  // rules made of sums are decided on the sums a shift touches (the mismatches as printed are the
  // run's); a sum rule that does not read this table has nothing to lose or add on it
  const summed: SumsOnTable[] = []
  // the mismatches of the rules run again on a shifted copy: any shift may remove them
  let opaque = 0
  for (const rule of rules) {
    const found = printed?.get(rule.id) ?? []
    const keys = printed ? found.map(findingKey) : mismatchKeysOf(rule, single, context)
    for (const k of keys) baseline.add(k)
    const spec = printed !== undefined ? tableSumsOf(rule) : undefined
    if (spec !== undefined && !spec.applies(table) && keys.length === 0) continue
    const sums = spec !== undefined ? sumsFromFindings(rule, spec, table, found) : undefined
    if (sums !== undefined) summed.push(sums)
    else {
      opaque += keys.length
      ;(keys.length > 0 ? checking : idle).push(rule)
    }
  }
  // a shift explains two mismatches or more: a table with fewer has nothing to explain
  if (baseline.size < 2) return undefined
  const order = [...checking, ...idle]
  let best: Trial | undefined
  let tries = 0
  const evaluate = (
    segment: Segment,
    columns: ReadonlySet<FactKey>,
    moved: ReadonlyMap<number, Row>,
  ): Trial | 'added' => {
    tries++
    const after = new Set<string>()
    for (const sums of summed)
      if (!mismatchesAfterShift(sums, moved, baseline, after, columns)) return 'added'
    const changed: PrintedTable = { ...table, rows: table.rows.map((r, i) => moved.get(i) ?? r) }
    const doc1 = { ...doc, tables: [changed] }
    for (const rule of order)
      for (const k of mismatchKeysOf(rule, doc1, context)) {
        if (!baseline.has(k)) return 'added'
        after.add(k)
      }
    return {
      segment,
      rows: [...moved.keys()],
      explained: new Set([...baseline].filter((k) => !after.has(k))),
      table: changed,
    }
  }
  // a trial explains at most the mismatches it can remove (`explainable`): it cannot win when that is
  // fewer than two, fewer than the best so far explains, or as many while it moves no fewer rows
  const cannotWin = (explainable: number, rows: number): boolean =>
    explainable < 2 ||
    (best !== undefined &&
      (explainable < best.explained.size ||
        (explainable === best.explained.size && rows >= best.rows.length)))
  const seen = new Set<string>()
  for (const segment of segmentsOf(table, findingRows)) {
    const id = `${segment.direction}:${segment.columns.join('+')}`
    if (seen.has(id)) continue
    seen.add(id)
    if (tries >= MAX_TRIES) break
    const movedRows = new Set<number>()
    const keptRows = new Set<number>()
    for (let index = 0; index < table.rows.length; index++) {
      if (!moves(table.rows[index] as Row, segment)) continue
      movedRows.add(index)
      if (findingRows.has(index)) keptRows.add(index)
    }
    // a shift changes the cells of its segment's columns only
    const columns = new Set(segment.columns)
    const explainable = (rows: ReadonlySet<number>): number =>
      summed.reduce((n, sums) => n + touchedMismatches(sums, rows, columns), opaque)
    // the shift is tried on every row it applies to, then, if that adds a mismatch, on the rows with
    // findings only; a trial that cannot win is not made (the one on every row still is when the
    // one on the rows with findings could win: whether it adds a mismatch decides if that one is made)
    const keptMayWin = keptRows.size < movedRows.size && !cannotWin(explainable(keptRows), keptRows.size)
    if (!keptMayWin && cannotWin(explainable(movedRows), movedRows.size)) continue
    const moved = new Map<number, Row>()
    for (const index of movedRows) moved.set(index, shifted(table.rows[index] as Row, segment))
    let trial = evaluate(segment, columns, moved)
    // a shift that breaks a row which balanced as printed applies to the others only
    if (trial === 'added') {
      if (!keptMayWin || tries >= MAX_TRIES) continue
      const kept = new Map<number, Row>()
      for (const index of keptRows) kept.set(index, moved.get(index) as Row)
      trial = evaluate(segment, columns, kept)
      if (trial === 'added') continue
    }
    if (
      trial.explained.size >= 2 &&
      (best === undefined ||
        trial.explained.size > best.explained.size ||
        (trial.explained.size === best.explained.size && trial.rows.length < best.rows.length))
    )
      best = trial
  }
  return best
}

const header = (table: PrintedTable, key: FactKey): string =>
  table.columns.find((c) => c.key === key)?.header.join('/') ?? key

/**
 * Causes of kind `column-shift`: in each table with two or more within-table mismatches, the
 * shift of a run of cells one place left or right (into a blank cell) that removes the most of
 * them and adds none. The findings it explains are those that disappear when the shifted table
 * replaces the printed one, the table's own and those of other tables compared with it.
 *
 * @internal
 */
export function findColumnShifts(
  doc: Disclosure,
  findings: readonly Finding[],
  rules: readonly Rule[],
  context: RuleContext,
  claimed: Set<number>,
): Cause[] {
  const within = rules.filter((r) => r.family === 'within-table')
  const withinIds = new Set(within.map((r) => r.id))
  // The mismatches of the table as printed are those the run already found: every built-in
  // within-table rule checks each table on its own, and a table's id names it alone. Otherwise
  // (a rule of the caller's, repeated ids) the rules run again on the table.
  const reuse =
    within.every((r) => RULES.includes(r)) &&
    new Set(rules.map((r) => r.id)).size === rules.length &&
    new Set(doc.tables.map((t) => t.id)).size === doc.tables.length
  // the within-table mismatches of each table, found in one pass over the findings (a table's
  // cause claims none of another table's: they are filtered for claims when the table's turn comes)
  const withinByTable = new Map<string, number[]>()
  findings.forEach((f, i) => {
    if (f.status !== 'mismatch' || f.where.table === undefined || !withinIds.has(f.rule)) return
    const list = withinByTable.get(f.where.table)
    if (list) list.push(i)
    else withinByTable.set(f.where.table, [i])
  })
  // the run's mismatches of each within-table rule on a table (`reuse`: those of the table as printed)
  const printedFindings = (table: PrintedTable): ReadonlyMap<string, readonly Finding[]> | undefined => {
    if (!reuse) return undefined
    const out = new Map<string, Finding[]>()
    for (const i of withinByTable.get(table.id) ?? []) {
      const f = findings[i] as Finding
      const list = out.get(f.rule)
      if (list) list.push(f)
      else out.set(f.rule, [f])
    }
    return out
  }
  const acrossIds = new Set(rules.filter((r) => r.family === 'across-tables').map((r) => r.id))
  const causes: Cause[] = []
  for (const table of doc.tables) {
    const mine = (withinByTable.get(table.id) ?? []).filter((i) => !claimed.has(i))
    if (mine.length < 2) continue
    const findingRows = new Set(mine.flatMap((i) => findings[i]?.where.row?.index ?? []))
    const best = bestShift(doc, table, within, context, findingRows, printedFindings(table))
    if (!best) continue
    // the findings the shift removes: the table's own, and those of the rules comparing tables
    // (run again only for the rules with a mismatch involving this table: no other can lose one)
    const involves = (f: Finding): boolean =>
      f.where.table === table.id || (f.related?.some((w) => w.table === table.id) ?? false)
    const rerun = new Set(
      findings.flatMap((f, i) =>
        f.status === 'mismatch' && !claimed.has(i) && acrossIds.has(f.rule) && involves(f) ? [f.rule] : [],
      ),
    )
    const across = rules.filter((r) => rerun.has(r.id))
    const after = new Set(
      across.length === 0
        ? []
        : runRules({ ...doc, tables: doc.tables.map((t) => (t === table ? best.table : t)) }, across, context)
            .filter((f) => f.status === 'mismatch')
            .map(findingKey),
    )
    const explained = findings.flatMap((f, i) => {
      if (f.status !== 'mismatch' || claimed.has(i)) return []
      const key = findingKey(f)
      if (withinIds.has(f.rule)) return f.where.table === table.id && best.explained.has(key) ? [i] : []
      return acrossIds.has(f.rule) && involves(f) && !after.has(key) ? [i] : []
    })
    if (explained.length < 2) continue
    for (const i of explained) claimed.add(i)
    const cols = best.segment.columns
    const from = best.segment.direction === 'right' ? cols.slice(0, -1) : cols.slice(1)
    const to = best.segment.direction === 'right' ? cols.slice(1) : cols.slice(0, -1)
    // name only the columns that carry a figure in a shifted row
    const carried = from.flatMap((k, n) =>
      best.rows.some((r) => hasNumber(table.rows[r]?.cells[k])) ? [{ from: k, to: to[n] as FactKey }] : [],
    )
    const shift: ColumnShift = { direction: best.segment.direction, from, to, rows: best.rows }
    const rowsText = best.rows.map((r) => {
      const row = table.rows[r]
      const code = row?.code ?? row?.unitCode
      return row ? `${code ? `${code} ` : ''}${row.name}` : String(r)
    })
    const rowList =
      rowsText.length > 3
        ? `${rowsText.slice(0, 3).join('、')} 等 ${rowsText.length} 行`
        : `${rowsText.join('、')} 行`
    const rowListEn =
      rowsText.length > 3
        ? `${rowsText.slice(0, 3).join(', ')} and ${rowsText.length - 3} more row${rowsText.length > 4 ? 's' : ''}`
        : `row${rowsText.length > 1 ? 's' : ''} ${rowsText.join(', ')}`
    const names = (keys: readonly FactKey[]) => keys.map((k) => `“${header(table, k)}”`).join('、')
    const namesEn = (keys: readonly FactKey[]) => keys.map((k) => `"${header(table, k)}"`).join(', ')
    const fromKeys = carried.map((m) => m.from)
    const toKeys = carried.map((m) => m.to)
    const side = best.segment.direction === 'right' ? { zh: '右', en: 'right' } : { zh: '左', en: 'left' }
    causes.push({
      id: `column-shift:${table.id}:${from.join('+')}>${to.join('+')}`,
      kind: 'column-shift',
      where: {
        table: table.id,
        tableTitle: table.title,
        ...(table.pages ? { pages: table.pages } : {}),
        rows: best.rows.map((r) => {
          const row = table.rows[r] as Row
          return {
            index: r,
            name: row.name,
            ...(row.code !== undefined ? { code: row.code } : {}),
            ...(row.page !== undefined ? { page: row.page } : {}),
          }
        }),
        columns: [...new Set([...from, ...to])],
      },
      explanation: {
        zh: `《${table.title}》${rowList}的金额错位一列：印在${names(fromKeys)}列的数字应依次在${side.zh}边一列，即${names(toKeys)}列。将这些数字${side.zh}移一列后，${explained.length} 处不符全部消失。`,
        en: `Table "${table.title}", ${rowListEn}: the amounts are one column off — the figures printed under ${namesEn(fromKeys)} belong one column to the ${side.en}, under ${namesEn(toKeys)}. Shifted one column ${side.en}, the ${explained.length} mismatches disappear.`,
      },
      findings: explained,
      shift,
    })
  }
  return causes
}
