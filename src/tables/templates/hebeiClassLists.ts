import { deepFreeze } from '../../internal/deepFreeze'
import type { ClassLineSpec } from './types'

/**
 * The 类 rows of the 河北 收支总表 and 财政拨款收支总表 (2024): numbered in sequence (219 援助其他地区支出
 * is 十八), 序号 1–31, ending with the special row 三十一、人行专用科目 (no code).
 *
 * @example
 * ```ts
 * HEBEI_CLASSES.find((c) => c.code === '219')?.ordinal // '十八'
 * ```
 */
export const HEBEI_CLASSES: readonly ClassLineSpec[] = /*#__PURE__*/ deepFreeze([
  { code: '201', name: '一般公共服务支出', ordinal: '一', line: '1' },
  { code: '202', name: '外交支出', ordinal: '二', line: '2' },
  { code: '203', name: '国防支出', ordinal: '三', line: '3' },
  { code: '204', name: '公共安全支出', ordinal: '四', line: '4' },
  { code: '205', name: '教育支出', ordinal: '五', line: '5' },
  { code: '206', name: '科学技术支出', ordinal: '六', line: '6' },
  { code: '207', name: '文化旅游体育与传媒支出', ordinal: '七', line: '7' },
  { code: '208', name: '社会保障和就业支出', ordinal: '八', line: '8' },
  { code: '209', name: '社会保险基金支出', ordinal: '九', line: '9' },
  { code: '210', name: '卫生健康支出', ordinal: '十', line: '10' },
  { code: '211', name: '节能环保支出', ordinal: '十一', line: '11' },
  { code: '212', name: '城乡社区支出', ordinal: '十二', line: '12' },
  { code: '213', name: '农林水支出', ordinal: '十三', line: '13' },
  { code: '214', name: '交通运输支出', ordinal: '十四', line: '14' },
  { code: '215', name: '资源勘探工业信息等支出', ordinal: '十五', line: '15' },
  { code: '216', name: '商业服务业等支出', ordinal: '十六', line: '16' },
  { code: '217', name: '金融支出', ordinal: '十七', line: '17' },
  { code: '219', name: '援助其他地区支出', ordinal: '十八', line: '18' },
  { code: '220', name: '自然资源海洋气象等支出', ordinal: '十九', line: '19' },
  { code: '221', name: '住房保障支出', ordinal: '二十', line: '20' },
  { code: '222', name: '粮油物资储备支出', ordinal: '二十一', line: '21' },
  { code: '223', name: '国有资本经营预算支出', ordinal: '二十二', line: '22' },
  { code: '224', name: '灾害防治及应急管理支出', ordinal: '二十三', line: '23' },
  { code: '227', name: '预备费', ordinal: '二十四', line: '24' },
  { code: '229', name: '其他支出', ordinal: '二十五', line: '25' },
  { code: '230', name: '转移性支出', ordinal: '二十六', line: '26' },
  { code: '231', name: '债务还本支出', ordinal: '二十七', line: '27' },
  { code: '232', name: '债务付息支出', ordinal: '二十八', line: '28' },
  { code: '233', name: '债务发行费用支出', ordinal: '二十九', line: '29' },
  { code: '234', name: '抗疫特别国债安排的支出', ordinal: '三十', line: '30' },
  {
    name: '人行专用科目',
    ordinal: '三十一',
    line: '31',
    note: '人行专用科目不是支出功能分类的类，模板印出的特殊行，不设编码 / not a functional 类: a special line of the template; no code',
  },
])
