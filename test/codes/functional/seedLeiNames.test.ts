import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { SEED_DIR, SEED_YEARS } from './seedCodePairs'

/** Cells that start with a Chinese ordinal (`十、`, `（十）`): the 类 rows of the summary tables, among others. */
function ordinalCells(seed: string): readonly string[] {
  return readFileSync(join(SEED_DIR, seed), 'utf8')
    .split(/\r?\n/)
    .flatMap((line) => line.split('\t'))
    .map((cell) => cell.trim())
    .filter(
      (cell) =>
        cell.length <= 30 && /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/.test(cell),
    )
}

/** 类 rows found per seed (summary tables print the 类 list of their template, some twice). */
const EXPECTED_LEI_ROWS: Readonly<Record<string, number>> = {
  '000_7bfb42c5bf8cfd77.txt': 60,
  '001_bd1dedfc2d1eeeba.txt': 60,
  '002_a13058ed52681298.txt': 52,
  '003_4628d8b7aa23fe2e.txt': 43,
  '004_c95a306f488ad727.txt': 60,
}

describe('golden: the 类 names printed (without codes) in the seeds’ summary tables', () => {
  for (const [seed, year] of Object.entries(SEED_YEARS)) {
    it(`${seed}: ${EXPECTED_LEI_ROWS[seed]} 类 rows resolve by name to a 类 for ${year}`, () => {
      const found = ordinalCells(seed).filter((cell) =>
        functionalCatalog.searchByName(cell, { year }).some((m) => m.level === 'lei'),
      )
      expect(found).toHaveLength(EXPECTED_LEI_ROWS[seed] ?? -1)
    })
  }

  it.each([
    ['（九）医疗卫生与计划生育支出', '210', 'former'],
    ['（七）文化体育旅游与传媒支出', '207', 'alias'],
    ['十二、城乡社区事务', '212', 'alias'],
    ['（十三）农林水事务支出', '213', 'alias'],
    ['十五、资源勘探信息等', '215', 'former'],
    ['二十三、国有资本经营预算', '223', 'current'],
    ['二十四、灾害防治及应急管理', '224', 'current'],
    ['十九、援助其他地区支出', '219', 'current'],
  ])('stale or variant row %j resolves to %s (%s)', (printed, code, match) => {
    const [first, ...rest] = functionalCatalog.searchByName(printed, { year: 2024 })
    expect(first).toMatchObject({ code, match })
    expect(rest.filter((m) => m.level === 'lei')).toEqual([])
  })

  it.each([
    ['(十五)资源勘探信息等支', '215'],
    ['(二十)自然资源海洋气象', '220'],
    ['(二十三) 国有资本经营预', '223'],
    ['(三十四) 抗疫特别国债安', '234'],
  ])('the head of a wrapped 类 name in 003 %j is found by fuzzy search: %s', (printed, code) => {
    expect(functionalCatalog.searchByName(printed, { year: 2025 })).toEqual([])
    expect(functionalCatalog.searchByName(printed, { year: 2025, fuzzy: true })[0]?.code).toBe(code)
  })

  it('a special row that is not a functional 类 (三十一、人行专用科目, 001) resolves to nothing', () => {
    expect(functionalCatalog.searchByName('三十一、人行专用科目', { fuzzy: true })).toEqual([])
  })
})
