import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ancestorCodes } from '../../src/codes/ancestorCodes'
import { formatCode } from '../../src/codes/formatCode'
import { isValidSyntax } from '../../src/codes/isValidSyntax'
import { levelOfCode } from '../../src/codes/levelOfCode'
import { parentCode } from '../../src/codes/parentCode'
import { parseCode } from '../../src/codes/parseCode'

const pair = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'))
const functionalCode = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.option(pair, { nil: undefined }),
    fc.option(pair, { nil: undefined }),
  )
  .map(
    ([lei, kuan, xiang]) =>
      `2${String(lei).padStart(2, '0')}${kuan ?? ''}${kuan === undefined ? '' : (xiang ?? '')}`,
  )
const economicCode = fc
  .tuple(fc.constantFrom('3', '5'), fc.integer({ min: 0, max: 99 }), fc.option(pair, { nil: undefined }))
  .map(([d, lei, kuan]) => `${d}${String(lei).padStart(2, '0')}${kuan ?? ''}`)
const anyCode = fc.oneof(functionalCode, economicCode)

describe('code helpers', () => {
  it('levelOfCode reads the level from the digits', () => {
    expect(levelOfCode('210')).toBe('lei')
    expect(levelOfCode('21015')).toBe('kuan')
    expect(levelOfCode('210 | 15 | 01')).toBe('xiang')
    expect(() => levelOfCode('2101')).toThrow(/4/)
  })

  it('parentCode and ancestorCodes walk up by the digits', () => {
    expect(parentCode('2101501')).toBe('21015')
    expect(parentCode('21015')).toBe('210')
    expect(parentCode('210')).toBeUndefined()
    expect(parentCode('301 | 01')).toBe('301')
    expect(ancestorCodes('210\t15\t01')).toEqual(['210', '21015'])
    expect(ancestorCodes('210')).toEqual([])
  })

  it('isValidSyntax accepts well-formed codes and refuses malformed ones', () => {
    expect(isValidSyntax('2109999')).toBe(true)
    expect(isValidSyntax('【2101501】行政运行')).toBe(true)
    expect(isValidSyntax('2101 5')).toBe(false)
    expect(isValidSyntax('301 l')).toBe(false)
    expect(isValidSyntax('30101', { system: 'functional' })).toBe(false)
  })

  it('formatCode prints the layouts the disclosures use', () => {
    expect(formatCode('2101501', 'columns')).toBe('210 | 15 | 01')
    expect(formatCode('2101501', 'tabs')).toBe('210\t15\t01')
    expect(formatCode('2101501', 'spaced')).toBe('210 15 01')
    expect(formatCode('210 | 15 | 01')).toBe('2101501')
    expect(formatCode('30101', 'columns')).toBe('301 | 01')
  })

  it('parse ∘ format is the identity on well-formed codes, in every layout', () => {
    fc.assert(
      fc.property(
        anyCode,
        fc.constantFrom('joined', 'columns', 'tabs', 'spaced') as fc.Arbitrary<
          'joined' | 'columns' | 'tabs' | 'spaced'
        >,
        (code, layout) => {
          const printed = formatCode(code, layout)
          const parsed = parseCode(printed)
          expect(parsed.code).toBe(code)
          expect(parsed.level).toBe(code.length === 3 ? 'lei' : code.length === 5 ? 'kuan' : 'xiang')
          // full-width digits read the same
          const wide = printed.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
          expect(parseCode(wide).code).toBe(code)
        },
      ),
      { seed: 20261122, numRuns: 500 },
    )
  }, 30_000)

  it('the parent of a code is its prefix one level up, and the ancestors are the chain of parents', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        const parent = parentCode(code)
        if (code.length === 3) expect(parent).toBeUndefined()
        else {
          expect(parent).toBe(code.slice(0, -2))
          expect(ancestorCodes(code)).toEqual([...ancestorCodes(parent ?? ''), parent])
        }
      }),
      { seed: 20261122, numRuns: 500 },
    )
  }, 30_000)

  it('a code with one digit added or removed is malformed', () => {
    fc.assert(
      fc.property(anyCode, fc.integer({ min: 0, max: 9 }), (code, d) => {
        expect(isValidSyntax(`${code}${d}`)).toBe(false)
        expect(isValidSyntax(code.slice(0, -1))).toBe(false)
      }),
      { seed: 20261122, numRuns: 500 },
    )
  }, 30_000)
})
