import { deepFreeze } from '../../internal/deepFreeze'
import type { ClassLineSpec } from './types'

/**
 * The 类 rows of the 河南 收支总表 (2023–2025): numbered by code (十八, 二十五, 二十六, 二十八 not printed), names
 * as the template prints them (some without 支出).
 *
 * @example
 * ```ts
 * HENAN_SUMMARY_CLASSES.find((c) => c.code === '219')?.ordinal // '十九'
 * ```
 */
export const HENAN_SUMMARY_CLASSES: readonly ClassLineSpec[] = /*#__PURE__*/ deepFreeze([
  { code: '201', name: '一般公共服务', ordinal: '一' },
  { code: '202', name: '外交', ordinal: '二' },
  { code: '203', name: '国防', ordinal: '三' },
  { code: '204', name: '公共安全', ordinal: '四' },
  { code: '205', name: '教育', ordinal: '五' },
  { code: '206', name: '科学技术', ordinal: '六' },
  { code: '207', name: '文化旅游体育与传媒', ordinal: '七' },
  { code: '208', name: '社会保障和就业', ordinal: '八' },
  { code: '209', name: '社会保险基金支出', ordinal: '九' },
  { code: '210', name: '卫生健康', ordinal: '十' },
  { code: '211', name: '节能环保', ordinal: '十一' },
  { code: '212', name: '城乡社区事务', ordinal: '十二' },
  { code: '213', name: '农林水事务', ordinal: '十三' },
  { code: '214', name: '交通运输', ordinal: '十四' },
  { code: '215', name: '资源勘探信息等', ordinal: '十五' },
  { code: '216', name: '商业服务业等', ordinal: '十六' },
  { code: '217', name: '金融支出', ordinal: '十七' },
  { code: '219', name: '援助其他地区支出', ordinal: '十九' },
  { code: '220', name: '自然资源海洋气象等支出', ordinal: '二十' },
  { code: '221', name: '住房保障支出', ordinal: '二十一' },
  { code: '222', name: '粮油物资储备支出', ordinal: '二十二' },
  { code: '223', name: '国有资本经营预算', ordinal: '二十三' },
  { code: '224', name: '灾害防治及应急管理', ordinal: '二十四' },
  { code: '227', name: '预备费', ordinal: '二十七' },
  { code: '229', name: '其他支出', ordinal: '二十九' },
  { code: '230', name: '转移性支出', ordinal: '三十' },
  { code: '231', name: '债务还本支出', ordinal: '三十一' },
  { code: '232', name: '债务付息支出', ordinal: '三十二' },
  { code: '233', name: '债务发行费用支出', ordinal: '三十三' },
  { code: '234', name: '抗疫特别国债安排的支出', ordinal: '三十四' },
])

/**
 * The 类 rows of the 河南 财政拨款收支总表 (2023–2025): numbered by code in parentheses, with the stale
 * row （九）医疗卫生与计划生育支出 printed without a code.
 *
 * @example
 * ```ts
 * HENAN_FISCAL_CLASSES[8]?.name // '医疗卫生与计划生育支出'
 * ```
 */
export const HENAN_FISCAL_CLASSES: readonly ClassLineSpec[] = /*#__PURE__*/ deepFreeze([
  { code: '201', name: '一般公共服务支出', ordinal: '（一）' },
  { code: '202', name: '外交支出', ordinal: '（二）' },
  { code: '203', name: '国防支出', ordinal: '（三）' },
  { code: '204', name: '公共安全支出', ordinal: '（四）' },
  { code: '205', name: '教育支出', ordinal: '（五）' },
  { code: '206', name: '科学技术支出', ordinal: '（六）' },
  { code: '207', name: '文化体育旅游与传媒支出', ordinal: '（七）' },
  { code: '208', name: '社会保障和就业支出', ordinal: '（八）' },
  {
    name: '医疗卫生与计划生育支出',
    ordinal: '（九）',
    note: '过时的类名：医疗卫生与计划生育支出是 210 卫生健康支出的旧称，模板照印，不设编码 / stale name of 210, printed by the template; no code',
  },
  { code: '210', name: '卫生健康支出', ordinal: '（十）' },
  { code: '211', name: '节能环保支出', ordinal: '（十一）' },
  { code: '212', name: '城乡社区事务支出', ordinal: '（十二）' },
  { code: '213', name: '农林水事务支出', ordinal: '（十三）' },
  { code: '214', name: '交通运输支出', ordinal: '（十四）' },
  { code: '215', name: '资源勘探信息等支出', ordinal: '（十五）' },
  { code: '216', name: '商业服务业等支出', ordinal: '（十六）' },
  { code: '217', name: '金融支出', ordinal: '（十七）' },
  { code: '219', name: '援助其他地区支出', ordinal: '（十九）' },
  { code: '220', name: '自然资源海洋气象等支出', ordinal: '（二十）' },
  { code: '221', name: '住房保障支出', ordinal: '（二十一）' },
  { code: '222', name: '粮油物资储备支出', ordinal: '（二十二）' },
  { code: '223', name: '国有资本经营预算', ordinal: '（二十三）' },
  { code: '224', name: '灾害防治及应急管理', ordinal: '（二十四）' },
  { code: '227', name: '预备费', ordinal: '（二十七）' },
  { code: '229', name: '其他支出', ordinal: '（二十九）' },
  { code: '230', name: '转移性支出', ordinal: '（三十）' },
  { code: '231', name: '债务还本支出', ordinal: '（三十一）' },
  { code: '232', name: '债务付息支出', ordinal: '（三十二）' },
  { code: '233', name: '债务发行费用支出', ordinal: '（三十三）' },
  { code: '234', name: '抗疫特别国债安排的支出', ordinal: '（三十四）' },
])
