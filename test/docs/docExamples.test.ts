import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { exampleModule, fencedBlocks, leadingValue, statements } from './docExamples'

const ROOT = resolve(import.meta.dirname, '../..')
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]
const dir = mkdtempSync(join(tmpdir(), 'medbudget-doc-examples-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ANY = Symbol('any')
const REST = Symbol('rest')

/** Evaluates the value text of a comment: `…` stands for left-out keys, items or values. */
function expectedValue(text: string): unknown {
  let s = text.replace(/:\s*…/g, ': __ANY').replace(/…/g, '__REST')
  const map = /^Map\s*\{([\s\S]*)\}$/.exec(s)
  if (map) {
    const entries = (map[1] ?? '').split(/,(?=\s*['"\d])/).filter((e) => e.trim() !== '')
    s = `new Map([${entries.map((e) => `[${e.replace('=>', ',')}]`).join(', ')}])`
  }
  return new Function('__ANY', '__REST', `return (${s})`)(ANY, REST)
}

function show(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x instanceof Map ? Object.fromEntries(x) : typeof x === 'bigint' ? String(x) : x,
  )
}

/** Whether `actual` shows what `expected` says (objects: the keys shown; exact amounts: their string). */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === ANY) return true
  if (expected instanceof Map) {
    if (!(actual instanceof Map) || actual.size !== expected.size) return false
    return [...expected].every(([k, v]) => actual.has(k) && matches(actual.get(k), v))
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false
    const rest = expected.indexOf(REST)
    const shown = rest < 0 ? expected : expected.slice(0, rest)
    if (rest < 0 && actual.length !== expected.length) return false
    return shown.every((v, i) => matches(actual[i], v))
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false
    const a = actual as Record<string, unknown>
    return Object.entries(expected).every(([k, v]) => k === '__REST' || (k in a && matches(a[k], v)))
  }
  if (actual !== null && typeof actual === 'object' && Object.getPrototypeOf(actual) !== Object.prototype) {
    // an exact amount (Decimal) shows as its string
    return typeof expected === 'number' ? Number(String(actual)) === expected : String(actual) === expected
  }
  return Object.is(actual, expected)
}

describe('the examples of every guide run and print what the text says', () => {
  for (const file of DOCS) {
    const markdown = readFileSync(join(ROOT, file), 'utf8')
    if (!fencedBlocks(markdown).some((b) => b.lang === 'ts')) continue
    it(file, { timeout: 60_000 }, async () => {
      const { source, checks } = exampleModule(markdown, file)
      const path = join(dir, `${file.replace(/[/.]/g, '_')}.ts`)
      writeFileSync(path, source)
      const printed: string[] = []
      const failures: string[] = []
      let at = file
      const check = (fn: () => unknown, text: string, where: string): unknown => {
        at = where
        if (text.startsWith('throws ')) {
          try {
            fn()
            failures.push(`${where}: expected ${text}, nothing was thrown`)
          } catch (e) {
            const code = (e as { code?: unknown }).code
            if (code !== text.slice(7)) failures.push(`${where}: expected ${text}, got ${String(code ?? e)}`)
          }
          return undefined
        }
        const settle = (actual: unknown): void => {
          if (!matches(actual, expectedValue(text)))
            failures.push(`${where}: expected ${text}, got ${show(actual)}`)
        }
        const actual = fn()
        if (actual instanceof Promise) return actual.then(settle)
        settle(actual)
        return undefined
      }
      const excerpt = (text: string, where: string): void => {
        const out = printed
          .join('\n')
          .split('\n')
          .map((l) => l.trimEnd())
        for (const line of text.split('\n').map((l) => l.trimEnd())) {
          if (line === '' || line === '…') continue
          if (!out.includes(line)) failures.push(`${where}: the printed output has no line\n    ${line}`)
        }
      }
      const mod = (await import(pathToFileURL(path).href)) as {
        run: (...args: unknown[]) => Promise<void>
      }
      try {
        await mod.run(
          check,
          excerpt,
          (...args: unknown[]) => printed.push(args.map(String).join(' ')),
          (where: string) => {
            at = where
          },
        )
      } catch (e) {
        failures.push(`${at}: the example throws ${e instanceof Error ? e.message : String(e)}`)
      }
      expect(failures).toEqual([])
      expect(checks).toBeGreaterThan(0)
    })
  }
})

describe('the example reader', () => {
  it('reads the value at the head of a comment, and nothing from prose', () => {
    expect(leadingValue("'9187.2'  —— 保留印刷精度")).toBe("'9187.2'")
    expect(leadingValue("{ status: 'ok', value: 7.36 } note")).toBe("{ status: 'ok', value: 7.36 }")
    expect(leadingValue('抛出 / throws AMOUNT_FLOAT_REJECTED')).toBe('throws AMOUNT_FLOAT_REJECTED')
    expect(leadingValue('true（id: 1）')).toBe('true')
    expect(leadingValue('GitHub Markdown')).toBeUndefined()
    expect(leadingValue('validated, frozen')).toBeUndefined()
    expect(leadingValue("['a',")).toBeUndefined()
  })

  it('finds a claim on the comment lines after a statement', () => {
    const [st] = statements({ lang: 'ts', line: 1, code: 'f(1,\n  2)\n// { a: 1,\n//   b: 2 }' })
    expect(st).toEqual({ code: 'f(1,\n  2)', line: 1, expected: '{ a: 1, b: 2 }' })
  })

  it('compares shown keys only, amounts by their string, and fails on a wrong value', () => {
    expect(matches({ a: 1, b: 2 }, expectedValue('{ a: 1, … }'))).toBe(true)
    expect(matches({ a: 2 }, expectedValue('{ a: 1 }'))).toBe(false)
    expect(matches([1, 2, 3], expectedValue('[1, 2, …]'))).toBe(true)
    expect(matches([1, 2, 3], expectedValue('[1, 2]'))).toBe(false)
    expect(matches(new Map([['208', 1]]), expectedValue("Map { '208' => 1 }"))).toBe(true)
    expect(matches(new Map([['208', 2]]), expectedValue("Map { '208' => 1 }"))).toBe(false)
  })
})
