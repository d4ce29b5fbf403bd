import type { Finding } from '../types'

/**
 * A key naming a finding by what it checks and where, not by its numbers: the same check on a
 * changed table has the same key, so that a finding that disappears can be told from one that
 * moves. @internal
 */
export function findingKey(f: Pick<Finding, 'rule' | 'where' | 'params'>): string {
  const w = f.where
  return [
    f.rule,
    w.table ?? '',
    w.row?.index ?? '',
    w.column ?? '',
    w.block ?? '',
    w.figure ?? '',
    String(f.params.identity ?? f.params.fact ?? ''),
  ].join('|')
}
