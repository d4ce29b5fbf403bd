import type { GridColumn } from '../layout/types'
import { headerLabels } from './normalizeLabel'

/** What a label column holds. */
export type LabelRole =
  | 'code'
  | 'lei'
  | 'kuan'
  | 'xiang'
  | 'gov-code'
  | 'gov-lei'
  | 'gov-kuan'
  | 'gov-name'
  | 'name'
  | 'unit-code'
  | 'unit-name'
  | 'line'
  | 'project-type'
  | 'item'
  | 'other'

/**
 * The role of a label column, from its header path: codes (joined, or split over 类/款/项),
 * government economic codes beside department ones, names, unit codes, 序号/行次, project types,
 * the item a procurement row buys.
 *
 * @param header - the column's header path as printed
 * @returns the role (`name` when the header says nothing more precise)
 * @example
 * ```ts
 * labelRoleOf(['科目编码', '类'])            // 'lei'
 * labelRoleOf(['部门（单位）代码'])          // 'unit-code'
 * labelRoleOf(['政府预算经济分类', '科目名称']) // 'gov-name'
 * labelRoleOf(['单位编码', '(项目编码)'])      // 'unit-code'
 * labelRoleOf(['采购品目名称'])              // 'item'
 * labelRoleOf(['政府采购项目来源', '项目名称']) // 'name'
 * ```
 * @internal
 */
export function labelRoleOf(header: readonly string[]): LabelRole {
  const path = headerLabels(header)
  // a bracketed second line completes the label above it: 单位编码 / (项目编码)
  const last = path[path.length - 1] ?? ''
  const leaf = /^\(.+\)$/.test(last) && path.length > 1 ? `${path[path.length - 2]}${last}` : last
  // 政府采购 (procurement) is no government economic classification
  const gov = path.some((l) => l.startsWith('政府') && !l.startsWith('政府采购'))
  if (/^(序号|行次|栏次|编号)$/.test(leaf)) return 'line'
  // what a procurement row buys, beside the project that names the row (not 品目大类, not 目录序号)
  if (/(品目|物品|采购目录)(名称)?$/.test(leaf)) return 'item'
  if (leaf === '类') return gov ? 'gov-lei' : 'lei'
  if (leaf === '款') return gov ? 'gov-kuan' : 'kuan'
  if (leaf === '项') return 'xiang'
  if (/^类型$|^项目类型$|^项目类别$|^支出类型$/.test(leaf)) return 'project-type'
  if (/^(部门|单位|部门\(单位\)|预算单位)(代码|编码)$|^单位编码\(项目编码\)$/.test(leaf)) return 'unit-code'
  if (/^(项目单位|预算单位|单位名称)$/.test(leaf)) return 'unit-name'
  if (/(编码|代码)$/.test(leaf)) return gov ? 'gov-code' : 'code'
  if (/名称/.test(leaf) && gov) return 'gov-name'
  return leaf === '' ? 'other' : 'name'
}

/** Label columns of one block, by role (first column of each role). */
export interface LabelLayout {
  readonly roles: ReadonlyMap<LabelRole, number>
  /** Columns whose role is `name` after the first (a second name column is read as the name when the first is blank). */
  readonly names: readonly number[]
}

/**
 * Groups the label columns of a block by role.
 *
 * @param columns - the grid's columns
 * @param block - the block (undefined: one-sided table)
 * @returns the layout of the block's label columns
 * @internal
 */
export function labelLayout(columns: readonly GridColumn[], block: number | undefined): LabelLayout {
  const roles = new Map<LabelRole, number>()
  const names: number[] = []
  columns.forEach((c, i) => {
    if (c.role !== 'label' || (c.block ?? 0) !== (block ?? 0)) return
    let role = labelRoleOf(c.header)
    // 河南 prints the government economic code beside the department one (类 款 名称 类 款 名称):
    // a second 类/款/名称 after a 类 and a 款, under a heading the extraction lost, is the government's
    if (roles.has('lei') && roles.has('kuan') && !roles.has('xiang')) {
      if (role === 'lei' || (role === 'kuan' && roles.has('gov-lei')))
        role = role === 'lei' ? 'gov-lei' : 'gov-kuan'
      else if (role === 'name' && roles.has('gov-lei') && roles.has('name')) role = 'gov-name'
    }
    if (role === 'name') names.push(i)
    if (!roles.has(role)) roles.set(role, i)
  })
  // the item bought is a field of its own only beside a name printed left of it (专项名称 | 采购品目名称);
  // printed alone, or first, it is what names the row
  const item = roles.get('item')
  if (item !== undefined && !names.some((i) => i < item)) {
    roles.delete('item')
    names.unshift(item)
    roles.set('name', item)
  }
  // a label column without a header: names when nothing else names them
  if (!roles.has('name')) {
    const other = roles.get('other')
    if (other !== undefined) {
      roles.set('name', other)
      names.push(other)
    }
  }
  return { roles, names }
}
