import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError, type MedbudgetError } from '../../src/errors'
import { parsePrinted } from '../../src/money/parsePrinted'
import { toCanonical } from '../../src/money/toCanonical'

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds')
const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8')

/** [printed, canonical, decimals] */
const AMOUNTS: readonly (readonly [string, string, number])[] = [
  ['8938.04', '8938.04', 2],
  ['8,938.04', '8938.04', 2],
  ['9,187.2', '9187.2', 1],
  ['0.00', '0.00', 2],
  ['0', '0', 0],
  ['17', '17', 0],
  ['132, 372. 61', '132372.61', 2], // seed 003, OCR spacing
  ['132, 372.61', '132372.61', 2],
  ['1, 147. 92', '1147.92', 2],
  ['107. 4', '107.4', 1], // seed 003: OCR for 107.44, keeps 1 decimal
  ['132465. 29', '132465.29', 2],
  ['0. 51', '0.51', 2],
  ['1,001.25', '1001.25', 2],
  ['１，２３４．５６', '1234.56', 2],
  ['１２３', '123', 0],
  ['-3.50', '-3.50', 2],
  ['−3.50', '-3.50', 2],
  ['－3.50', '-3.50', 2],
  ['(1,234.5)', '-1234.5', 1],
  ['（12.00）', '-12.00', 2],
  ['-0.00', '0.00', 2],
  ['  762.71\t', '762.71', 2],
  ['1,234,567.891', '1234567.891', 3],
  ['007', '7', 0],
]

describe('parsePrinted', () => {
  it.each(AMOUNTS)('reads %j as %s with %i decimals', (text, canonical, decimals) => {
    const p = parsePrinted(text)
    expect(p.kind).toBe('amount')
    if (p.kind !== 'amount') return
    expect(p.decimals).toBe(decimals)
    expect(p.unit).toBeUndefined()
    expect(toCanonical(p)).toBe(canonical)
  })

  it.each([
    ['0.67万元', '0.67', '万元'],
    ['8944.03万元', '8944.03', '万元'],
    ['64320000元', '64320000', '元'],
    ['1.2亿元', '1.2', '亿元'],
    ['132465. 29万元', '132465.29', '万元'],
    ['0.67 万元', '0.67', '万元'],
  ] as const)('records the unit of %j', (text, value, unit) => {
    const p = parsePrinted(text)
    expect(p).toMatchObject({ kind: 'amount', unit })
    expect(toCanonical(p)).toBe(`${value}${unit}`)
  })

  it.each(['', '   ', '\t', '\u3000'])('reads %j as blank, not zero', (text) => {
    expect(parsePrinted(text)).toEqual({ kind: 'blank' })
  })

  it.each(['-', '—', '－', '--', '——', '–', ' - '])('reads %j as a dash kept as printed', (text) => {
    expect(parsePrinted(text)).toEqual({ kind: 'dash', text: text.trim() })
  })

  it.each(['××.××', '·', 'XX', '***', 'xx.xx', '××.××万元', '＊＊'])('reads %j as a placeholder', (text) => {
    expect(parsePrinted(text)).toEqual({ kind: 'placeholder', text })
  })

  it.each([
    ['12,3a4.00', '“a”'],
    ['92.68 92.68', '空格'],
    ['1,2345.00', '千分位'],
    ['12.', '缺少数字'],
    ['.5', '缺少数字'],
    ['1.2.3', '多个小数点'],
    ['3.5%', '百分比'],
    ['无', '“无”'],
    ['1e5', '“e”'],
    ['(-5)', '重复'],
  ])('rejects %j saying what was found', (text, said) => {
    try {
      parsePrinted(text)
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'AMOUNT_MALFORMED')).toBe(true)
      expect((e as MedbudgetError).zh).toContain(said)
      expect((e as MedbudgetError).en.length).toBeGreaterThan(10)
      expect((e as MedbudgetError).location.input).toBe(text)
    }
  })

  it('returns frozen values', () => {
    expect(Object.isFrozen(parsePrinted('1.00'))).toBe(true)
    expect(Object.isFrozen(parsePrinted('-'))).toBe(true)
  })
})

describe('parsePrinted on the seeds', () => {
  it('reads the OCR-spaced totals row of seed 003 (部门支出总表)', () => {
    const line = seed('003_4628d8b7aa23fe2e.txt')
      .split('\n')
      .find((l) => l.includes('合计\t1, 147. 92\t1, 040. 48\t107. 4'))
    expect(line).toBeDefined()
    const cells = (line as string).split('\t').filter((c) => c.trim() !== '' && c.trim() !== '合计')
    expect(cells.map((c) => toCanonical(parsePrinted(c)))).toEqual(['1147.92', '1040.48', '107.4'])
  })

  it('keeps the placeholder cell · of seed 003 (收入总表, unit 309201) and the blanks beside it', () => {
    const line = seed('003_4628d8b7aa23fe2e.txt')
      .split('\n')
      .find((l) => l.startsWith('309201\t'))
    expect(line).toBeDefined()
    const cells = (line as string).split('\t').slice(2)
    const kinds = cells.map((c) => parsePrinted(c).kind)
    expect(kinds[0]).toBe('placeholder')
    expect(kinds[1]).toBe('amount')
    expect(kinds[2]).toBe('blank')
    expect(toCanonical(parsePrinted(cells[1] as string))).toBe('131624.04')
  })

  it('keeps the ××.×× of seed 002 as a placeholder with its unit text', () => {
    const m = /基本支出(××\.××万元)/.exec(seed('002_a13058ed52681298.txt'))
    expect(m?.[1]).toBe('××.××万元')
    expect(parsePrinted(m?.[1] as string)).toEqual({ kind: 'placeholder', text: '××.××万元' })
  })

  it('reads the dashes of seed 002 (项目绩效自评表) as dashes', () => {
    const line = seed('002_a13058ed52681298.txt')
      .split('\n')
      .find((l) => l.includes('（2）财政专户管理资金'))
    const cells = (line as string).split('\t').slice(2)
    expect(cells.map((c) => parsePrinted(c).kind)).toEqual([
      'blank',
      'amount',
      'amount',
      'amount',
      'dash',
      'amount',
      'dash',
      'blank',
      'blank',
    ])
  })

  it('reads every numeric-looking table cell of the five seeds or refuses it with AMOUNT_MALFORMED', () => {
    let read = 0
    let refused = 0
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      for (const line of seed(file).split('\n')) {
        if (!line.includes('\t')) continue
        for (const cell of line.split('\t')) {
          if (!/^[\d\s,.，．\-−－()（）]+$/.test(cell) || !/\d/.test(cell)) continue
          try {
            if (parsePrinted(cell).kind === 'amount') read++
          } catch (e) {
            if (!isMedbudgetError(e, 'AMOUNT_MALFORMED')) throw e
            refused++
          }
        }
      }
    }
    expect(read).toBeGreaterThan(1000)
    // cells that are really two figures run together, or codes split by spaces, are refused
    expect(refused).toBeLessThan(read / 20)
  })
})
