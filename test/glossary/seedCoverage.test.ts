import { describe, expect, it } from 'vitest'
import type { GlossaryTermId } from '../../src/glossary/glossary'
import { lookupTerm } from '../../src/glossary/lookupTerm'
import { parseSeedGlossary, readSeed, SEED_FILES } from './seedGlossary'

/**
 * Every 名词解释 heading of every seed, as printed (quote style and brackets included, Markdown bold
 * dropped by the parser), with the
 * entry it must resolve to. Variant names are kept as the seed prints them.
 */
const EXPECTED: Readonly<Record<string, readonly (readonly [heading: string, id: GlossaryTermId])[]>> = {
  '000_7bfb42c5bf8cfd77.txt': [
    ['财政拨款收入', 'fiscal-appropriation-revenue'],
    ['财政专户管理资金', 'special-account-funds'],
    ['事业收入', 'public-institution-revenue'],
    ['事业单位经营收入', 'operating-revenue'],
    ['其他收入', 'other-revenue'],
    ['用事业基金弥补收支差额', 'use-of-institution-fund'],
    ['基本支出', 'basic-expenditure'],
    ['项目支出', 'project-expenditure'],
    ['“三公”经费', 'three-public-expenses'],
    ['行政（事业）单位机构运转经费情况', 'agency-operating-expenses'],
  ],
  '001_bd1dedfc2d1eeeba.txt': [
    ['财政拨款收入', 'fiscal-appropriation-revenue'],
    ['财政专户管理资金收入', 'special-account-funds'],
    ['单位资金收入', 'unit-funds'],
    ['事业收入', 'public-institution-revenue'],
    ['事业单位经营收入', 'operating-revenue'],
    ['上年结转', 'prior-year-carryover'],
    ['部门预算支出', 'department-budget-expenditure'],
    ['事业单位经营支出', 'operating-expenditure'],
    ['“三公”经费', 'three-public-expenses'],
    ['机关运行经费', 'agency-operating-expenses'],
  ],
  '002_a13058ed52681298.txt': [
    ['财政拨款收入', 'fiscal-appropriation-revenue'],
    ['事业收入', 'public-institution-revenue'],
    ['上级补助收入', 'higher-level-subsidy-revenue'],
    ['附属单位上缴收入', 'subsidiary-remittance-revenue'],
    ['经营收入', 'operating-revenue'],
    ['其他收入', 'other-revenue'],
    ['使用非财政拨款结余（含专用结余）', 'use-of-non-fiscal-balance'],
    ['年初结转和结余', 'opening-carryover-and-balance'],
    ['基本支出', 'basic-expenditure'],
    ['项目支出', 'project-expenditure'],
    ['经营支出', 'operating-expenditure'],
    ['工资福利支出', 'wages-and-benefits'],
    ['商品和服务支出', 'goods-and-services'],
    ['对个人和家庭的补助支出', 'household-subsidies'],
    ['结余分配', 'surplus-distribution'],
    ['年末结转和结余', 'year-end-carryover-and-balance'],
    ['一般公共预算财政拨款“三公”经费', 'three-public-expenses'],
    ['机关运行经费', 'agency-operating-expenses'],
  ],
  '003_4628d8b7aa23fe2e.txt': [
    ['财政拨款收入', 'fiscal-appropriation-revenue'],
    ['事业收入', 'public-institution-revenue'],
    ['其他收入', 'other-revenue'],
    ['基本支出', 'basic-expenditure'],
    ['项目支出', 'project-expenditure'],
    ['"三公"经费', 'three-public-expenses'],
    ['机关(机构)运行经费', 'agency-operating-expenses'],
    ['医疗保险基金', 'medical-insurance-fund'],
  ],
  '004_c95a306f488ad727.txt': [
    ['财政拨款收入', 'fiscal-appropriation-revenue'],
    ['财政专户管理资金', 'special-account-funds'],
    ['事业收入', 'public-institution-revenue'],
    ['事业单位经营收入', 'operating-revenue'],
    ['其他收入', 'other-revenue'],
    ['用事业基金弥补收支差额', 'use-of-institution-fund'],
    ['基本支出', 'basic-expenditure'],
    ['项目支出', 'project-expenditure'],
    ['“三公”经费', 'three-public-expenses'],
    ['行政（事业）单位机构运转经费情况', 'agency-operating-expenses'],
  ],
}

/** Variant names printed inside a seed's definitions or tables (not as a heading) that must resolve too. */
const VARIANTS_IN_TEXT: Readonly<Record<string, readonly (readonly [name: string, id: GlossaryTermId])[]>> = {
  '000_7bfb42c5bf8cfd77.txt': [
    ['公务用车购置及运行费', 'official-vehicles'],
    ['日常公用经费', 'public-expenses'],
    ['行政（事业）单位机构运转经费', 'agency-operating-expenses'],
  ],
  '001_bd1dedfc2d1eeeba.txt': [
    ['公务用车购置及运维费', 'official-vehicles'],
    ['运转类项目支出', 'operating-category-projects'],
    ['人员类项目支出', 'personnel-category-projects'],
    ['其他运转类项目支出', 'other-operating-projects'],
    ['特定目标类项目支出', 'specific-objective-projects'],
  ],
  '002_a13058ed52681298.txt': [
    ['公务用车购置及运行维护费', 'official-vehicles'],
    ['参照公务员法管理的事业单位', 'civil-service-managed-institution'],
    ['因公出国(境)费', 'overseas-travel'],
  ],
  '003_4628d8b7aa23fe2e.txt': [
    ['因公出国(境)费', 'overseas-travel'],
    ['公务用车运行维护费', 'official-vehicle-operation'],
  ],
  '004_c95a306f488ad727.txt': [
    ['“三公”经费合计', 'three-public-expenses'],
    ['公务用车购置及运行费', 'official-vehicles'],
  ],
}

describe.each(SEED_FILES)('名词解释 of %s', (file) => {
  const text = readSeed(file)
  const items = parseSeedGlossary(text)
  const expected = EXPECTED[file] ?? []

  it('is found and split into its numbered entries', () => {
    // At least 8 entries in every seed: an empty or broken extraction cannot pass.
    expect(items.length).toBeGreaterThanOrEqual(8)
    expect(items.map((i) => i.heading)).toEqual(expected.map(([heading]) => heading))
    for (const item of items) expect(item.definition.length).toBeGreaterThan(5)
  })

  it('every defined term resolves to its glossary entry, in the spelling this seed prints', () => {
    for (const [heading, id] of expected) {
      const result = lookupTerm(heading)
      expect(result.found ? result.id : `not found: ${heading}`).toBe(id)
    }
    for (const item of items) expect(lookupTerm(item.heading).found).toBe(true)
  })

  it('variant names printed in the text resolve too, and are really printed there', () => {
    const flat = text.replace(/\s+/g, '')
    for (const [name, id] of VARIANTS_IN_TEXT[file] ?? []) {
      expect(flat.includes(name), `${name} printed in ${file}`).toBe(true)
      const result = lookupTerm(name)
      expect(result.found ? result.id : `not found: ${name}`).toBe(id)
    }
  })
})

describe('the seed parser', () => {
  it('finds a section, skips the table of contents, and joins wrapped lines', () => {
    const text = [
      '目录',
      '第三部分 名词解释',
      '正文',
      '第三部分 名词解释',
      '一、基本支出：为保障',
      '',
      '机构运转的支出。',
      '二、“三公”经费：因公出国（境）费等。',
      '附件：表',
      '三、不应读到：因为已经结束。',
    ].join('\n')
    expect(parseSeedGlossary(text)).toEqual([
      { heading: '基本支出', definition: '为保障机构运转的支出。' },
      { heading: '“三公”经费', definition: '因公出国（境）费等。' },
    ])
  })

  it('returns nothing for a text without a 名词解释 section', () => {
    expect(parseSeedGlossary('一、基本支出：为保障机构运转的支出。')).toEqual([])
  })
})
