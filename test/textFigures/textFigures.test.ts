import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TextFigureSchema } from '../../src/model/textFigure'
import { checkTextFigures } from './checkTextFigures'
import { normaliseSeedText } from './normaliseSeedText'
import type { TextFigureFixture } from './textFigureFixtureSchema'

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))
const seedText = (seed: string): string => readFileSync(`${fixturesDir}seeds/${seed}.txt`, 'utf8')
const figuresOf = (seed: string): TextFigureFixture[] =>
  JSON.parse(readFileSync(`${fixturesDir}text-figures/${seed}.json`, 'utf8')) as TextFigureFixture[]

/** Seeds and the least number of figures each transcription must hold (so an empty file fails). */
const SEEDS = [
  { seed: '000_7bfb42c5bf8cfd77', min: 65 },
  { seed: '001_bd1dedfc2d1eeeba', min: 45 },
  { seed: '002_a13058ed52681298', min: 140 },
  { seed: '003_4628d8b7aa23fe2e', min: 70 },
  { seed: '004_c95a306f488ad727', min: 45 },
] as const

const SEED_000 = '000_7bfb42c5bf8cfd77'
const good = (): TextFigureFixture[] => figuresOf(SEED_000)
const at = (figures: TextFigureFixture[], i: number): TextFigureFixture => {
  const f = figures[i]
  if (f === undefined) throw new Error(`no figure ${i}`)
  return f
}
const problemsOf = (figures: unknown): string[] =>
  checkTextFigures(figures, seedText(SEED_000)).map((i) => i.problem)

describe.each(SEEDS)('text figures of $seed', ({ seed, min }) => {
  const figures = figuresOf(seed)

  it('is consistent with the seed text', () => {
    expect(checkTextFigures(figures, seedText(seed))).toEqual([])
  })

  it(`holds at least ${min} figures`, () => {
    expect(figures.length).toBeGreaterThanOrEqual(min)
  })

  it('has the shape of the document model (src/model/textFigure.ts)', () => {
    for (const f of figures) expect(TextFigureSchema.safeParse(f).success).toBe(true)
  })

  it('gives every derived figure its operands and every plain figure none', () => {
    for (const f of figures) {
      const derived = f.kind === 'share' || f.kind === 'growth' || f.kind === 'completion'
      if (derived) expect(f.operands, f.id).toBeDefined()
      if (f.kind === 'amount' || f.kind === 'count') expect(f.operands, f.id).toBeUndefined()
    }
  })
})

describe('checkTextFigures', () => {
  it('passes the transcription it is given', () => {
    expect(problemsOf(good())).toEqual([])
  })

  it('rejects something that is not a list of figures, or an empty one', () => {
    expect(problemsOf({})).toEqual(['not an array'])
    expect(problemsOf([])).toEqual(['no figures'])
  })

  it('catches a sentence that is not in the seed', () => {
    const figures = good()
    at(figures, 0).sentence = at(figures, 0).sentence.replace('8944.03', '8944.30')
    expect(problemsOf(figures)).toContain('sentence does not occur in the seed')
  })

  it('catches a sentence quoted out of document order', () => {
    const figures = good()
    const last = at(figures, figures.length - 1)
    at(figures, 1).sentence = last.sentence
    at(figures, 1).printed = last.printed
    at(figures, 1).value = last.value
    expect(problemsOf(figures)).toContain('sentence is out of document order')
  })

  it('catches a printed figure that is not in its sentence', () => {
    const figures = good()
    at(figures, 0).printed = '8944.04万元'
    at(figures, 0).value = '8944.04'
    expect(problemsOf(figures)).toContain("printed '8944.04万元' does not occur in its sentence")
  })

  it('catches a value that differs from the printed figure', () => {
    const figures = good()
    at(figures, 0).value = '8944.3'
    expect(problemsOf(figures)).toContain("printed '8944.03万元' reads 8944.03, value is 8944.3")
  })

  it('reads OCR spacing and keeps placeholders as printed', () => {
    const seed = '002_a13058ed52681298'
    const figures = figuresOf(seed)
    const placeholder = figures.find((f) => f.printed === '××.××万元')
    expect(placeholder?.value).toBe('××.××')
    if (placeholder !== undefined) placeholder.value = '550.71'
    const problems = checkTextFigures(figures, seedText(seed)).map((i) => i.problem)
    expect(problems).toContain("placeholder '××.××' but value '550.71'")
    const spaced = figuresOf('003_4628d8b7aa23fe2e').find((f) => f.printed === '132465. 29万元')
    expect(spaced?.value).toBe('132465.29')
  })

  it('catches a duplicate id and references to missing figures', () => {
    const figures = good()
    at(figures, 1).id = at(figures, 0).id
    const second = good()
    at(second, 8).partOf = 's99-f1'
    at(second, 3).operands = { current: { figure: 's0-f0' } }
    expect(problemsOf(figures)).toContain('duplicate id')
    expect(problemsOf(second)).toEqual([
      "current points to unknown id 's0-f0'",
      "partOf points to unknown id 's99-f1'",
    ])
  })

  it('catches operands that do not fit the kind and a missing or stray direction', () => {
    const figures = good()
    const growth = figures.findIndex((f) => f.kind === 'growth')
    const amount = figures.findIndex((f) => f.kind === 'amount')
    delete at(figures, growth).direction
    at(figures, amount).direction = 'increase'
    at(figures, amount).operands = { whole: { value: '1', source: 'nowhere' } }
    const problems = problemsOf(figures)
    expect(problems).toContain('a growth needs a direction')
    expect(problems).toContain('a amount has no direction')
    expect(problems).toContain("operand 'whole' does not fit a amount")
  })

  it('catches a figure of the wrong shape', () => {
    const figures: unknown[] = [...good(), { id: 'x1', kind: 'money' }]
    expect(problemsOf(figures).every((p) => p.startsWith('shape:'))).toBe(true)
    expect(problemsOf(figures).length).toBeGreaterThan(0)
  })

  it('catches any sentence altered by one character', () => {
    const figures = good()
    const text = normaliseSeedText(seedText(SEED_000))
    fc.assert(
      fc.property(
        fc.nat({ max: figures.length - 1 }),
        fc.nat({ max: 1000 }),
        fc.constantFrom('Ω', '0', '，', ' '),
        (i, offset, ch) => {
          const copy = good()
          const f = at(copy, i)
          const pos = offset % (f.sentence.length + 1)
          const altered = f.sentence.slice(0, pos) + ch + f.sentence.slice(pos)
          fc.pre(!text.includes(altered))
          f.sentence = altered
          return problemsOf(copy).includes('sentence does not occur in the seed')
        },
      ),
      { seed: 20261122, numRuns: 200 },
    )
  }, 60_000)
})

describe('published mistakes are kept as printed', () => {
  it('002 leaves ××.×× for 一般公共预算财政拨款基本支出', () => {
    const f = figuresOf('002_a13058ed52681298').find((x) => x.id === 's6-f1')
    expect(f?.printed).toBe('××.××万元')
  })

  it('004 states 政府采购 580万元 while its parts add up to 610万元', () => {
    const figures = figuresOf('004_c95a306f488ad727')
    const total = figures.find((f) => f.subject === '政府采购预算')
    const parts = figures.filter((f) => total !== undefined && f.partOf === total.id)
    const sum = parts.reduce((s, f) => s.plus(f.value), new Decimal(0))
    expect(total?.value).toBe('580')
    expect(sum.toString()).toBe('610')
  })

  it('002 prints 下降57.38% where 1027.17 / (762.71 + 1027.17) rounds to 57.39%', () => {
    const f = figuresOf('002_a13058ed52681298').find((x) => x.id === 's1-f3')
    const rate = new Decimal('1027.17').div(new Decimal('762.71').plus('1027.17')).times(100)
    expect(f?.value).toBe('57.38')
    expect(rate.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).toBe('57.39')
  })
})
