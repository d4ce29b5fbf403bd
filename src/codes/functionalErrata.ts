import { deepFreeze } from '../internal/deepFreeze'
import type { CodeErratum } from './codeErratum'

/**
 * Misprinted functional codes (支出功能分类) found in the bundled seed disclosures.
 *
 * @example
 * ```ts
 * functionalCodeErrata.find((e) => e.printed === '210\t12\t00')?.intended // '2101299'
 * ```
 */
export const functionalCodeErrata = /*#__PURE__*/ deepFreeze([
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年部门支出预算表',
    printed: '210\t12\t00',
    name: '财政对其他基本医疗保险基金',
    intended: '2101299',
    why:
      '项 00 does not exist; the row carries 财政对其他基本医疗保险基金的补助 549.00, which the same ' +
      'document prints as 210 12 99 in 2025年一般公共预算支出预算表 (项 00 不存在；同一文件一般公共预算支出预算表印为 210 12 99)',
  },
  {
    seed: '003_4628d8b7aa23fe2e.txt',
    table: '2025年部门支出预算表',
    printed: '<u> </u>\t12\t99',
    name: '的补助',
    intended: '2101299',
    why:
      'wrapped continuation of the 210 12 00 row: the 类 column was extracted as an underline tag ' +
      '(折行续行，类栏被提取为下划线标签)',
  },
] as const satisfies readonly CodeErratum[])
