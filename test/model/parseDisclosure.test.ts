import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError, MedbudgetError } from '../../src/errors'
import { parseDisclosure, safeParseDisclosure } from '../../src/model/parseDisclosure'
import { serializeDisclosure } from '../../src/model/serializeDisclosure'
import { minimalDoc } from './minimalDoc'

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

function issuesOf(input: unknown) {
  const r = safeParseDisclosure(input)
  if (r.success) throw new Error('expected a failure')
  return r.error.issues
}

describe('parseDisclosure', () => {
  it('accepts a valid document and freezes it', () => {
    const doc = parseDisclosure(clone(minimalDoc()))
    expect(doc.department.code).toBe('417')
    expect(Object.isFrozen(doc)).toBe(true)
    expect(Object.isFrozen(doc.tables[0]?.rows[0]?.cells)).toBe(true)
  })

  it('keeps blank distinct from zero and printed precision through JSON', () => {
    const doc = parseDisclosure(clone(minimalDoc()))
    const text = serializeDisclosure(doc)
    const again = parseDisclosure(JSON.parse(text))
    expect(again.tables[0]?.rows[1]?.cells['exp.project']).toBe('')
    expect(serializeDisclosure(again)).toBe(text)
  })

  it('accepts codes unknown to the catalogs (they are flagged by a separate audit, not rejected)', () => {
    const doc = clone(minimalDoc())
    doc.tables[0]!.rows[1] = { ...doc.tables[0]!.rows[1]!, code: '2109999' }
    expect(parseDisclosure(doc).tables[0]?.rows[1]?.code).toBe('2109999')
  })

  it('rejects a malformed code with its path', () => {
    const doc = clone(minimalDoc()) as unknown as { tables: { rows: { code?: string }[] }[] }
    doc.tables[0]!.rows[1]!.code = '210-15-01'
    const issues = issuesOf(doc)
    expect(issues[0]?.path).toEqual(['tables', 0, 'rows', 1, 'code'])
    expect(issues[0]?.zh).toContain('编码')
  })

  it('rejects a negative amount where none is possible, names row and column', () => {
    const doc = clone(minimalDoc())
    ;(doc.tables[0]!.rows[1]!.cells as Record<string, string>)['exp.basic'] = '-987.63'
    const issues = issuesOf(doc)
    expect(issues).toHaveLength(1)
    expect(issues[0]?.path).toEqual(['tables', 0, 'rows', 1, 'cells', 'exp.basic'])
    expect(issues[0]?.zh).toContain('基本支出')
    expect(issues[0]?.en).toContain('cannot be negative')
  })

  it('rejects a required table that is missing without an absence record', () => {
    const doc = clone(minimalDoc()) as unknown as { absent: { kind: string }[] }
    doc.absent = doc.absent.filter((a) => a.kind !== 'three-public')
    const issues = issuesOf(doc)
    expect(issues.map((i) => i.en)).toEqual([
      'the template requires a "three-public" table; it is missing and no absence is recorded',
    ])
  })

  it('passes a missing table that is recorded as absent, and keeps the record', () => {
    const doc = parseDisclosure(clone(minimalDoc()))
    expect(doc.absent.find((a) => a.kind === 'projects')).toBeUndefined()
    expect(doc.absent.find((a) => a.kind === 'three-public')?.reason).toBe('not-published')
  })

  it('checks required tables against a user-defined template', () => {
    const doc = { ...clone(minimalDoc()), template: 'my-template', absent: [] }
    const template = {
      id: 'my-template',
      zh: '自定义',
      en: 'custom',
      kind: 'budget' as const,
      tables: ['expenditure' as const],
    }
    expect(parseDisclosure(doc, { templates: [template] }).template).toBe('my-template')
    // a template none of the known ones describes: accepted, its required tables unchecked
    expect(parseDisclosure(doc).template).toBe('my-template')
    expect(() => parseDisclosure({ ...doc, tables: [] }, { templates: [template] })).toThrow(/expenditure/)
  })

  it('rejects duplicate rows and duplicate table ids', () => {
    const doc = clone(minimalDoc())
    doc.tables[0]!.rows.push(clone(doc.tables[0]!.rows[1]!))
    doc.tables.push(clone(doc.tables[0]!))
    const messages = issuesOf(doc).map((i) => i.en)
    expect(messages).toContain('duplicate table id "expenditure"')
    expect(messages.filter((m) => m.includes('duplicates row 2'))).toHaveLength(2)
  })

  it.each([
    ['{"__proto__": {"polluted": true}}', ['__proto__']],
    [
      '{"tables": [{"rows": [{"cells": {"__proto__": "1"}}]}]}',
      ['tables', 0, 'rows', 0, 'cells', '__proto__'],
    ],
    ['{"constructor": {"prototype": {}}}', ['constructor']],
  ])('reports the hostile key in %s and pollutes nothing', (extra, path) => {
    const input = { ...clone(minimalDoc()), ...JSON.parse(extra) }
    const r = safeParseDisclosure(input)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toContainEqual(path)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports every problem at once, in both languages, and never returns a half-built object', () => {
    const doc = clone(minimalDoc()) as unknown as Record<string, unknown>
    doc.fiscalYear = '2024'
    doc.amountUnit = '千元'
    delete doc.department
    const r = safeParseDisclosure(doc)
    expect(r.success).toBe(false)
    if (r.success) return
    expect(r.error).toBeInstanceOf(MedbudgetError)
    expect(r.error.code).toBe('DOCUMENT_INVALID')
    expect(r.error.issues.map((i) => i.path[0]).sort()).toEqual(['amountUnit', 'department', 'fiscalYear'])
    for (const i of r.error.issues) {
      expect(i.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(i.en).toMatch(/[a-z]/)
    }
    expect(r.error.message).toContain('共 3 处')
  })

  it('throws only its typed error on fuzzed JSON', () => {
    const base = minimalDoc()
    const mutate = fc.oneof(
      fc.jsonValue(),
      fc
        .record({ path: fc.array(fc.nat(), { maxLength: 6 }), value: fc.jsonValue() })
        .map(({ path, value }) => {
          const doc = clone(base) as unknown
          let node = doc
          for (const step of path) {
            if (node === null || typeof node !== 'object') break
            const keys = Object.keys(node)
            if (keys.length === 0) break
            const key = keys[step % keys.length]!
            const child = (node as Record<string, unknown>)[key]
            if (child === null || typeof child !== 'object') {
              ;(node as Record<string, unknown>)[key] = value
              break
            }
            node = child
          }
          return doc
        }),
    )
    fc.assert(
      fc.property(mutate, (input) => {
        try {
          parseDisclosure(input)
        } catch (e) {
          return isMedbudgetError(e, 'DOCUMENT_INVALID') && e.issues.length > 0
        }
        return true
      }),
      { seed: 20261122, numRuns: 10_000 },
    )
  }, 120_000)
})
