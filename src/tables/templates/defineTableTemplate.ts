import { MedbudgetError } from '../../errors'
import { deepFreeze } from '../../internal/deepFreeze'
import { excerpt, shownValue } from '../../internal/limits'
import { checkObject, guardShape } from '../../internal/shape'
import { isFactKey } from '../../model/factKeys'
import { TABLE_KINDS } from '../../model/tableKinds'
import type { TableTemplate } from './types'

const invalid = (path: (string | number)[], zh: string, en: string): MedbudgetError =>
  new MedbudgetError(
    'TEMPLATE_INVALID',
    `模板有误（${path.join('.')}）：${zh}`,
    `invalid template (${path.join('.')}): ${en}`,
    {
      path,
    },
  )

/**
 * Checks a template of your own and freezes a copy of it: a known table kind and a title for every
 * table, fact keys that exist, no key twice in one block (a row's cells would be ambiguous), sides
 * for two-sided tables with columns in each side's block, a layout for the others, decimals 0–6.
 * The shipped templates pass it (tested); a template that fails gets one clear error with its path.
 *
 * @param template - the template, as data
 * @returns the same template, deeply frozen
 * @throws MedbudgetError `TEMPLATE_INVALID` with the path of the first problem
 * @example
 * ```ts
 * const mine = defineTableTemplate({ ...HENAN_BUDGET_2024_TABLES, id: 'my-county' })
 * Object.isFrozen(mine.tables[0]) // true
 * defineTableTemplate({ ...mine, decimals: 9 }) // throws TEMPLATE_INVALID
 * ```
 */
export function defineTableTemplate(template: TableTemplate): TableTemplate {
  // a value that is no object, or one with fields of the wrong kind or that cannot be read (a
  // throwing getter, a Proxy), is TEMPLATE_INVALID, never a TypeError
  checkObject(template, 'TEMPLATE_INVALID', ['表格模板', 'table template'])
  return guardShape('TEMPLATE_INVALID', ['表格模板', 'table template'], () => defineTableTemplateOf(template))
}

/**
 * The body of {@link defineTableTemplate}, run once its argument is an object (the same template).
 * @example
 * ```ts
 * defineTableTemplateOf(HENAN_BUDGET_2024_TABLES).id // the template's id
 * ```
 */
function defineTableTemplateOf(template: TableTemplate): TableTemplate {
  if (template.id.trim() === '') throw invalid(['id'], '模板标识不能为空', 'the id is empty')
  if (!Number.isInteger(template.decimals) || template.decimals < 0 || template.decimals > 6)
    throw invalid(
      ['decimals'],
      `小数位数应为 0 到 6 的整数（收到 ${excerpt(shownValue(template.decimals))}）`,
      `decimals must be 0–6 (got ${excerpt(shownValue(template.decimals))})`,
    )
  template.tables.forEach((spec, t) => {
    const at = (...rest: (string | number)[]) => ['tables', t, ...rest]
    if (!Object.hasOwn(TABLE_KINDS, spec.kind))
      throw invalid(at('kind'), `未知的表种类“${spec.kind}”`, `unknown table kind "${spec.kind}"`)
    if (spec.title.trim() === '') throw invalid(at('title'), '表名不能为空', 'the title is empty')
    const seen = new Set<string>()
    spec.columns.forEach((c, i) => {
      if (!isFactKey(c.key))
        throw invalid(at('columns', i, 'key'), `未知的含义键“${c.key}”`, `unknown fact key "${c.key}"`)
      const id = `${c.block ?? 0}:${c.key}`
      if (seen.has(id))
        throw invalid(
          at('columns', i, 'key'),
          `含义键“${c.key}”在同一栏块中重复`,
          `key "${c.key}" repeats within its block`,
        )
      seen.add(id)
    })
    if (spec.sides !== undefined) {
      spec.sides.forEach((side, s) => {
        if (!spec.columns.some((c) => (c.block ?? 0) === side.block))
          throw invalid(
            at('sides', s, 'block'),
            `第 ${side.block} 栏块没有值列`,
            `block ${side.block} has no value column`,
          )
        side.lines.forEach((line, l) => {
          if (line.type === 'fact' && !isFactKey(line.key))
            throw invalid(
              at('sides', s, 'lines', l, 'key'),
              `未知的含义键“${line.key}”`,
              `unknown fact key "${line.key}"`,
            )
        })
      })
    } else if (
      spec.layout === undefined &&
      ![
        'three-public',
        'operating-costs',
        'procurement',
        'assets',
        'department-self-evaluation',
        'project-self-evaluation',
      ].includes(spec.kind)
    ) {
      throw invalid(at('layout'), '单栏表须注明行的排列（layout）', 'a one-sided table needs a layout')
    }
  })
  return deepFreeze(JSON.parse(JSON.stringify(template)) as TableTemplate) // a template is plain JSON data
}
