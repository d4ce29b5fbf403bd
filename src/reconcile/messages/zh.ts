import type { MessageParams } from '../types'

type Template = (p: MessageParams) => string

/** Chinese message templates, by message id. Kept apart from the checks (cf. zod's locales). @internal */
export const zh: Readonly<Record<string, Template>> = {
  'sum-mismatch': (p) =>
    `${p.place}：${p.identity} 不成立。按明细应为 ${p.expected}，实际印刷 ${p.printed}，相差 ${p.difference}，超出四舍五入可解释的 ${p.tolerance}。`,
  'sum-tail': (p) =>
    `${p.place}：${p.identity} 相差 ${p.difference}，在四舍五入尾差范围（${p.tolerance}）内，不视为矛盾。`,
  'sum-not-computable': (p) => `${p.place}：${p.identity} 无法核对，${p.reason}。`,
  'same-mismatch': (p) =>
    `${p.fact}：${p.placeA} 为 ${p.expected}，${p.placeB} 为 ${p.printed}，相差 ${p.difference}，超出四舍五入可解释的 ${p.tolerance}。`,
  'same-tail': (p) =>
    `${p.fact}：${p.placeA} 与 ${p.placeB} 相差 ${p.difference}，属四舍五入尾差（≤ ${p.tolerance}）。`,
  'bound-mismatch': (p) => `${p.fact}：${p.placeB} 为 ${p.printed}，不应超过 ${p.placeA} 的 ${p.expected}。`,
  'percent-wrong': (p) =>
    `${p.place}：文字称“${p.printed}”，按 ${p.inputs} 计算应为 ${p.expected}（印刷数字可支持的范围 ${p.range}）。`,
  'percent-tail': (p) =>
    `${p.place}：文字称“${p.printed}”，按印刷数字计算为 ${p.expected}，差异可由四舍五入解释（范围 ${p.range}）。`,
  'percent-tail-hundred': (p) =>
    `${p.place}：文字称“${p.printed}”，按印刷数字计算为 ${p.expected}；同段各项占比合计恰为 100%，此差异是为使合计等于 100% 而调整的末位尾差，不视为矛盾。`,
  'percent-not-computable': (p) => `${p.place}：文字称“${p.printed}”，但无法计算：${p.reason}。`,
  'direction-wrong': (p) => `${p.place}：文字称“${p.word}”，但数字表明为${p.actual}。`,
  placeholder: (p) => `${p.place}：文字中留有未填写的占位符“${p.printed}”。`,
  'missing-table': (p) => `模板要求的“${p.table}”既未公开，也未说明缺失原因。`,
  'absent-table': (p) => `“${p.table}”未公开（${p.reason}）。`,
  'empty-without-note': (p) => `“${p.table}”没有数据，也没有注明原因（如“本部门无此项资金”）。`,
  'carry-bound': (p) =>
    `${p.fact}：${p.placeA} 为 ${p.expected}，${p.placeB} 为 ${p.printed}，相差 ${p.difference}；两者只应相差上年结转资金（0 至 ${p.carry}），超出四舍五入可解释的 ${p.tolerance}。`,
  'info-compare': (p) =>
    `${p.fact}：${p.placeA} ${p.expected}，${p.placeB} ${p.printed}（口径不同，仅供参考）。`,
  'cost-indicator': (p) =>
    `项目“${p.project}”的成本指标“${p.indicator} ${p.target}”折合 ${p.converted}，而项目金额为 ${p.printed}。`,
  'code-erratum': (p) =>
    `${p.place}：编码 ${p.code}（${p.name}）为已记录的印刷/识别错误，应为 ${p.intended}。`,
  'code-unknown': (p) => `${p.place}：编码 ${p.code}（${p.name}）不在 ${p.year} 年科目中。`,
  'class-label-wrong': (p) =>
    `${p.place}：${p.printedClass}类（${p.amount}）仅见于本表；其他各表均将这一金额列于${p.expectedClass}类，而本表未列${p.expectedClass}类，该行科目标注有误。`,
  'name-not-code': (p) =>
    `${p.place}：编码 ${p.code} 印为“${p.name}”，但 ${p.year} 年科目表中该编码名为“${p.catalogName}”，该名称属于 ${p.nameCodes}，编码或名称有误。`,
}
