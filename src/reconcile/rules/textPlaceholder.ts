import { isAmountCell } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import type { FindingDraft } from '../types'

/**
 * A placeholder left in the explanatory text where a figure should be (××.××万元, ·).
 *
 * @example
 * ```ts
 * textPlaceholder.check(doc).findings.map((f) => f.where.sentence)
 * ```
 */
export const textPlaceholder = /*#__PURE__*/ defineRule({
  id: 'text-placeholder',
  title: { zh: '说明文字中留有占位符', en: 'Placeholder left in the text' },
  family: 'text',
  severity: 'error',
  reads: { zh: '说明文字中的每个数字', en: 'every figure of the explanatory text' },
  check: (doc) => {
    const figures = doc.text?.figures ?? []
    if (figures.length === 0)
      return notApplicable('文档未录入说明文字中的数字', 'the document carries no text figures')
    const findings: FindingDraft[] = figures
      .filter((f) => !isAmountCell(f.value))
      .map((f) => ({
        severity: 'error',
        status: 'not-computable',
        where: { figure: f.id, section: f.section, sentence: f.sentence },
        printed: f.value,
        messageId: 'placeholder',
        params: { place: f.section, placeEn: `section "${f.section}"`, printed: f.printed },
      }))
    return { status: 'ran', checks: figures.length, findings }
  },
})
