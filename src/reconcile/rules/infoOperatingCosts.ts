import { isAmountCell } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, tableOf } from '../facts'

/**
 * 机关运行经费 beside 公用经费, as information only: the first covers administrative units (and 参公)
 * and templates count it differently, so a difference is never an error.
 *
 * @example
 * ```ts
 * infoOperatingCosts.check(doc).findings[0]?.status // 'info'
 * ```
 */
export const infoOperatingCosts = /*#__PURE__*/ defineRule({
  id: 'info-operating-costs',
  title: {
    zh: '机关运行经费与公用经费（仅供参考）',
    en: 'Operating costs beside public expenses (information)',
  },
  family: 'across-tables',
  severity: 'info',
  reads: {
    zh: '说明文字中的机关运行经费；基本支出表的公用经费合计',
    en: 'operating costs stated in the text; public expenses of the basic-expenditure table',
  },
  check: (doc) => {
    const figure = (doc.text?.figures ?? []).find(
      (f) =>
        f.kind === 'amount' &&
        /机关运行经费|机构运行经费|运转经费|运行经费/.test(f.subject) &&
        isAmountCell(f.value),
    )
    const basic = tableOf(doc, 'gpb-basic')
    const publicTotal =
      lineFact(basic, { totalRow: true }, 'exp.basic.public') ??
      lineFact(basic, { key: 'exp.basic.public' }, 'total')
    if (!figure || !publicTotal)
      return notApplicable(
        '未同时列出机关运行经费与公用经费',
        'operating costs and public expenses are not both printed',
      )
    return {
      status: 'ran',
      checks: 1,
      findings: [
        {
          severity: 'info',
          status: 'info',
          where: { figure: figure.id, section: figure.section, sentence: figure.sentence },
          expected: figure.value,
          printed: publicTotal.cells[0] ?? '',
          related: [publicTotal.where],
          messageId: 'info-compare',
          params: {
            fact: '机关运行经费与公用经费',
            factEn: 'operating costs and public expenses',
            placeA: '说明文字中的机关运行经费',
            placeAEn: 'operating costs in the text',
            placeB: '基本支出表的公用经费',
            placeBEn: 'public expenses in the basic-expenditure table',
            expected: figure.value,
            printed: publicTotal.cells[0] ?? '',
          },
        },
      ],
    }
  },
})
