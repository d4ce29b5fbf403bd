/** Counting a batch as it streams by, and the closing summary. @module */
import { CHECK_FORMAT } from './formats'
import type { CheckDocumentRecord, CheckSummaryRecord } from './schema'

/** Running counts of a batch (constant memory per rule, nothing per document). */
export interface Tally {
  add(record: CheckDocumentRecord): void
  summary(): CheckSummaryRecord
}

/**
 * A tally of a batch: documents by status, contradictions, and the rules that found them.
 *
 * @returns an empty tally
 * @example
 * ```ts
 * const tally = createTally(); tally.add(record); tally.summary().exitCode // 0 | 1 | 2
 * ```
 */
export function createTally(): Tally {
  const counts = { documents: 0, checked: 0, unreadable: 0, scanned: 0, notDisclosure: 0, timedOut: 0 }
  let withContradictions = 0
  let mismatches = 0
  const rules = new Map<string, { mismatches: number; documents: number }>()
  return {
    add(record) {
      counts.documents++
      if (record.status === 'checked') counts.checked++
      else if (record.status === 'unreadable') counts.unreadable++
      else if (record.status === 'scanned') counts.scanned++
      else if (record.status === 'not-a-disclosure') counts.notDisclosure++
      else counts.timedOut++
      const m = record.summary?.mismatches ?? 0
      mismatches += m
      if (m > 0) withContradictions++
      const seen = new Set<string>()
      for (const f of record.findings) {
        if (f.status !== 'mismatch') continue
        const r = rules.get(f.rule) ?? { mismatches: 0, documents: 0 }
        r.mismatches++
        if (!seen.has(f.rule)) r.documents++
        seen.add(f.rule)
        rules.set(f.rule, r)
      }
    },
    summary() {
      const topRules = [...rules.entries()]
        .map(([rule, r]) => ({ rule, ...r }))
        .sort((a, b) => b.mismatches - a.mismatches || (a.rule < b.rule ? -1 : 1))
        .slice(0, 10)
      const unread = counts.documents - counts.checked
      return {
        type: 'summary',
        format: CHECK_FORMAT,
        ...counts,
        withContradictions,
        mismatches,
        topRules,
        exitCode: unread > 0 ? 2 : withContradictions > 0 ? 1 : 0,
      }
    },
  }
}

/**
 * The summary as text, in the report language.
 *
 * @param s - the summary record
 * @param lang - zh, en or both
 * @returns lines of text
 * @example
 * ```ts
 * renderSummaryText(tally.summary(), 'zh') // '共 5 份文件：已核对 5 …'
 * ```
 */
export function renderSummaryText(s: CheckSummaryRecord, lang: 'zh' | 'en' | 'both'): string {
  const zh = [
    `共 ${s.documents} 份文件：已核对 ${s.checked}，无法读取 ${s.unreadable}，扫描件 ${s.scanned}，非预决算公开 ${s.notDisclosure}，超时 ${s.timedOut}；有矛盾的 ${s.withContradictions} 份，共 ${s.mismatches} 处矛盾。`,
    ...(s.topRules.length > 0
      ? [
          `最常见的矛盾：${s.topRules.map((r) => `${r.rule}（${r.mismatches} 处，${r.documents} 份）`).join('；')}`,
        ]
      : []),
  ]
  const en = [
    `${s.documents} files: ${s.checked} checked, ${s.unreadable} unreadable, ${s.scanned} scanned, ${s.notDisclosure} not a disclosure, ${s.timedOut} timed out; ${s.withContradictions} with contradictions, ${s.mismatches} mismatches in all.`,
    ...(s.topRules.length > 0
      ? [
          `Most frequent contradictions: ${s.topRules.map((r) => `${r.rule} (${r.mismatches} in ${r.documents} documents)`).join('; ')}`,
        ]
      : []),
  ]
  return `${(lang === 'zh' ? zh : lang === 'en' ? en : [...zh, ...en]).join('\n')}\n`
}
