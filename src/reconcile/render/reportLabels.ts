import type { FindingStatus, Severity } from '../types'

/** Labels of statuses and severities in both languages, for the report renderers. @internal */
export const STATUS_LABELS: Readonly<Record<FindingStatus, { readonly zh: string; readonly en: string }>> = {
  mismatch: { zh: '矛盾', en: 'mismatch' },
  'rounding-tail': { zh: '尾差', en: 'rounding tail' },
  'not-computable': { zh: '无法计算', en: 'not computable' },
  'insufficient-data': { zh: '数据不足', en: 'insufficient data' },
  'not-applicable': { zh: '不适用', en: 'not applicable' },
  info: { zh: '参考', en: 'information' },
}

/** @internal */
export const SEVERITY_LABELS: Readonly<Record<Severity, { readonly zh: string; readonly en: string }>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
}

/** @internal */
export const RUN_LABELS = {
  ran: { zh: '已运行', en: 'ran' },
  'not-applicable': { zh: '不适用', en: 'not applicable' },
  'insufficient-data': { zh: '数据不足', en: 'insufficient data' },
} as const

/** Report language: Chinese, English, or both (Chinese first). */
export type ReportLang = 'zh' | 'en' | 'both'

/** @internal */
export const say = (text: { readonly zh: string; readonly en: string }, lang: ReportLang): string =>
  lang === 'both' ? `${text.zh} / ${text.en}` : text[lang]

/** `1 check`, `2 checks`: a count and its noun in English. @internal */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** The English summary of a report: `529 checks, 1 mismatch, 4 rounding tails, …`. @internal */
export const summaryEn = (s: {
  readonly checks: number
  readonly mismatches: number
  readonly roundingTails: number
  readonly notComputable: number
  readonly info: number
}): string =>
  [
    plural(s.checks, 'check', 'checks'),
    plural(s.mismatches, 'mismatch', 'mismatches'),
    plural(s.roundingTails, 'rounding tail', 'rounding tails'),
    `${s.notComputable} not computable`,
    `${s.info} information`,
  ].join(', ')
