/**
 * One misprinted code in a published disclosure, and the code it stands for.
 *
 * The catalogs never learn a misprint: a parser that is given the errata list reports that it
 * applied one, so a caller can show the correction instead of silently trusting it.
 */
export interface CodeErratum {
  /** Seed file (or other document) the misprint was seen in. */
  readonly seed: string
  /** Table title the misprint was seen in. */
  readonly table: string
  /** The code cell(s) exactly as extracted (columns separated by tabs as in the text). */
  readonly printed: string
  /**
   * The name printed beside the code, when the same misprint stands for different codes
   * (`301 l` is 30108 on one row and 30110 on the next). Compared after name normalisation; a
   * printed name that starts with this one matches (wrapped rows print the head of a name).
   */
  readonly name?: string
  /** The code meant, joined (`2101299`). */
  readonly intended: string
  /** Why the intended code is believed, in words a reader can check against the document. */
  readonly why: string
}

/**
 * Misprinted functional codes (支出功能分类) found in the bundled seed disclosures.
 *
 * @example
 * ```ts
 * functionalCodeErrata.find((e) => e.printed === '210\t12\t00')?.intended // '2101299'
 * ```
 */
export const functionalCodeErrata = /*#__PURE__*/ Object.freeze([
  Object.freeze({
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年部门支出预算表',
    printed: '210\t12\t00',
    name: '财政对其他基本医疗保险基金',
    intended: '2101299',
    why:
      '项 00 does not exist; the row carries 财政对其他基本医疗保险基金的补助 549.00, which the same ' +
      'document prints as 210 12 99 in 2025年一般公共预算支出预算表 (项 00 不存在；同一文件一般公共预算支出预算表印为 210 12 99)',
  }),
  Object.freeze({
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年部门支出预算表',
    printed: '<u> </u>\t12\t99',
    name: '的补助',
    intended: '2101299',
    why:
      'wrapped continuation of the 210 12 00 row: the 类 column was extracted as an underline tag ' +
      '(折行续行，类栏被提取为下划线标签)',
  }),
] as const satisfies readonly CodeErratum[])

/**
 * Misprinted economic codes (支出经济分类) found in the bundled seed disclosures.
 *
 * @example
 * ```ts
 * economicCodeErrata.filter((e) => e.printed === '301\tl').map((e) => e.intended) // ['30108', '30110']
 * ```
 */
export const economicCodeErrata = /*#__PURE__*/ Object.freeze([
  Object.freeze({
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年支出经济分类汇总表',
    printed: '301\tl',
    name: '机关事业单位基本养老保险缴费',
    intended: '30108',
    why:
      'OCR read the 款 08 as "l"; the name is 30108 机关事业单位基本养老保险缴费 and it maps to 50102 ' +
      'as printed (OCR 将款 08 识别为 l)',
  }),
  Object.freeze({
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年支出经济分类汇总表',
    printed: '301\tl',
    name: '职工基本医疗保险缴费',
    intended: '30110',
    why:
      'OCR read the 款 10 as "l"; the name is 30110 职工基本医疗保险缴费 (33.33, the same amount as ' +
      '2101101 行政单位医疗 in the same document) (OCR 将款 10 识别为 l)',
  }),
] as const satisfies readonly CodeErratum[])

/**
 * Every misprinted code found in the bundled seed disclosures (functional, then economic).
 *
 * @example
 * ```ts
 * parseCode('301\tl\t职工基本医疗保险缴费', { errata: codeErrata }).code // '30110'
 * ```
 */
export const codeErrata: readonly CodeErratum[] = /*#__PURE__*/ Object.freeze([
  ...functionalCodeErrata,
  ...economicCodeErrata,
])
