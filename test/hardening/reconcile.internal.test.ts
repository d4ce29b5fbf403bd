/**
 * Issue 14: `reconcile` no longer blames the document for a bug. An error that is not a
 * `MedbudgetError`, thrown by a rule (a caller's own or a built-in one), is `INTERNAL_ERROR` naming
 * the rule; a `MedbudgetError` passes through as it was; a wrong `rules` option is `OPTION_INVALID`.
 */
import { describe, expect, it } from 'vitest'
import { isMedbudgetError, MedbudgetError, RULES, type Rule, reconcile } from '../../src/index'
import { loadSample } from '../../src/samples/index'

const doc = loadSample('000')
const custom = (id: string, check: Rule['check']): Rule =>
  ({
    id,
    title: { zh: '自定义', en: 'custom' },
    family: 'within-table',
    severity: 'error',
    reads: { zh: '无', en: 'nothing' },
    check,
  }) as unknown as Rule

function errorOf(f: () => unknown): MedbudgetError {
  try {
    f()
  } catch (e) {
    if (isMedbudgetError(e)) return e
    throw new Error(`untyped error: ${String(e)}`)
  }
  throw new Error('no error')
}

describe('reconcile: a leftover untyped error is INTERNAL_ERROR with the rule id', () => {
  it('a custom rule that throws a TypeError: INTERNAL_ERROR naming the rule, not DOCUMENT_INVALID', () => {
    const boom = custom('custom:boom', () => {
      throw new TypeError('x is undefined')
    })
    const e = errorOf(() => reconcile(doc, { rules: [RULES[0] as Rule, boom] }))
    expect(e.code).toBe('INTERNAL_ERROR')
    expect(e.zh).toContain('custom:boom')
    expect(e.en).toContain('custom:boom')
    expect(e.en).toContain('x is undefined')
  })
  it('a rule throwing a non-Error (a string, a huge message) is bounded INTERNAL_ERROR too', () => {
    const str = custom('custom:string', () => {
      throw 'y'.repeat(1e6)
    })
    const e = errorOf(() => reconcile(doc, { rules: [str] }))
    expect(e.code).toBe('INTERNAL_ERROR')
    expect(e.message.length).toBeLessThan(1000)
  })
  it('a rule returning no result (undefined findings): INTERNAL_ERROR naming the rule', () => {
    const hollow = custom('custom:hollow', () => ({ status: 'ran', checks: 1 }) as never)
    const e = errorOf(() => reconcile(doc, { rules: [hollow] }))
    expect(e.code).toBe('INTERNAL_ERROR')
    expect(e.en).toContain('custom:hollow')
  })
  it('a MedbudgetError thrown by a rule passes through unchanged', () => {
    const typed = custom('custom:typed', () => {
      throw new MedbudgetError('CALC_INVALID_INPUT', '坏', 'bad')
    })
    expect(errorOf(() => reconcile(doc, { rules: [typed] })).code).toBe('CALC_INVALID_INPUT')
  })
  it('a custom rule that works: no error, its findings in the report', () => {
    const fine = custom('custom:fine', () => ({ status: 'ran', checks: 1, findings: [] }))
    const report = reconcile(doc, { rules: [fine] })
    expect(report.coverage).toEqual([{ rule: 'custom:fine', status: 'ran', checks: 1, findings: 0 }])
  })
  it('a rules option that is no list of rules: OPTION_INVALID (and a throwing options object too)', () => {
    expect(errorOf(() => reconcile(doc, { rules: 5 as never })).code).toBe('OPTION_INVALID')
    expect(errorOf(() => reconcile(doc, { rules: [{}] as never })).code).toBe('OPTION_INVALID')
    expect(errorOf(() => reconcile(doc, null as never)).code).toBe('OPTION_INVALID')
    const throwing = {
      get rules(): never {
        throw new Error('getter')
      },
    }
    expect(errorOf(() => reconcile(doc, throwing)).code).toBe('OPTION_INVALID')
    expect(reconcile(doc, { rules: RULES }).summary.checks).toBeGreaterThan(0)
  })
})
