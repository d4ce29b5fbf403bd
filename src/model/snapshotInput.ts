/**
 * Reads an untrusted input once into plain data before validation, within bounds: depth, number
 * of values, string and key length. Cycles, getters that throw, proxies and forbidden keys
 * (`__proto__`, `constructor`, `prototype`) become issues instead of exceptions or hangs.
 * @module
 * @internal
 */
import type { MedbudgetIssue } from '../errors'
import { excerpt } from '../internal/limits'

/** Deepest nesting accepted (a disclosure needs about eight levels). @internal */
export const MAX_DOCUMENT_DEPTH = 64
/** Most values (objects, arrays and leaves) in one document. @internal */
export const MAX_DOCUMENT_VALUES = 2_000_000
/** Longest string in a document (characters). @internal */
export const MAX_DOCUMENT_STRING = 1_000_000

/** The snapshot, or the problems that stopped it. @internal */
export interface Snapshot {
  readonly value: unknown
  readonly issues: readonly MedbudgetIssue[]
}

const FORBIDDEN: ReadonlySet<string> = /*#__PURE__*/ new Set(['__proto__', 'prototype', 'constructor'])
const MAX_ISSUES = 100

class Abort extends Error {}

/**
 * Copies `input` into plain arrays and objects, reading every property once.
 * @example
 * ```ts
 * const a: Record<string, unknown> = {}
 * a.self = a
 * snapshotInput(a).issues[0]?.en // 'the value refers back to itself (a cycle)'
 * ```
 * @internal
 */
export function snapshotInput(input: unknown): Snapshot {
  const issues: MedbudgetIssue[] = []
  const onPath = new Set<object>()
  let values = 0
  const report = (path: readonly (string | number)[], zh: string, en: string): void => {
    issues.push({ path: [...path], zh, en })
    if (issues.length >= MAX_ISSUES) throw new Abort()
  }
  const visit = (value: unknown, path: (string | number)[]): unknown => {
    if (++values > MAX_DOCUMENT_VALUES) {
      report(
        path,
        `文档过大（超过 ${MAX_DOCUMENT_VALUES} 个值）`,
        `the document is too large (over ${MAX_DOCUMENT_VALUES} values)`,
      )
      throw new Abort()
    }
    if (typeof value === 'string') {
      if (value.length > MAX_DOCUMENT_STRING) {
        report(
          path,
          `文字过长（${value.length} 个字符，上限 ${MAX_DOCUMENT_STRING}）`,
          `the text is too long (${value.length} characters, at most ${MAX_DOCUMENT_STRING})`,
        )
        return undefined
      }
      return value
    }
    if (value === null || typeof value !== 'object') return value
    if (onPath.has(value)) {
      report(path, '数据引用了自身（循环）', 'the value refers back to itself (a cycle)')
      return undefined
    }
    if (path.length >= MAX_DOCUMENT_DEPTH) {
      report(
        path,
        `嵌套过深（超过 ${MAX_DOCUMENT_DEPTH} 层）`,
        `nested too deeply (over ${MAX_DOCUMENT_DEPTH} levels)`,
      )
      return undefined
    }
    onPath.add(value)
    try {
      if (Array.isArray(value)) {
        const out: unknown[] = []
        const n = value.length
        for (let i = 0; i < n; i++) {
          path.push(i)
          out.push(visit(read(value, i, path), path))
          path.pop()
        }
        return out
      }
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(value)) {
        if (FORBIDDEN.has(key)) {
          report([...path, key], `不允许的字段名“${key}”`, `forbidden key "${key}"`)
          continue
        }
        if (key.length > 200) {
          report(path, `字段名过长：“${excerpt(key)}”`, `a key is too long: "${excerpt(key)}"`)
          continue
        }
        path.push(key)
        out[key] = visit(read(value, key, path), path)
        path.pop()
      }
      return out
    } finally {
      onPath.delete(value)
    }
  }
  const read = (owner: object, key: string | number, path: readonly (string | number)[]): unknown => {
    try {
      return (owner as Record<string | number, unknown>)[key]
    } catch {
      report(path, '读取该字段时出错（取值函数抛出异常）', 'reading this field failed (its getter threw)')
      return undefined
    }
  }
  try {
    return { value: visit(input, []), issues }
  } catch (e) {
    if (e instanceof Abort) return { value: undefined, issues }
    // a proxy's ownKeys trap or an exotic object failed outside a property read
    issues.push({
      path: [],
      zh: '无法读取输入（对象在读取时抛出异常）',
      en: 'the input could not be read (an object threw while being read)',
    })
    return { value: undefined, issues }
  }
}
