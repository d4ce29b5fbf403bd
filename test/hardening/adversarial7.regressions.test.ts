/**
 * Issue 14, seventh adversarial pass (branch hard8): one regression per finding, named after its
 * input and the typed answer now expected, each with the look-alike that must still answer as before.
 */
import { describe, expect, it } from 'vitest'
import { runPool } from '../../src/cli/pool'
import {
  amount,
  checkSum,
  isMedbudgetError,
  parsePercent,
  parsePrinted,
  printedInterval,
  sumPrinted,
  toCanonical,
} from '../../src/index'
import { interpretDocument } from '../../src/read/interpret/interpretDocument'
import { layoutText } from '../../src/read/layout/layoutDocument'

// biome-ignore lint/suspicious/noExplicitAny: hostile values go where the types say they cannot
type Any = any

/** The typed error's code, or 'no error'; an untyped error fails. */
function codeOf(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    expect(isMedbudgetError(e), String(e)).toBe(true)
    expect((e as Error).message.length).toBeLessThan(400)
    return (e as { code: string }).code
  }
  return 'no error'
}

describe('issue 14, seventh pass: money', () => {
  it("parsePrinted('1.' + 101 zeros): PRECISION_INVALID (was a figure toCanonical, printedInterval and checkSum then refused)", () => {
    const tooMany = `1.${'0'.repeat(101)}`
    expect(codeOf(() => parsePrinted(tooMany))).toBe('PRECISION_INVALID')
    expect(codeOf(() => parsePercent(`${tooMany}%`))).toBe('PRECISION_INVALID')
    expect(codeOf(() => sumPrinted([tooMany, '1']))).toBe('PRECISION_INVALID')
    // 100 decimals still read, and every function takes the figure
    const most = parsePrinted(`1.${'0'.repeat(99)}5`)
    expect(most.kind === 'amount' && most.decimals).toBe(100)
    expect(toCanonical(most)).toBe(`1.${'0'.repeat(99)}5`)
    expect(String(printedInterval(most as Any).high)).toBe(`1.${'0'.repeat(99)}55`)
    expect(checkSum([most], most).status).toBe('ok')
  })

  it('toCanonical({}), toCanonical(amount(5)), toCanonical({ kind: "dash" }): CALC_INVALID_INPUT (returned undefined)', () => {
    for (const bad of [{}, amount(5), { kind: 'x' }, { kind: 'dash' }, { kind: 'placeholder', text: {} }])
      expect(codeOf(() => toCanonical(bad as Any))).toBe('CALC_INVALID_INPUT')
    expect(toCanonical(parsePrinted('—'))).toBe('—')
    expect(toCanonical(parsePrinted(''))).toBe('')
  })

  it("toCanonical({ kind: 'amount', value: amount(1), decimals: 2, unit: 5 }): CALC_INVALID_INPUT (printed the wrong number '1.005')", () => {
    const forged = { kind: 'amount', value: amount(1), decimals: 2, unit: 5 }
    expect(codeOf(() => toCanonical(forged as Any))).toBe('CALC_INVALID_INPUT')
    expect(codeOf(() => printedInterval(forged as Any))).toBe('CALC_INVALID_INPUT')
    expect(codeOf(() => checkSum([forged as Any], parsePrinted('1.00')))).toBe('CALC_INVALID_INPUT')
    expect(toCanonical(parsePrinted('1.00万元'))).toBe('1.00万元')
  })

  it("checkSum([{}], total) and checkSum([{ kind: 'x' }], total): CALC_INVALID_INPUT (counted as a placeholder)", () => {
    for (const bad of [{}, { kind: 'x' }, amount(1)])
      expect(codeOf(() => checkSum([bad as Any], parsePrinted('1.00')))).toBe('CALC_INVALID_INPUT')
    expect(codeOf(() => checkSum([parsePrinted('1.00')], { kind: 'amount' } as Any))).toBe(
      'CALC_INVALID_INPUT',
    )
    // a real placeholder is still one
    expect(checkSum([parsePrinted('××.××')], parsePrinted('1.00')).placeholderParts).toEqual([0])
    // a figure restated from 万元 in 元 keeps its negative decimals (exact to ±5,000 元)
    const restated = { kind: 'amount', value: amount(10000), decimals: -4 } as const
    expect(checkSum([restated], parsePrinted('14999')).status).not.toBe('mismatch')
  })

  it('printedInterval(parsePrinted("")): CALC_INVALID_INPUT naming a blank (was PRECISION_INVALID "got undefined")', () => {
    expect(codeOf(() => printedInterval(parsePrinted('') as Any))).toBe('CALC_INVALID_INPUT')
    expect(String(printedInterval(parsePrinted('1.5') as Any).low)).toBe('1.45')
  })
})

describe('issue 14, seventh pass: internal stages reached from public entries', () => {
  const laid = layoutText('2024年部门收支总表\n单位：万元\n项目\t金额\n合计\t1.00\n')

  it('interpretDocument(doc, null): OPTION_INVALID (was a TypeError)', () => {
    expect(codeOf(() => interpretDocument(laid, null as Any))).toBe('OPTION_INVALID')
    expect(interpretDocument(laid, undefined).status).toBe(interpretDocument(laid).status)
  })

  it('interpretDocument(null): DOCUMENT_INVALID (was a TypeError)', () => {
    expect(codeOf(() => interpretDocument(null as Any))).toBe('DOCUMENT_INVALID')
  })

  it('runPool(tasks, { jobs: NaN, … }): rejects OPTION_INVALID (started no worker and never settled)', async () => {
    const options = {
      jobs: Number.NaN,
      timeoutMs: 1000,
      workerUrl: new URL('file:///x.js'),
      onResult: () => {},
    }
    const settled = await Promise.race([
      runPool([{ file: 'a.pdf', mode: 'check' }], options).then(
        () => 'resolved',
        (e: unknown) => (isMedbudgetError(e) ? e.code : 'untyped'),
      ),
      new Promise((resolve) => setTimeout(() => resolve('never settled'), 5000)),
    ])
    expect(settled).toBe('OPTION_INVALID')
    await expect(runPool([], { ...options, jobs: 2 })).resolves.toBeUndefined()
  })

  it('runPool(tasks, { timeoutMs: 2 ** 31 }): rejects OPTION_INVALID (setTimeout fired at once: every document timed out)', async () => {
    const options = { jobs: 1, timeoutMs: 2 ** 31, workerUrl: new URL('file:///x.js'), onResult: () => {} }
    const code = await runPool([{ file: 'a.pdf', mode: 'check' }], options).catch((e: unknown) =>
      isMedbudgetError(e) ? e.code : 'untyped',
    )
    expect(code).toBe('OPTION_INVALID')
    await expect(runPool([], { ...options, timeoutMs: 2 ** 31 - 1 })).resolves.toBeUndefined()
  })

  it('runPool(tasks, null): rejects OPTION_INVALID (threw a TypeError synchronously)', async () => {
    const result = runPool([], null as Any)
    expect(result).toBeInstanceOf(Promise)
    expect(await result.catch((e: unknown) => (isMedbudgetError(e) ? e.code : 'untyped'))).toBe(
      'OPTION_INVALID',
    )
  })
})
