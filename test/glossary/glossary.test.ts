import { describe, expect, expectTypeOf, it } from 'vitest'
import { GLOSSARY, type GlossaryTerm, type GlossaryTermId } from '../../src/glossary/glossary'
import { glossaryIndex } from '../../src/glossary/glossaryIndex'
import { lookupTerm } from '../../src/glossary/lookupTerm'
import type { GlossaryCalcFunction, GlossaryEntry } from '../../src/glossary/types'

const entries: readonly GlossaryEntry[] = Object.values(GLOSSARY)

describe('GLOSSARY catalog', () => {
  it('keys every entry by its own id, a stable ascii key', () => {
    expect(entries.length).toBeGreaterThanOrEqual(70)
    for (const [key, entry] of Object.entries(GLOSSARY)) {
      expect(entry.id).toBe(key)
      expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
  })

  it('types ids from the data, and keys and ids agree at type level', () => {
    expectTypeOf<'three-public-expenses'>().toExtend<GlossaryTermId>()
    expectTypeOf<'personnel-expenses'>().toExtend<GlossaryTermId>()
    expectTypeOf<'no-such-term'>().not.toExtend<GlossaryTermId>()
    type Mismatched = {
      [K in GlossaryTermId]: (typeof GLOSSARY)[K]['id'] extends K ? never : K
    }[GlossaryTermId]
    expectTypeOf<Mismatched>().toBeNever()
    expectTypeOf<GlossaryTerm>().toExtend<GlossaryEntry>()
    // @ts-expect-error an unknown id does not compile
    const bad: GlossaryTermId = 'no-such-term'
    expect(bad in GLOSSARY).toBe(false)
  })

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(GLOSSARY)).toBe(true)
    const e = GLOSSARY['three-public-expenses']
    expect(Object.isFrozen(e)).toBe(true)
    expect(Object.isFrozen(e.aliases)).toBe(true)
    expect(Object.isFrozen(e.en)).toBe(true)
    expect(Object.isFrozen(e.tables[0])).toBe(true)
    expect(() => {
      ;(e.aliases as unknown as string[]).push('x')
    }).toThrow(TypeError)
  })

  it('gives every entry a Chinese and an English term and definition', () => {
    for (const e of entries) {
      expect(e.term.length, e.id).toBeGreaterThan(1)
      expect(e.definition.length, e.id).toBeGreaterThan(15)
      expect(e.definition, e.id).toMatch(/[\u4e00-\u9fff]/)
      expect(e.en.term.length, e.id).toBeGreaterThan(2)
      expect(e.en.definition.length, e.id).toBeGreaterThan(30)
      // English may quote a printed label (“columns headed 财政拨款”), but must be English.
      const cjk = e.en.definition.match(/[\u4e00-\u9fff]/gu)?.length ?? 0
      expect(cjk / e.en.definition.length, e.id).toBeLessThan(0.1)
    }
  })

  it('never gives two entries the same name after normalisation', () => {
    const clashes = [...glossaryIndex(GLOSSARY).keys].filter(([, keys]) => keys.length > 1)
    expect(clashes).toEqual([])
  })

  it('lists every alias only once and never repeats the term as an alias', () => {
    for (const e of entries) {
      expect(new Set(e.aliases).size, e.id).toBe(e.aliases.length)
      expect(e.aliases, e.id).not.toContain(e.term)
    }
  })

  it('points related ids only at entries that exist, never at itself', () => {
    for (const e of entries) {
      for (const r of e.related ?? []) {
        expect(Object.hasOwn(GLOSSARY, r), `${e.id} → ${r}`).toBe(true)
        expect(r).not.toBe(e.id)
      }
    }
  })

  it('writes codes as code strings of the right length', () => {
    for (const e of entries) {
      for (const c of e.economicCodes ?? []) expect(c, e.id).toMatch(/^3\d{2}(?:\d{2})?$/)
      for (const c of e.governmentEconomicCodes ?? []) expect(c, e.id).toMatch(/^5\d{2}(?:\d{2})?$/)
      for (const c of e.functionalCodes ?? []) expect(c, e.id).toMatch(/^2\d{2}(?:\d{2}(?:\d{2})?)?$/)
    }
  })

  it('ties the “三公” parts to their economic codes (primer §6)', () => {
    expect(GLOSSARY['three-public-expenses'].economicCodes).toEqual(['30212', '30217', '30231', '31013'])
    expect(GLOSSARY['overseas-travel'].economicCodes).toEqual(['30212'])
    expect(GLOSSARY['official-reception'].economicCodes).toEqual(['30217'])
    expect(GLOSSARY['official-vehicles'].economicCodes).toEqual(['30231', '31013'])
    expect(GLOSSARY['personnel-expenses'].economicCodes).toEqual(['301', '303'])
    expect(GLOSSARY['public-expenses'].economicCodes).toEqual(['302', '310'])
    const parts = ['overseas-travel', 'official-vehicles', 'official-reception'] as const
    const union = parts.flatMap((id) => GLOSSARY[id].economicCodes).sort()
    expect(union).toEqual([...GLOSSARY['three-public-expenses'].economicCodes].sort())
  })

  it('gives every ratio a formula in both languages and the calc function that computes it', () => {
    const calcNames: readonly GlossaryCalcFunction[] = [
      'budgetExecutionRate',
      'carryoverRate',
      'budgetAdjustmentRate',
      'threePublicControlRate',
      'procurementExecutionRate',
      'specialFundDetailRate',
      'share',
      'growth',
      'completion',
    ]
    const ratios = entries.filter((e) => e.category === 'ratio')
    for (const e of ratios) {
      expect(e.formula?.zh, e.id).toMatch(/=/)
      expect(e.formula?.en, e.id).toMatch(/=/)
    }
    const used = ratios.flatMap((e) => (e.calc === undefined ? [] : [e.calc]))
    expect([...used].sort()).toEqual([...calcNames].sort())
    expect(entries.filter((e) => e.category !== 'ratio' && e.calc !== undefined)).toEqual([])
    expect(GLOSSARY['budget-execution-rate'].calc).toBe('budgetExecutionRate')
    expect(GLOSSARY['three-public-control-rate'].calc).toBe('threePublicControlRate')
  })

  it('covers every term the brief lists for the tables’ headings and the performance tables', () => {
    const required = [
      '人员经费',
      '公用经费',
      '其他运转类',
      '特定目标类',
      '结转结余',
      '年初预算',
      '预算数',
      '决算数',
      '财政拨款',
      '一般公共预算',
      '政府性基金预算',
      '国有资本经营预算',
      '财政专户管理资金',
      '单位资金',
      '尾差',
      '上年结转',
      '年末结转和结余',
      '用事业基金弥补收支差额',
      '使用非财政拨款结余',
      '结余分配',
      '事业收入',
      '经营收入',
      '上级补助收入',
      '附属单位上缴收入',
      '其他收入',
      '基本支出',
      '项目支出',
      '“三公”经费',
      '因公出国（境）费',
      '公务用车购置及运行费',
      '公务接待费',
      '机关运行经费',
      '政府采购',
      '国有资产',
      '绩效目标',
      '预算执行率',
      '结转结余率',
      '预算调整率',
      '“三公经费”控制率',
      '政府采购执行率',
      '专项资金细化率',
      // headings of the standard tables
      '工资福利支出',
      '商品和服务支出',
      '对个人和家庭的补助',
      '资本性支出',
      '本年收入合计',
      '本年支出合计',
      '收入总计',
      '支出总计',
      '上年结转结余',
      '年初结转和结余',
      '经营支出',
      '上缴上级支出',
      '上解上级支出',
      '对附属单位补助支出',
      '政府预算资金',
      '全年预算数',
      '全年执行数',
      '三级指标',
      '指标值',
      '财政拨款结转结余',
      '基金预算拨款',
      '财政专户核拨',
      '公务用车购置费',
      '公务用车运行费',
      '上级专项转移支付安排支出',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ]
    const missing = required.filter((t) => !lookupTerm(t).found)
    expect(missing).toEqual([])
  })
})
