/**
 * Test helper: misprints in the economic tables of seed 003 that src/codes/errata.ts does not
 * (yet) record. They are proposed to the owner of the errata list; the tests merge them with
 * `codeErrata` (without duplicates) so that each one is checked against the seed either way.
 */
import { type CodeErratum, codeErrata } from '../../../src/codes/errata'

const SEED = '003_4628d8b7aa23fe2e.txt'
const TABLE = '2025年支出经济分类汇总表'

export const proposedEconomicErrata: readonly CodeErratum[] = [
  {
    seed: SEED,
    table: TABLE,
    printed: '502',
    name: '办公经费',
    intended: '50201',
    why:
      'the 款 column of the government code is blank; 办公经费 is 50201, which the other rows of the table ' +
      'print as 502 01 (政府经济分类款栏空白；办公经费即 50201)',
  },
  {
    seed: SEED,
    table: TABLE,
    printed: '1 1',
    name: '劳务费',
    intended: '30226',
    why:
      'the department 类/款 cells were read as "1 1" and blank; 劳务费 → 50205 委托业务费 is 30226, as the ' +
      '2025年一般公共预算基本支出预算表 prints it (部门经济分类栏被识别为 "1 1"；基本支出表印为 30226 劳务费)',
  },
  {
    seed: SEED,
    table: TABLE,
    printed: '',
    name: '其他商品和服务支出',
    intended: '30299',
    why:
      'both department code cells are blank; the name is 30299 其他商品和服务支出, printed with 50299 and ' +
      '50502 in the basic-expenditure table (部门经济分类编码栏空白)',
  },
  {
    seed: SEED,
    table: TABLE,
    printed: '309',
    name: '信息网络及软件购置更新',
    intended: '30907',
    why:
      'the 款 07 was lost; the name is a 款 of 309, and it maps to 50404 设备购置 as printed ' +
      '(款 07 缺失，名称为 309 下的款)',
  },
  {
    seed: SEED,
    table: TABLE,
    printed: '310',
    name: '信息网络及软件购置更新',
    intended: '31007',
    why:
      'the 款 07 was lost; the name is a 款 of 310, and it maps to 50306 设备购置 as printed ' +
      '(款 07 缺失，名称为 310 下的款)',
  },
  {
    seed: SEED,
    table: TABLE,
    printed: '505',
    name: '商品和服务支出',
    intended: '50502',
    why:
      'the 款 column of the government code is blank; 商品和服务支出 under 505 is 50502, as the ' +
      'basic-expenditure table prints it for the same 3.00 (政府经济分类款栏空白)',
  },
]

function key(e: CodeErratum): string {
  return [e.seed, e.table, e.printed, e.name ?? ''].join('\u0000')
}

/** `codeErrata` plus the proposed economic errata it does not already hold. */
export const economicTestErrata: readonly CodeErratum[] = [
  ...codeErrata,
  ...proposedEconomicErrata.filter((p) => !codeErrata.some((e) => key(e) === key(p))),
]
