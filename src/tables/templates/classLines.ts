import { MedbudgetError } from '../../errors'
import { optionsOf } from '../../internal/limits'
import type { ClassLineSpec } from './types'

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 19 → 十九, 31 → 三十一 (1 to 99). */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  if (tens === 0) return DIGITS[ones] as string
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`
}

/** Options of {@link classLines}. */
export interface ClassLinesOptions {
  /** `by-code`: the ordinal is the code minus 200 (219 is 十九, whatever is left out); `sequence`: 一, 二, 三 … */
  readonly numbering: 'by-code' | 'sequence'
  /** `plain` prints 十九, `paren` prints （十九）. Default `plain`. */
  readonly style?: 'plain' | 'paren'
  /** Number the lines 行次/序号 from this number. */
  readonly lineFrom?: number
}

/**
 * Numbers a list of 类 for a template of your own: the Chinese ordinal by code or in sequence, in
 * the template's style, and 行次 where the template prints them. Rows without a code (a special
 * line such as 人行专用科目) take the next number in sequence.
 *
 * @param classes - the 类 the summary tables list, in print order
 * @param options - numbering, style, first 行次
 * @returns the class lines, ready for a `classes` line of a table spec
 * @throws MedbudgetError `TEMPLATE_INVALID` when a code is not a 类 (3 digits from 201) or an ordinal passes 99
 * @example
 * ```ts
 * classLines([{ code: '217', name: '金融支出' }, { code: '219', name: '援助其他地区支出' }], { numbering: 'by-code' })
 * // [{ code: '217', name: '金融支出', ordinal: '十七' }, { code: '219', name: '援助其他地区支出', ordinal: '十九' }]
 * classLines([{ code: '219', name: '援助其他地区支出' }], { numbering: 'sequence', style: 'paren', lineFrom: 18 })
 * // [{ code: '219', name: '援助其他地区支出', ordinal: '（一）', line: '18' }]
 * ```
 */
export function classLines(
  classes: readonly { readonly code?: string; readonly name: string; readonly note?: string }[],
  options: ClassLinesOptions,
): ClassLineSpec[] {
  const o = optionsOf(options, ['类级行选项', 'class line options'])
  let previous = 0
  return classes.map((c, i) => {
    if (c.code !== undefined && !/^2\d\d$/.test(c.code)) {
      throw new MedbudgetError(
        'TEMPLATE_INVALID',
        `“${c.code}”不是支出功能分类的类级编码（应为 201 起的三位数字）`,
        `"${c.code}" is not a functional 类 code (three digits from 201)`,
        { path: ['classes', i, 'code'], input: c.code },
      )
    }
    const n = o.numbering === 'by-code' && c.code !== undefined ? Number(c.code) - 200 : previous + 1
    if (n < 1 || n > 99) {
      throw new MedbudgetError('TEMPLATE_INVALID', `序号 ${n} 超出 1—99`, `ordinal ${n} is outside 1–99`, {
        path: ['classes', i],
      })
    }
    previous = n
    const word = chineseNumber(n)
    return {
      ...(c.code !== undefined ? { code: c.code } : {}),
      name: c.name,
      ordinal: o.style === 'paren' ? `（${word}）` : word,
      ...(o.lineFrom !== undefined ? { line: String(o.lineFrom + i) } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
    }
  })
}
