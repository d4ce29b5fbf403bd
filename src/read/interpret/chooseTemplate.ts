import type { TableKind } from '../../model/tableKinds'
import { KNOWN_TEMPLATE_REQUIREMENTS, type TemplateRequirement } from '../../model/templates'

/** The template a read document is recorded under, and whether its tables match it. */
export interface TemplateChoice {
  readonly template: TemplateRequirement
  /** True when every required table of the template was read and no standard table lies outside it. */
  readonly exact: boolean
  /** Required tables of the template that were not read. */
  readonly missing: readonly TableKind[]
  /** What chose it: the province or city the document names, or its table set alone. */
  readonly by: 'province' | 'tables'
}

/** What {@link chooseTemplate} may read besides the table kinds. */
export interface ChooseTemplateOptions {
  /** The department name, the document's title and its tables' titles, as printed. */
  readonly texts?: readonly string[]
  /** The templates to choose from (default: every template the library knows). */
  readonly templates?: readonly TemplateRequirement[]
}

// The prefecture-level cities of the provinces the known templates belong to: a department name
// (广州市交通运输局) names its city far more often than its province. Printed with 市 (or the
// province with 省), so that a word inside a name (中山大学, 南京路) is not taken for a city.
const CITIES: Readonly<Record<string, readonly string[]>> = {
  河南: '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源'.split(
    ' ',
  ),
  河北: '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水'.split(' '),
  广东: '广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮'.split(
    ' ',
  ),
  江苏: '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁'.split(' '),
  浙江: '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水'.split(' '),
  湖南: '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底'.split(' '),
  福建: '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德'.split(' '),
}

// A table set within this many differences (required tables not read + read tables outside it)
// of a template fits it without a province to say so; farther, the layout is not known.
const FIT = 2

/** The provinces the texts name, by province (河南省) or by city (郑州市). Bounded: 200 characters a text. */
function provincesNamed(texts: readonly string[], provinces: ReadonlySet<string>): Set<string> {
  const found = new Set<string>()
  for (const raw of texts.slice(0, 100)) {
    const text = raw.slice(0, 200)
    for (const province of provinces) {
      if (text.includes(`${province}省`)) found.add(province)
      else if ((CITIES[province] ?? []).some((city) => text.includes(`${city}市`))) found.add(province)
    }
  }
  return found
}

/**
 * The known template of the document's kind that it is printed in. Where the department name or
 * a title names a province (or one of its cities) that has templates, the template of that
 * province whose table set fits best; otherwise the template whose table set fits within two
 * differences (required tables not read plus read tables outside it), the closest first. A
 * document that names no known province and fits no table set gets no template: every rule but
 * required-tables runs all the same.
 *
 * @param kind - budget or final account
 * @param kinds - the kinds of the tables read
 * @param options - the texts that may name a province, and the templates to choose from
 * @returns the template, whether it matches exactly, the required tables not read and what chose it;
 *   `undefined` when no template fits
 * @example
 * ```ts
 * chooseTemplate('final-account', ['summary', 'income'])?.template.id // undefined (seven tables missing)
 * chooseTemplate('budget', [], { texts: ['泉州市人民政府办公室'] })?.template.id // 'fujian-budget-2026'
 * ```
 * @internal
 */
export function chooseTemplate(
  kind: 'budget' | 'final-account',
  kinds: readonly TableKind[],
  options: ChooseTemplateOptions = {},
): TemplateChoice | undefined {
  const candidates = (options.templates ?? KNOWN_TEMPLATE_REQUIREMENTS).filter((t) => t.kind === kind)
  const provinces = new Set(candidates.map((t) => t.province).filter((p): p is string => p !== undefined))
  const named = provincesNamed(options.texts ?? [], provinces)
  const present = new Set(kinds)
  const fitOf = (template: TemplateRequirement) => {
    const missing = template.tables.filter((k) => !present.has(k))
    const outside = [...present].filter((k) => !template.tables.includes(k)).length
    return { missing, outside, score: missing.length + outside }
  }
  const best = (list: readonly TemplateRequirement[], by: TemplateChoice['by'], within: number) => {
    let choice: TemplateChoice | undefined
    let bestScore = within + 1
    for (const template of list) {
      const { missing, outside, score } = fitOf(template)
      if (score < bestScore) {
        bestScore = score
        choice = { template, exact: missing.length === 0 && outside === 0, missing, by }
      }
    }
    return choice
  }
  // one province named: its templates (a national one of the kind competes on its table set)
  if (named.size === 1) {
    const [province] = named
    const regional = candidates.filter((t) => t.province === province)
    if (regional.length > 0) {
      const national = candidates.filter((t) => t.province === undefined)
      return best([...regional, ...national], 'province', Number.POSITIVE_INFINITY)
    }
  }
  return best(candidates, 'tables', FIT)
}
