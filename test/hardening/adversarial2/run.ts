/**
 * The harness of the second adversarial pass: calls a function, classifies the outcome (a value,
 * a typed MedbudgetError, or a failure: an untyped error, a result not deeply frozen).
 * @module
 */
import { isMedbudgetError } from '../../../src/errors'

/** Paths of objects reachable from `value` that are not frozen (at most 3). */
export function unfrozen(value: unknown): string[] {
  const out: string[] = []
  const seen = new Set<object>()
  const stack: [unknown, string][] = [[value, '']]
  while (stack.length > 0 && out.length < 3) {
    const [v, path] = stack.pop() as [unknown, string]
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v as object)) continue
    seen.add(v as object)
    if (typeof v === 'function') continue
    if (!Object.isFrozen(v)) out.push(path || '(root)')
    if (v instanceof Map) {
      out.push(`${path} is a Map`)
      continue
    }
    for (const key of Object.keys(v)) stack.push([(v as Record<string, unknown>)[key], `${path}.${key}`])
  }
  return out
}

/** A failure: what was called, with what, and what went wrong. */
export type Failure = string

/**
 * Calls `f(x)`: a typed error or a deeply frozen value (strings, numbers, booleans, undefined are
 * values) passes; anything else is a failure. The message of a typed error must be bounded.
 */
export function outcome(name: string, input: string, f: () => unknown, frozen = true): Failure | undefined {
  let result: unknown
  try {
    result = f()
  } catch (e) {
    if (!isMedbudgetError(e)) {
      const what = e instanceof Error ? `${e.constructor.name}: ${e.message.slice(0, 100)}` : String(e)
      return `${name} ← ${input}: untyped ${what}`
    }
    if (e.message.length > 2000) return `${name} ← ${input}: error message of ${e.message.length} characters`
    return undefined
  }
  if (frozen) {
    const bad = unfrozen(result)
    if (bad.length > 0) return `${name} ← ${input}: result not frozen at ${bad.join(', ')}`
  }
  return undefined
}
