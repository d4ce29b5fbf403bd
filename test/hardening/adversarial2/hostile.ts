/**
 * Hostile values for the second adversarial pass (issue 14, rnd2): every kind of argument a caller
 * of a JavaScript API can hand over when the types are not checked — long strings of each special
 * character, numbers at the edges, cyclic, deep, huge, throwing and Proxy objects, prototype
 * pollution attempts.
 * @module
 */
import { amount } from '../../../src/money/decimal'

/** Characters a parser of printed figures, codes, names or terms treats specially. */
export const SPECIAL_CHARS: readonly string[] = [
  ',',
  '，',
  '.',
  '．',
  '。',
  ';',
  '；',
  ':',
  '：',
  '\t',
  '\n',
  '\r',
  '|',
  '\\',
  '/',
  '=',
  '@',
  '"',
  "'",
  '`',
  '(',
  ')',
  '（',
  '）',
  '[',
  ']',
  '【',
  '】',
  '{',
  '}',
  '<',
  '>',
  '《',
  '》',
  '〔',
  '〕',
  '0',
  '9',
  '０',
  '９',
  '万',
  '亿',
  '元',
  '%',
  '％',
  '‰',
  '−',
  '－',
  '‐',
  '-',
  '—',
  '–',
  '+',
  '＋',
  'e',
  'E',
  '×',
  'x',
  'X',
  '·',
  '*',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0301',
  '\u20dd',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\u0000',
  '\u001b',
]

/** A string of `n` copies of `c`, with a digit at each end (so a parser reaches its inner loops). */
export function longOf(c: string, n: number): string {
  return `1${c.repeat(n)}1`
}

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { kind: 'x', name: 'x' }
  o.self = o
  o.tables = [o]
  return o
}

function deep(n: number): unknown {
  let v: unknown = {}
  for (let i = 0; i < n; i++) v = { a: v, tables: [v] }
  return v
}

function deepArray(n: number): unknown {
  let v: unknown = []
  for (let i = 0; i < n; i++) v = [v]
  return v
}

function throwingGetters(): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const k of [
    'tables',
    'rows',
    'cells',
    'kind',
    'code',
    'name',
    'amount',
    'lineItems',
    'length',
    'then',
    'toString',
    'valueOf',
  ]) {
    Object.defineProperty(o, k, {
      enumerable: true,
      get() {
        throw new Error(`getter ${k} throws`)
      },
    })
  }
  return o
}

/**
 * A Proxy every trap of which throws (get, has, ownKeys, descriptors …): options or input that
 * cannot be looked at. Shared by the adversarial passes.
 *
 * @example
 * ```ts
 * expect(() => formatAmount(a, throwingProxy())).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }))
 * ```
 */
export function throwingProxy(): object {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('proxy get')
      },
      has() {
        throw new Error('proxy has')
      },
      ownKeys() {
        throw new Error('proxy ownKeys')
      },
      getOwnPropertyDescriptor() {
        throw new Error('proxy gOPD')
      },
      getPrototypeOf() {
        throw new Error('proxy getPrototypeOf')
      },
    },
  )
}

function lyingArrayProxy(): object {
  // an "array" that claims a huge length
  return new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) })
}

/** Objects that break naive walkers and validators. */
export function hostileObjects(): readonly (readonly [name: string, value: unknown])[] {
  const hugeArray = new Array<number>(1_000_000).fill(1)
  const sparse: unknown[] = []
  sparse[1e6] = 1
  const wide: Record<string, number> = {}
  for (let i = 0; i < 100_000; i++) wide[`k${i}`] = i
  return [
    ['null', null],
    ['undefined', undefined],
    ['{}', {}],
    ['[]', []],
    ['Object.create(null)', Object.create(null)],
    ['cyclic', cyclic()],
    ['deep 10^5 object', deep(100_000)],
    ['deep 10^5 array', deepArray(100_000)],
    ['array of 10^6', hugeArray],
    ['sparse length 10^6+1', sparse],
    ['object with 10^5 keys', wide],
    ['throwing getters', throwingGetters()],
    ['throwing proxy', throwingProxy()],
    ['lying array proxy', lyingArrayProxy()],
    [
      '__proto__ own key',
      JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
    ],
    ['function', () => 1],
    ['symbol', Symbol('s')],
    ['bigint 10^500', 10n ** 500n],
    ['Date', new Date(Number.NaN)],
    ['Map', new Map([['a', 1]])],
    ['amount', amount('8938.04')],
    ['boxed string', Object('1')],
    [
      '{ toString throws }',
      {
        toString: () => {
          throw new Error('toString')
        },
      },
    ],
  ]
}

/** Numbers at the edges, where a number is accepted. */
export const EDGE_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  5e-324,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 31),
  2 ** 32,
  0.5,
  -1,
  1e16,
  1e9,
  101,
  21,
]

/** Strings an enum-like argument must refuse. */
export const WRONG_ENUMS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' 元',
  '元 ',
  'bogus',
]

/**
 * The fifth pass's hostile values, for every slot (a text, a number or an enum where the types say
 * so): a value of another kind whose conversion to text or number throws or lies — a symbol, an
 * object whose `toString` / `valueOf` throws, a Proxy that throws on every trap, a boxed string, a
 * bigint, null, an array holding the valid-looking text.
 */
export const WRONG_KINDS: readonly (readonly [name: string, value: unknown])[] = [
  ['symbol', Symbol('s')],
  [
    '{ toString throws }',
    {
      toString: () => {
        throw new Error('toString')
      },
      valueOf: () => {
        throw new Error('valueOf')
      },
    },
  ],
  ['throwing proxy', throwingProxy()],
  ['boxed string', Object('2101501')],
  ['bigint', 12n],
  ['null', null],
  ['["1"]', ['1']],
]
