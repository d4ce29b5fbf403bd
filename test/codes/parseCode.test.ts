import { describe, expect, it } from 'vitest'
import { codeErrata } from '../../src/codes/errata'
import { parseCode } from '../../src/codes/parseCode'
import { isMedbudgetError } from '../../src/errors'

function malformedMessage(input: string, options?: Parameters<typeof parseCode>[1]): string {
  try {
    parseCode(input, options)
  } catch (e) {
    if (isMedbudgetError(e, 'CODE_MALFORMED')) return `${e.zh} | ${e.en}`
    throw e
  }
  throw new Error(`expected CODE_MALFORMED for ${JSON.stringify(input)}`)
}

describe('parseCode', () => {
  it.each([
    ['2101501', '2101501', 'xiang'],
    ['210 | 15 | 01', '2101501', 'xiang'],
    ['210|15|01', '2101501', 'xiang'],
    ['210\t15\t01', '2101501', 'xiang'],
    ['21015 01', '2101501', 'xiang'],
    ['  210 15 01  ', '2101501', 'xiang'],
    ['２１０', '210', 'lei'],
    ['２１０１５０１', '2101501', 'xiang'],
    ['210 | 15', '21015', 'kuan'],
    ['301 | 01', '30101', 'kuan'],
    ['30101', '30101', 'kuan'],
    ['50102', '50102', 'kuan'],
    ['301', '301', 'lei'],
  ])('reads %j as %s', (input, code, level) => {
    const parsed = parseCode(input)
    expect(parsed.code).toBe(code)
    expect(parsed.level).toBe(level)
    expect(parsed.printed).toBe(input)
    expect(parsed.name).toBeUndefined()
    expect(parsed.erratum).toBeUndefined()
  })

  it.each([
    ['【2101501】行政运行', '2101501', '行政运行'],
    ['[2101501]行政运行', '2101501', '行政运行'],
    ['［2101501］行政运行', '2101501', '行政运行'],
    ['2101501\t行政运行\t495.18', '2101501', '行政运行'],
    ['210\t15\t01\t\t行政运行\t495.18', '2101501', '行政运行'],
    ['2101501 行政运行', '2101501', '行政运行'],
    ['301 | 01 基本工资', '30101', '基本工资'],
  ])('reads the name printed with %j', (input, code, name) => {
    const parsed = parseCode(input)
    expect(parsed.code).toBe(code)
    expect(parsed.name).toBe(name)
  })

  it('tells the three systems apart by the first digit', () => {
    expect(parseCode('2101501').system).toBe('functional')
    expect(parseCode('30101').system).toBe('economic-department')
    expect(parseCode('50101').system).toBe('economic-government')
  })

  it.each([
    ['2101 5', '2101'],
    ['21 01 501', '21'],
    ['210 1501', '1501'],
    ['210 15 1', '"1"'],
    ['', 'no code digits'],
    ['行政运行', 'no code digits'],
    ['301 l', 'OCR'],
    ['21O1501', 'OCR'],
    ['210150', 'got 6'],
    ['21015011', 'got 8'],
    ['1101501', 'start with 2'],
    ['21000', '款 (2nd level) number cannot be 00'],
    ['210 12 00', '项 (3rd level) number cannot be 00'],
    ['3010101', 'only 类 (3 digits) and 款'],
  ])('rejects %j with a message naming %s', (input, fragment) => {
    const message = malformedMessage(input)
    expect(message).toContain(fragment)
    expect(message).toMatch(/[\u4e00-\u9fff]/) // a Chinese half too
  })

  it('says how many digits the first column has ("2101 5": 5 digits expected …)', () => {
    expect(malformedMessage('2101 5')).toContain('the first column "2101" has 4 digits')
  })

  it('enforces the expected system', () => {
    expect(parseCode('30101', { system: 'economic' }).system).toBe('economic-department')
    expect(parseCode('50101', { system: 'economic' }).system).toBe('economic-government')
    expect(malformedMessage('30101', { system: 'functional' })).toContain('functional code is expected')
    expect(malformedMessage('2101501', { system: 'economic' })).toContain('economic code is expected')
    expect(malformedMessage('50101', { system: 'economic-department' })).toContain(
      'economic-department code is expected',
    )
  })

  describe('with errata', () => {
    it('corrects a known misprint and reports the erratum', () => {
      const parsed = parseCode('210\t12\t00', { errata: codeErrata })
      expect(parsed.code).toBe('2101299')
      expect(parsed.erratum?.seed).toBe('003_4628d8b7aa23fe2e.txt')
      expect(parsed.erratum?.why).toContain('12 99')
    })

    it('uses the printed name to choose between misprints that look alike', () => {
      expect(parseCode('301\tl\t机关事业 单位基本养 老保险缴费', { errata: codeErrata }).code).toBe('30108')
      expect(parseCode('301\tl\t职工基本 医疗保险缴 费', { errata: codeErrata }).code).toBe('30110')
    })

    it('does not guess when a misprint stands for several codes and no name is printed', () => {
      expect(malformedMessage('301 l', { errata: codeErrata })).toContain('OCR')
    })

    it('applies only the errata of the given seed', () => {
      expect(parseCode('210 12 00', { errata: codeErrata, seed: '003_4628d8b7aa23fe2e.txt' }).code).toBe(
        '2101299',
      )
      expect(
        malformedMessage('210 12 00', { errata: codeErrata, seed: '000_7bfb42c5bf8cfd77.txt' }),
      ).toContain('00')
    })

    it('leaves well-printed codes alone', () => {
      expect(parseCode('210\t12\t99', { errata: codeErrata }).erratum).toBeUndefined()
    })

    it('without the errata option, the misprint is malformed', () => {
      expect(malformedMessage('210\t12\t00')).toContain('cannot be 00')
    })
  })
})
