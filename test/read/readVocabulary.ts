/**
 * Pieces of a disclosure's text (titles, labels, codes, amounts, units, separators) that the
 * readDisclosure property tests join at random into adversarial texts.
 * @example
 * fc.array(fc.constantFrom(...READ_VOCABULARY), { maxLength: 24 }).map((parts) => parts.join(''))
 */
export const READ_VOCABULARY: readonly string[] = [
  '收支总表',
  '合计',
  '本年收入',
  '\t',
  '\n',
  '一般公共预算',
  '2101501',
  '行政运行',
  '8,938.04',
  '单位：万元',
  '项目支出表',
  '（一）',
  '',
  '\f',
]
