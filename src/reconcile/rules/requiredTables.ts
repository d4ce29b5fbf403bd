import { TABLE_KINDS } from '../../model/tableKinds'
import { defineRule, notApplicable } from '../defineRule'
import type { FindingDraft } from '../types'

const REASONS = {
  'not-published': ['未公开', 'not published'],
  'listed-not-printed': ['目录列出但正文缺失', 'listed in the contents but missing from the text'],
  'not-applicable': ['不适用', 'not applicable'],
} as const

/**
 * Every table the template requires is present or declared absent; declared absences are reported
 * as information (a table listed in the 目录 but missing from the text as a warning), so that
 * silence never looks like completeness.
 *
 * @example
 * ```ts
 * requiredTables.check(doc).findings.map((f) => f.params.table)
 * ```
 */
export const requiredTables = /*#__PURE__*/ defineRule({
  id: 'required-tables',
  title: { zh: '模板要求的表齐全', en: 'The tables the template requires are there' },
  family: 'completeness',
  severity: 'error',
  reads: {
    zh: '模板的必备表清单；文档的表与缺失说明',
    en: "the template's required tables; the document's tables and absences",
  },
  check: (doc, context) => {
    const template = context.templates.find((t) => t.id === doc.template)
    if (!template) return notApplicable(`未知模板“${doc.template}”`, `unknown template "${doc.template}"`)
    const present = new Set(doc.tables.map((t) => t.kind))
    const findings: FindingDraft[] = []
    for (const kind of template.tables) {
      if (present.has(kind)) continue
      const absent = doc.absent.find((a) => a.kind === kind)
      const table = TABLE_KINDS[kind].zh
      if (!absent) {
        findings.push({
          severity: 'error',
          status: 'mismatch',
          where: {},
          messageId: 'missing-table',
          params: { table },
        })
        continue
      }
      const [zh, en] = REASONS[absent.reason]
      findings.push({
        severity: absent.reason === 'listed-not-printed' ? 'warning' : 'info',
        status: 'info',
        where: {},
        messageId: 'absent-table',
        params: { table, reason: absent.note ? `${zh}：${absent.note}` : zh, reasonEn: en },
      })
    }
    return { status: 'ran', checks: template.tables.length, findings }
  },
})
