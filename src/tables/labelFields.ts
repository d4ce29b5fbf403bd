import type { Row } from '../model/table'

/** A row field a label column prints. */
export type LabelField =
  | 'line'
  | 'ordinal'
  | 'code'
  | 'code.lei'
  | 'code.kuan'
  | 'code.xiang'
  | 'unitCode'
  | 'name'
  | 'govCode'
  | 'govCode.lei'
  | 'govCode.kuan'
  | 'govName'
  | 'projectType'
  | 'unitName'
  | 'item'

/**
 * Which row field a printed label header shows, from its wording: 类/款/项 split code columns,
 * 科目编码/科目代码, 单位代码, 科目名称/项目 (name), 政府预算…编码/名称, 序号/行次, 项目单位, 类型,
 * 采购品目名称/采购物品名称 (the item a procurement row buys).
 * Government economic headers are recognised by 政府; the path is read leaf first.
 *
 * @example
 * ```ts
 * labelFieldOf(['科目编码', '类'])                 // 'code.lei'
 * labelFieldOf(['采购品目名称'])                   // 'item'
 * labelFieldOf(['政府采购项目来源', '项目名称'])   // 'name'
 * ```
 * @internal
 */
export function labelFieldOf(path: readonly string[]): LabelField {
  const leaf = (path[path.length - 1] ?? '').replace(/\s+/g, '')
  const all = path.join('/').replace(/\s+/g, '')
  // 政府采购 (procurement) is no government economic classification
  const gov = all.replace(/政府采购/g, '').includes('政府')
  if (/^(序号|行次)$/.test(leaf)) return 'line'
  if (/(品目|物品|采购目录)(名称)?$/.test(leaf)) return 'item'
  if (leaf === '类') return gov ? 'govCode.lei' : 'code.lei'
  if (leaf === '款') return gov ? 'govCode.kuan' : 'code.kuan'
  if (leaf === '项' && !gov) return 'code.xiang'
  if (/单位代码|单位编码|部门代码|部门（单位）代码/.test(leaf)) return 'unitCode'
  if (/项目单位/.test(leaf)) return 'unitName'
  if (/^类型$|项目类别/.test(leaf)) return 'projectType'
  if (/编码|代码/.test(leaf)) return gov ? 'govCode' : 'code'
  if (gov && /名称/.test(leaf)) return 'govName'
  return 'name'
}

/**
 * The text a label column shows for a row.
 *
 * @internal
 */
export function labelText(row: Row, field: LabelField): string {
  switch (field) {
    case 'line':
      return row.line ?? ''
    case 'ordinal':
      return row.ordinal ?? ''
    case 'code':
      return row.code ?? (row.kind === 'unit' ? (row.unitCode ?? '') : '')
    case 'code.lei':
      return row.codeSystem === 'functional' || row.codeSystem?.startsWith('economic')
        ? (row.code?.slice(0, 3) ?? '')
        : ''
    case 'code.kuan':
      return row.codeSystem === 'functional' || row.codeSystem?.startsWith('economic')
        ? (row.code?.slice(3, 5) ?? '')
        : ''
    case 'code.xiang':
      return row.codeSystem === 'functional' ? (row.code?.slice(5, 7) ?? '') : ''
    case 'unitCode':
      return row.kind === 'unit' ? (row.unitCode ?? row.code ?? '') : ''
    case 'govCode':
      return row.govCode ?? ''
    case 'govCode.lei':
      return row.govCode?.slice(0, 3) ?? ''
    case 'govCode.kuan':
      return row.govCode?.slice(3, 5) ?? ''
    case 'govName':
      return row.govName ?? ''
    case 'projectType':
      return row.projectType ?? ''
    case 'unitName':
      return row.unitName ?? ''
    case 'item':
      return row.item ?? ''
    case 'name':
      return row.ordinal !== undefined
        ? `${row.ordinal}${/[、）)]$/.test(row.ordinal) ? '' : '、'}${row.name}`
        : row.name
  }
}
