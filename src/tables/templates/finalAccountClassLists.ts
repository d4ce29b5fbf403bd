import { deepFreeze } from '../../internal/deepFreeze'
import type { ClassLineSpec } from './types'

/**
 * The 类 rows of the 决算 公开01表 (收入支出决算总表): numbered in sequence, 行次 31–56.
 *
 * @example
 * ```ts
 * FINAL_SUMMARY_CLASSES.find((c) => c.code === '210')?.ordinal // '九'
 * ```
 */
export const FINAL_SUMMARY_CLASSES: readonly ClassLineSpec[] = /*#__PURE__*/ deepFreeze([
  { code: '201', name: '一般公共服务支出', ordinal: '一', line: '31' },
  { code: '202', name: '外交支出', ordinal: '二', line: '32' },
  { code: '203', name: '国防支出', ordinal: '三', line: '33' },
  { code: '204', name: '公共安全支出', ordinal: '四', line: '34' },
  { code: '205', name: '教育支出', ordinal: '五', line: '35' },
  { code: '206', name: '科学技术支出', ordinal: '六', line: '36' },
  { code: '207', name: '文化旅游体育与传媒支出', ordinal: '七', line: '37' },
  { code: '208', name: '社会保障和就业支出', ordinal: '八', line: '38' },
  { code: '210', name: '卫生健康支出', ordinal: '九', line: '39' },
  { code: '211', name: '节能环保支出', ordinal: '十', line: '40' },
  { code: '212', name: '城乡社区支出', ordinal: '十一', line: '41' },
  { code: '213', name: '农林水支出', ordinal: '十二', line: '42' },
  { code: '214', name: '交通运输支出', ordinal: '十三', line: '43' },
  { code: '215', name: '资源勘探工业信息等支出', ordinal: '十四', line: '44' },
  { code: '216', name: '商业服务业等支出', ordinal: '十五', line: '45' },
  { code: '217', name: '金融支出', ordinal: '十六', line: '46' },
  { code: '219', name: '援助其他地区支出', ordinal: '十七', line: '47' },
  { code: '220', name: '自然资源海洋气象等支出', ordinal: '十八', line: '48' },
  { code: '221', name: '住房保障支出', ordinal: '十九', line: '49' },
  { code: '222', name: '粮油物资储备支出', ordinal: '二十', line: '50' },
  { code: '223', name: '国有资本经营预算支出', ordinal: '二十一', line: '51' },
  { code: '224', name: '灾害防治及应急管理支出', ordinal: '二十二', line: '52' },
  { code: '229', name: '其他支出', ordinal: '二十三', line: '53' },
  { code: '231', name: '债务还本支出', ordinal: '二十四', line: '54' },
  { code: '232', name: '债务付息支出', ordinal: '二十五', line: '55' },
  { code: '234', name: '抗疫特别国债安排的支出', ordinal: '二十六', line: '56' },
])

/**
 * The 类 rows of the 决算 公开04表 (财政拨款收入支出决算总表): numbered in sequence, 行次 33–58.
 *
 * @example
 * ```ts
 * FINAL_FISCAL_CLASSES[0]?.line // '33'
 * ```
 */
export const FINAL_FISCAL_CLASSES: readonly ClassLineSpec[] = /*#__PURE__*/ deepFreeze([
  { code: '201', name: '一般公共服务支出', ordinal: '一', line: '33' },
  { code: '202', name: '外交支出', ordinal: '二', line: '34' },
  { code: '203', name: '国防支出', ordinal: '三', line: '35' },
  { code: '204', name: '公共安全支出', ordinal: '四', line: '36' },
  { code: '205', name: '教育支出', ordinal: '五', line: '37' },
  { code: '206', name: '科学技术支出', ordinal: '六', line: '38' },
  { code: '207', name: '文化旅游体育与传媒支出', ordinal: '七', line: '39' },
  { code: '208', name: '社会保障和就业支出', ordinal: '八', line: '40' },
  { code: '210', name: '卫生健康支出', ordinal: '九', line: '41' },
  { code: '211', name: '节能环保支出', ordinal: '十', line: '42' },
  { code: '212', name: '城乡社区支出', ordinal: '十一', line: '43' },
  { code: '213', name: '农林水支出', ordinal: '十二', line: '44' },
  { code: '214', name: '交通运输支出', ordinal: '十三', line: '45' },
  { code: '215', name: '资源勘探工业信息等支出', ordinal: '十四', line: '46' },
  { code: '216', name: '商业服务业等支出', ordinal: '十五', line: '47' },
  { code: '217', name: '金融支出', ordinal: '十六', line: '48' },
  { code: '219', name: '援助其他地区支出', ordinal: '十七', line: '49' },
  { code: '220', name: '自然资源海洋气象等支出', ordinal: '十八', line: '50' },
  { code: '221', name: '住房保障支出', ordinal: '十九', line: '51' },
  { code: '222', name: '粮油物资储备支出', ordinal: '二十', line: '52' },
  { code: '223', name: '国有资本经营预算支出', ordinal: '二十一', line: '53' },
  { code: '224', name: '灾害防治及应急管理支出', ordinal: '二十二', line: '54' },
  { code: '229', name: '其他支出', ordinal: '二十三', line: '55' },
  { code: '231', name: '债务还本支出', ordinal: '二十四', line: '56' },
  { code: '232', name: '债务付息支出', ordinal: '二十五', line: '57' },
  { code: '234', name: '抗疫特别国债安排的支出', ordinal: '二十六', line: '58' },
])
