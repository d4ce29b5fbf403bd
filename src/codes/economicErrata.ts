import { deepFreeze } from '../internal/deepFreeze'
import type { CodeErratum } from './codeErratum'

/**
 * Misprinted economic codes (支出经济分类) found in the bundled seed disclosures.
 *
 * @example
 * ```ts
 * economicCodeErrata.filter((e) => e.printed === '301\tl').map((e) => e.intended) // ['30108', '30110']
 * ```
 */
export const economicCodeErrata = /*#__PURE__*/ deepFreeze([
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年支出经济分类汇总表',
    printed: '301\tl',
    name: '机关事业单位基本养老保险缴费',
    intended: '30108',
    why:
      'OCR read the 款 08 as "l"; the name is 30108 机关事业单位基本养老保险缴费 and it maps to 50102 ' +
      'as printed (OCR 将款 08 识别为 l)',
  },
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年支出经济分类汇总表',
    printed: '301\tl',
    name: '职工基本医疗保险缴费',
    intended: '30110',
    why:
      'OCR read the 款 10 as "l"; the name is 30110 职工基本医疗保险缴费 (33.33, the same amount as ' +
      '2101101 行政单位医疗 in the same document) (OCR 将款 10 识别为 l)',
  },
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年支出经济分类汇总表',
    printed: '1 1',
    name: '劳务费',
    intended: '30226',
    why:
      'the department 类/款 cells were read as "1 1" and blank; 劳务费 → 50205 委托业务费 is 30226, as the ' +
      '2025年一般公共预算基本支出预算表 prints it (部门经济分类栏被识别为 "1 1"；基本支出表印为 30226 劳务费)',
  },
] as const satisfies readonly CodeErratum[])
