import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkGrowth } from '../../src/calc/checkGrowth'
import { checkPercentage } from '../../src/calc/checkPercentage'
import type { PercentageCheck } from '../../src/calc/types'
import { parsePercent } from '../../src/money/parsePercent'
import { parsePrinted } from '../../src/money/parsePrinted'
import type { Printed } from '../../src/money/types'

/**
 * Every share (占 x%), growth (增长/下降 y%) and completion (完成预算的 z%) stated in the
 * explanatory text of the five seeds, as transcribed in test/fixtures/text-figures by another
 * helper, classified with checkPercentage / checkGrowth from the printed figures it names.
 */
const DIR = join(__dirname, '..', 'fixtures', 'text-figures')

interface Figure {
  readonly id: string
  readonly kind: string
  readonly printed: string
  readonly direction?: 'increase' | 'decrease'
  readonly operands?: Readonly<Record<string, { readonly figure?: string }>>
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'))

function classify(figures: readonly Figure[], f: Figure): PercentageCheck {
  const byId = new Map(figures.map((x) => [x.id, x]))
  const operand = (name: string): Printed => {
    const ref = f.operands?.[name]?.figure
    const target = ref === undefined ? undefined : byId.get(ref)
    if (target === undefined) throw new Error(`${f.id}: operand ${name} not found`)
    return parsePrinted(target.printed)
  }
  const printed = parsePercent(f.printed)
  switch (f.kind) {
    case 'share':
      return checkPercentage({ part: operand('part'), whole: operand('whole'), printed })
    case 'completion':
      return checkPercentage({ part: operand('actual'), whole: operand('budget'), printed })
    case 'growth':
      return checkGrowth({
        current: operand('current'),
        change: operand('change'),
        printed,
        direction: f.direction === 'decrease' ? 'decrease' : 'increase',
      })
    default:
      throw new Error(`${f.id}: not a percentage (${f.kind})`)
  }
}

/** The figures that are not 'right', each checked by hand against the seed. Everything else must be 'right'. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  // 减少 1027.17 万元，下降 57.38% from 762.71: 1027.17 / 1789.88 = 57.3876% rounds to 57.39%, and
  // no values inside the printed figures' rounding intervals give 57.38% (57.3873…57.3880): a
  // truncation, printed three times
  '002:s1-f3': 'wrong',
  '002:s4-f3': 'wrong',
  '002:s5-f4': 'wrong',
  // 147.12 / 166.43 = 88.397…% rounds to 88.40%, but 元-level figures inside the intervals give 88.39%
  '002:s5-f23': 'right-within-rounding',
  // 完成预算的 0.00% / 占 0.00% of a 0.00 whole: 0/0 is not defined
  '002:s9-f5': 'not-computable',
  '002:s9-f15': 'not-computable',
  '002:s11-f6': 'not-computable',
  '002:s11-f8': 'not-computable',
}

describe('percentages stated in the seeds', () => {
  it('has the transcribed figures', () => {
    expect(files.length).toBe(5)
    const count = files
      .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Figure[])
      .flatMap((figures) =>
        figures.filter((f) => ['share', 'growth', 'completion'].includes(f.kind) && f.operands !== undefined),
      ).length
    // 69 when this test was written (000: 12, 002: 39, 003: 9, 004: 9; 001 states none with operands)
    expect(count).toBeGreaterThanOrEqual(60)
  })

  for (const file of files) {
    const figures = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Figure[]
    const percentages = figures.filter(
      (f) => ['share', 'growth', 'completion'].includes(f.kind) && f.operands !== undefined,
    )
    it(`classifies every share, growth and completion of ${file}`, () => {
      const got: Record<string, string> = {}
      for (const f of percentages) {
        const r = classify(figures, f)
        got[`${file.slice(0, 3)}:${f.id}`] = r.status
      }
      const unexpected = Object.entries(got).filter(([k, v]) => v !== (EXCEPTIONS[k] ?? 'right'))
      expect(unexpected).toEqual([])
    })
  }
})
