import type { z } from 'zod'
import type { MedbudgetIssue } from '../errors'

const SPLIT = ' / '

const typeZh: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  undefined: '空',
  null: '空值',
}

function zhFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型错误：应为${typeZh[issue.expected] ?? issue.expected}`
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`
    case 'invalid_value':
      return `取值不在允许范围内（允许：${issue.values.map(String).join('、')}）`
    case 'invalid_format':
      return '格式不符合要求'
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? '内容过短或为空'
        : `数值过小（最小 ${issue.minimum}）`
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? '内容过长'
        : `数值过大（最大 ${issue.maximum}）`
    case 'invalid_key':
      return '字段名不允许'
    case 'invalid_union':
      return '不符合任何一种允许的形式'
    default:
      return '内容不符合要求'
  }
}

/**
 * Turns zod issues into the library's bilingual issues (path, Chinese, English). Messages the
 * library wrote itself carry both languages as `"zh / en"`; zod's own messages get a Chinese text.
 *
 * @internal
 */
export function toIssues(issues: readonly z.core.$ZodIssue[]): MedbudgetIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)))
    const at = issue.message.indexOf(SPLIT)
    if (issue.code === 'custom' || at > 0) {
      return at > 0
        ? { path, zh: issue.message.slice(0, at), en: issue.message.slice(at + SPLIT.length) }
        : { path, zh: issue.message, en: issue.message }
    }
    return { path, zh: zhFor(issue), en: issue.message }
  })
}
