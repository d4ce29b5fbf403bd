/**
 * Regression tests of issue 14 for the document model: "safe" parsing never throws.
 */
import { describe, expect, it } from 'vitest'
import { isMedbudgetError, parseDisclosure, parseIndicatorValue, safeParseDisclosure } from '../../src/index'
import { snapshotInput } from '../../src/model/snapshotInput'
import { minimalDoc } from '../model/minimalDoc'

function plain(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(minimalDoc())) as Record<string, unknown>
}

describe('issue 14: safeParseDisclosure never throws', () => {
  it('the minimal document still parses, frozen', () => {
    const r = safeParseDisclosure(plain())
    expect(r.success).toBe(true)
    expect(Object.isFrozen(r)).toBe(true)
  })
  it('a cyclic object is a typed issue, not a RangeError', () => {
    const doc = plain()
    ;((doc.units as unknown[])[0] as Record<string, unknown>).self = doc
    const r = safeParseDisclosure(doc)
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.error.code).toBe('DOCUMENT_INVALID')
      expect(r.error.issues[0]?.path).toEqual(['units', 0, 'self'])
      expect(r.error.en).toContain('cycle')
    }
  })
  it('a shared (not cyclic) sub-object is no cycle', () => {
    const shared = { a: 1 }
    expect(snapshotInput({ x: shared, y: [shared, shared] }).issues).toEqual([])
    const cyclic: Record<string, unknown> = {}
    cyclic.x = [cyclic]
    expect(snapshotInput(cyclic).issues).toHaveLength(1)
  })
  it('a 10^5-deep object is a typed issue', () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 1e5; i++) {
      const next: Record<string, unknown> = {}
      deep.x = next
      deep = next
    }
    const doc = { ...plain(), extra: root }
    const r = safeParseDisclosure(doc)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.en).toContain('nested too deeply')
    expect(() => parseDisclosure(doc)).toThrow(expect.objectContaining({ code: 'DOCUMENT_INVALID' }))
  })
  it('a throwing getter becomes a typed issue', () => {
    const doc = plain()
    Object.defineProperty(doc, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const r = safeParseDisclosure(doc)
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.error.issues[0]?.path).toEqual(['title'])
      expect(r.error.en).toContain('getter')
    }
  })
  it('a proxy whose ownKeys throws becomes a typed issue', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys')
        },
      },
    )
    const r = safeParseDisclosure(hostile)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.code).toBe('DOCUMENT_INVALID')
  })
  it('a __proto__ key is reported and never reaches the prototype', () => {
    const doc = JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(plain()).slice(1)}`) as object
    const r = safeParseDisclosure(doc)
    expect(r.success).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it('a getter is read once: the validated value is the value read', () => {
    const doc = plain()
    let reads = 0
    const title = doc.title
    Object.defineProperty(doc, 'title', {
      enumerable: true,
      get() {
        reads++
        return reads === 1 ? title : 42
      },
    })
    const r = safeParseDisclosure(doc)
    expect(r.success).toBe(true)
    expect(reads).toBe(1)
  })
})

describe('issue 14: parseIndicatorValue results are frozen', () => {
  it('deeply', () => {
    const v = parseIndicatorValue('≥1.3万人次')
    expect(Object.isFrozen(v)).toBe(true)
    expect(v.kind === 'compare' && Object.isFrozen(v.scaled)).toBe(true)
    expect(isMedbudgetError(new Error())).toBe(false)
  })
})
