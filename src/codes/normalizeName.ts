import { MedbudgetError } from '../errors'
import { withoutInvisibles } from '../internal/invisible'
import { stripTags } from '../internal/stripTags'

/**
 * Reduces a printed classification name to the form used to compare names.
 *
 * Why each step: PDFs break long names inside a cell (`机关事业单位基本养老保险缴费支 出`), mix
 * full- and half-width forms (`（护）` / `(护)`), summary tables prefix an ordinal (`（十）卫生健康支出`,
 * `八、社会保障和就业`) and a level suffix (`社会保障和就业（类）支出`, `卫生健康支出（类）`), and the
 * 收支总表 of some templates drops the trailing `支出` of a 类 name. None of these change which
 * code is meant, so none of them may change the comparison.
 *
 * Steps, in order: Unicode NFKC (full width → half width), drop HTML tags left by the extraction,
 * drop all whitespace, unify brackets (`【】[]〔〕` → `()`) and quotes, drop a leading ordinal
 * (`（十）`, `十、`, `3.`), drop level markers `(类)`/`(款)`/`(项)` anywhere and a bare trailing
 * `类`/`款`/`项`, drop a trailing `支出`.
 *
 * @param name - a name as printed
 * @returns the comparison form (not meant for display)
 * @example
 * ```ts
 * normalizeName('（十）卫生健康支出') // '卫生健康'
 * normalizeName('机关事业单位基本养老保险缴费支 出') // '机关事业单位基本养老保险缴费'
 * normalizeName('维修（护）费') // '维修(护)费'
 * ```
 */
export function normalizeName(name: string): string {
  if (typeof name !== 'string') {
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      `名称应为文字，收到 ${typeof name}`,
      `The name must be a string, got ${typeof name}`,
    )
  }
  let s = withoutInvisibles(name).normalize('NFKC')
  s = stripTags(s)
  s = s.replace(/\s+/g, '')
  s = s.replace(/[【[〔]/g, '(').replace(/[】\]〕]/g, ')')
  s = s.replace(/[“”„‟]/g, '"').replace(/[‘’]/g, "'")
  s = s.replace(
    /^(?:\([一二三四五六七八九十百零〇]+\)|[一二三四五六七八九十百零〇]+[、.]|\d+[、.](?!\d))/,
    '',
  )
  s = s.replace(/\((?:类|款|项)\)/g, '')
  if (s.length > 2) s = s.replace(/[类款项]$/, '')
  if (s.length > 3) s = s.replace(/支出$/, '')
  return s
}
