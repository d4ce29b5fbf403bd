/**
 * A minimal, bounded reader of a PDF's objects: the cross-reference (tables and streams, with their
 * `/Prev` chain), object streams, the page tree and each page's `/Contents` and `/Resources` — just
 * enough to hand the content streams to {@link contentRulings}. Anything it does not understand
 * (encryption, a filter other than Flate, a broken cross-reference) makes it give up, and the
 * reader falls back to PDF.js's operator list. Every loop is bounded by the bytes it reads.
 * @module
 */

/** A PDF name (`/Foo`): kept apart from strings, which the rulings never need. */
export interface PdfName {
  readonly name: string
}
/** An indirect reference `num gen R`. */
export interface PdfRef {
  readonly num: number
  readonly gen: number
}
/** A stream: its dictionary and where its (still encoded) bytes are. */
export interface PdfStream {
  readonly dict: PdfDict
  readonly start: number
  readonly end: number
}
/** A dictionary. */
export type PdfDict = ReadonlyMap<string, PdfValue>
/** Any PDF value the reader keeps (a string is kept as `STRING`, its bytes dropped). */
export type PdfValue =
  | number
  | boolean
  | null
  | PdfName
  | PdfRef
  | PdfDict
  | PdfStream
  | readonly PdfValue[]
  | typeof STRING

/** A string's place: its bytes are not needed. */
export const STRING: unique symbol = Symbol('string')

/** Inflates zlib-wrapped (`FlateDecode`) bytes; throws on what it cannot inflate. */
export type Inflate = (bytes: Uint8Array) => Uint8Array

/** Thrown inside this module for anything it does not read; callers fall back to PDF.js. */
export class Unsupported extends Error {
  override readonly name = 'Unsupported'
}

const fail = (why: string): never => {
  throw new Unsupported(why)
}

/** Most bytes of one decoded stream (a content stream of a table page is well under 1 MB). */
const MAX_DECODED = 64 * 1024 * 1024
const MAX_NESTING = 64
const MAX_XREF_SECTIONS = 256

// character classes: 1 whitespace, 2 delimiter
const SPECIAL = new Uint8Array(256)
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPECIAL[c] = 1
for (const c of [0x25, 0x28, 0x29, 0x2f, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d]) SPECIAL[c] = 2

interface Keyword {
  readonly kw: string
}
type Token = PdfValue | Keyword

const isKeyword = (t: Token | undefined, kw?: string): t is Keyword =>
  typeof t === 'object' && t !== null && 'kw' in t && (kw === undefined || t.kw === kw)

/**
 * Is this value a name, and (when given) that name?
 *
 * @example
 * ```ts
 * isName({ name: 'Form' }, 'Form') // true
 * ```
 */
export const isName = (v: PdfValue | undefined, name?: string): v is PdfName =>
  typeof v === 'object' && v !== null && 'name' in v && (name === undefined || v.name === name)
const isRef = (v: PdfValue | undefined): v is PdfRef =>
  typeof v === 'object' && v !== null && 'num' in v && 'gen' in v
/**
 * Is this value a dictionary?
 *
 * @example
 * ```ts
 * isDict(new Map()) // true
 * ```
 */
export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map
/**
 * Is this value a stream?
 *
 * @example
 * ```ts
 * isStream({ dict: new Map(), start: 0, end: 10 }) // true
 * ```
 */
export const isStream = (v: PdfValue | undefined): v is PdfStream =>
  typeof v === 'object' && v !== null && 'dict' in v && 'start' in v

/** A cursor over bytes: the position moves forward only, so every scan ends. */
class Cursor {
  pos: number
  constructor(
    readonly b: Uint8Array,
    pos: number,
  ) {
    this.pos = pos
  }

  skipSpace(): void {
    const b = this.b
    while (this.pos < b.length) {
      const c = b[this.pos]!
      if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++
      } else if (SPECIAL[c] === 1) this.pos++
      else return
    }
  }

  token(depth = 0): Token | undefined {
    this.skipSpace()
    const b = this.b
    if (this.pos >= b.length) return undefined
    const c = b[this.pos]!
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number()
    if (c === 0x2f) return this.name()
    if (c === 0x28) {
      this.skipString()
      return STRING
    }
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2
        return this.dict(depth)
      }
      while (this.pos < b.length && b[this.pos] !== 0x3e) this.pos++
      this.pos++
      return STRING
    }
    if (c === 0x5b) {
      this.pos++
      return this.array(depth)
    }
    if (SPECIAL[c] === 2) {
      // ']', '>>', ')' … out of place, or '{' '}'
      if (c === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2
        return { kw: '>>' }
      }
      this.pos++
      return { kw: String.fromCharCode(c) }
    }
    const start = this.pos
    while (this.pos < b.length && SPECIAL[b[this.pos]!] === 0 && this.pos - start < 128) this.pos++
    const kw = latin1(b, start, this.pos)
    if (kw === 'true') return true
    if (kw === 'false') return false
    if (kw === 'null') return null
    return { kw }
  }

  number(): number {
    const b = this.b
    const start = this.pos
    if (b[this.pos] === 0x2b || b[this.pos] === 0x2d) this.pos++
    while (this.pos < b.length && ((b[this.pos]! >= 0x30 && b[this.pos]! <= 0x39) || b[this.pos] === 0x2e))
      this.pos++
    const v = Number(latin1(b, start, this.pos))
    return Number.isFinite(v) ? v : 0
  }

  name(): PdfName {
    const b = this.b
    this.pos++
    let s = ''
    while (this.pos < b.length && SPECIAL[b[this.pos]!] === 0 && s.length < 256) {
      const c = b[this.pos]!
      if (c === 0x23 && isHex(b[this.pos + 1]) && isHex(b[this.pos + 2])) {
        s += String.fromCharCode(Number.parseInt(latin1(b, this.pos + 1, this.pos + 3), 16))
        this.pos += 3
      } else {
        s += String.fromCharCode(c)
        this.pos++
      }
    }
    return { name: s }
  }

  skipString(): void {
    const b = this.b
    let depth = 0
    while (this.pos < b.length) {
      const c = b[this.pos++]
      if (c === 0x5c) this.pos++
      else if (c === 0x28) depth++
      else if (c === 0x29 && --depth === 0) return
    }
  }

  array(depth: number): PdfValue[] {
    if (depth > MAX_NESTING) fail('nesting')
    const out: PdfValue[] = []
    for (;;) {
      const t = this.value(depth + 1)
      if (t === undefined) fail('unterminated array')
      if (isKeyword(t, ']')) return out
      if (isKeyword(t)) continue
      out.push(t as PdfValue)
    }
  }

  dict(depth: number): Map<string, PdfValue> {
    if (depth > MAX_NESTING) fail('nesting')
    const out = new Map<string, PdfValue>()
    for (;;) {
      const k = this.token(depth + 1)
      if (k === undefined) fail('unterminated dictionary')
      if (isKeyword(k, '>>')) return out
      if (!isName(k as PdfValue)) continue
      const v = this.value(depth + 1)
      if (v === undefined) fail('unterminated dictionary')
      if (isKeyword(v, '>>')) return out
      if (!isKeyword(v)) out.set((k as PdfName).name, v as PdfValue)
    }
  }

  /** A token, with `num gen R` read as one reference. */
  value(depth = 0): Token | undefined {
    const t = this.token(depth)
    if (typeof t === 'number' && Number.isInteger(t) && t >= 0) {
      const save = this.pos
      const g = this.token(depth)
      if (typeof g === 'number' && Number.isInteger(g) && g >= 0) {
        const r = this.token(depth)
        if (isKeyword(r, 'R')) return { num: t, gen: g }
      }
      this.pos = save
    }
    return t
  }
}

const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = ''
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!)
  return s
}

type XrefEntry = { readonly offset: number } | { readonly stream: number; readonly index: number }

/** An opened PDF: objects on demand, the pages in order. */
export interface PdfObjects {
  /** The value, with references followed (up to a bound). */
  resolve(v: PdfValue | undefined): PdfValue | undefined
  /** The decoded bytes of a stream (Flate only); throws `Unsupported` otherwise. */
  decode(s: PdfStream): Uint8Array
  /** Each page's dictionary, with its inherited `/Resources`. */
  readonly pages: readonly PdfPageObject[]
}

/** A page of the page tree. */
export interface PdfPageObject {
  readonly dict: PdfDict
  readonly resources: PdfDict | undefined
}

/**
 * Opens a PDF's objects, or says it cannot (`undefined`): encrypted, broken, or using what this
 * reader does not read. Never throws.
 *
 * @param bytes - the PDF
 * @param inflate - the platform's inflate
 * @param maxPages - most pages walked
 * @returns the objects and pages, or `undefined`
 * @example
 * ```ts
 * const pdf = openPdfObjects(bytes, inflate, 2000)
 * pdf?.pages.length
 * ```
 */
export function openPdfObjects(
  bytes: Uint8Array,
  inflate: Inflate,
  maxPages: number,
): PdfObjects | undefined {
  try {
    return open(bytes, inflate, maxPages)
  } catch {
    return undefined
  }
}

function open(b: Uint8Array, inflate: Inflate, maxPages: number): PdfObjects {
  const xref = new Map<number, XrefEntry>()
  const cache = new Map<number, PdfValue>()
  const objStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number> }>()
  const loading = new Set<number>()

  const resolve = (v: PdfValue | undefined): PdfValue | undefined => {
    for (let hops = 0; isRef(v); hops++) {
      if (hops > 32) fail('reference chain')
      v = getObject(v.num)
    }
    return v
  }

  const getObject = (num: number): PdfValue => {
    const hit = cache.get(num)
    if (hit !== undefined) return hit
    const e = xref.get(num)
    if (e === undefined || ('offset' in e && e.offset < 0)) return null
    if (loading.has(num)) fail('object refers to itself')
    loading.add(num)
    try {
      const v = 'offset' in e ? readIndirect(e.offset, num) : fromObjStream(e.stream, num)
      cache.set(num, v)
      return v
    } finally {
      loading.delete(num)
    }
  }

  const readIndirect = (offset: number, num?: number): PdfValue => {
    const c = new Cursor(b, offset)
    const n = c.token()
    const g = c.token()
    const o = c.token()
    if (typeof n !== 'number' || typeof g !== 'number' || !isKeyword(o, 'obj')) fail('no object at offset')
    if (num !== undefined && n !== num) fail('object number mismatch')
    const v = c.value()
    if (v === undefined || isKeyword(v)) fail('empty object')
    const value = v as PdfValue
    if (!isDict(value)) return value
    const save = c.pos
    const kw = c.token()
    if (!isKeyword(kw, 'stream')) {
      c.pos = save
      return value
    }
    let start = c.pos
    if (b[start] === 0x0d) start++
    if (b[start] === 0x0a) start++
    const len = resolve(value.get('Length'))
    let end = typeof len === 'number' && Number.isInteger(len) && len >= 0 ? start + len : -1
    if (end < 0 || end > b.length || !endstreamAt(b, end)) end = findEndstream(b, start)
    return { dict: value, start, end }
  }

  const fromObjStream = (streamNum: number, num: number): PdfValue => {
    let os = objStreams.get(streamNum)
    if (os === undefined) {
      const s = resolve(getObject(streamNum))
      if (!isStream(s)) fail('object stream')
      const data = decode(s as PdfStream)
      const n = (s as PdfStream).dict.get('N')
      const first = (s as PdfStream).dict.get('First')
      if (typeof n !== 'number' || typeof first !== 'number' || n < 0 || n > 1e6) fail('object stream header')
      const c = new Cursor(data, 0)
      const offsets = new Map<number, number>()
      for (let i = 0; i < (n as number); i++) {
        const on = c.token()
        const off = c.token()
        if (typeof on !== 'number' || typeof off !== 'number') break
        if (!offsets.has(on)) offsets.set(on, (first as number) + off)
      }
      os = { data, offsets }
      objStreams.set(streamNum, os)
    }
    const at = os.offsets.get(num)
    if (at === undefined) return null
    const v = new Cursor(os.data, at).value()
    return v === undefined || isKeyword(v) ? null : (v as PdfValue)
  }

  const decode = (s: PdfStream): Uint8Array => {
    let data = b.subarray(s.start, Math.max(s.start, s.end))
    const filter = resolve(s.dict.get('Filter') ?? s.dict.get('F'))
    const filters: (PdfValue | undefined)[] = Array.isArray(filter)
      ? (filter as readonly PdfValue[]).map((f) => resolve(f))
      : filter == null
        ? []
        : [filter]
    const rawParams = resolve(s.dict.get('DecodeParms') ?? s.dict.get('DP'))
    const params: (PdfValue | undefined)[] = Array.isArray(rawParams)
      ? (rawParams as readonly PdfValue[]).map((p) => resolve(p))
      : [rawParams]
    if (filters.length > 4) fail('too many filters')
    filters.forEach((f, i) => {
      if (!isName(f, 'FlateDecode') && !isName(f, 'Fl')) fail('filter')
      data = inflate(data)
      if (data.length > MAX_DECODED) fail('stream too large')
      const p = params[i]
      if (isDict(p)) data = unpredict(data, p)
    })
    return data
  }

  const unpredict = (data: Uint8Array, p: PdfDict): Uint8Array => {
    const predictor = resolve(p.get('Predictor'))
    if (predictor === undefined || predictor === 1) return data
    if (typeof predictor !== 'number' || predictor < 10) fail('predictor')
    const colors = num(resolve(p.get('Colors')), 1)
    const bpc = num(resolve(p.get('BitsPerComponent')), 8)
    const columns = num(resolve(p.get('Columns')), 1)
    if (colors < 1 || colors > 32 || bpc !== 8 || columns < 1 || columns > 1 << 20) fail('predictor params')
    const bpp = colors
    const row = colors * columns
    const rows = Math.floor(data.length / (row + 1))
    const out = new Uint8Array(rows * row)
    const prior = new Uint8Array(row)
    for (let r = 0; r < rows; r++) {
      const kind = data[r * (row + 1)]
      const src = r * (row + 1) + 1
      const cur = out.subarray(r * row, (r + 1) * row)
      for (let i = 0; i < row; i++) {
        const x = data[src + i]!
        const left = i >= bpp ? cur[i - bpp]! : 0
        const up = prior[i]!
        const ul = i >= bpp ? prior[i - bpp]! : 0
        let v: number
        if (kind === 0) v = x
        else if (kind === 1) v = x + left
        else if (kind === 2) v = x + up
        else if (kind === 3) v = x + ((left + up) >> 1)
        else if (kind === 4) {
          const pa = Math.abs(up - ul)
          const pb = Math.abs(left - ul)
          const pc = Math.abs(left + up - 2 * ul)
          v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : ul)
        } else fail('PNG predictor type')
        cur[i] = v! & 0xff
      }
      prior.set(cur)
    }
    return out
  }

  // the cross-reference: newest section first, an older one never overrides
  let trailer: PdfDict | undefined
  const seen = new Set<number>()
  let at: number | undefined = startxref(b)
  for (let sections = 0; at !== undefined; sections++) {
    if (sections > MAX_XREF_SECTIONS || seen.has(at) || at < 0 || at >= b.length) fail('xref chain')
    seen.add(at)
    const dict = readXrefSection(b, at, xref, (s) => decode(s))
    trailer ??= dict
    const stm = dict.get('XRefStm')
    if (typeof stm === 'number' && !seen.has(stm) && stm > 0 && stm < b.length) {
      seen.add(stm)
      readXrefSection(b, stm, xref, (s) => decode(s))
    }
    const prev = dict.get('Prev')
    at = typeof prev === 'number' ? prev : undefined
  }
  if (trailer === undefined) fail('no trailer')
  if ((trailer as PdfDict).has('Encrypt')) fail('encrypted')
  const root = resolve((trailer as PdfDict).get('Root'))
  if (!isDict(root)) fail('no catalog')
  const pages: PdfPageObject[] = []
  const visited = new Set<PdfValue>()
  const walk = (node: PdfValue | undefined, resources: PdfDict | undefined, depth: number): void => {
    if (depth > MAX_NESTING || pages.length > maxPages) fail('page tree')
    const d = resolve(node)
    if (!isDict(d) || visited.has(d)) fail('page tree node')
    visited.add(d as PdfDict)
    const own = resolve((d as PdfDict).get('Resources'))
    const res = isDict(own) ? own : resources
    const kids = resolve((d as PdfDict).get('Kids'))
    if (Array.isArray(kids) && !isName((d as PdfDict).get('Type'), 'Page')) {
      for (const k of kids) walk(k, res, depth + 1)
    } else pages.push({ dict: d as PdfDict, resources: res })
  }
  walk((root as PdfDict).get('Pages'), undefined, 0)
  return { resolve, decode, pages }
}

const num = (v: PdfValue | undefined, fallback: number): number => (typeof v === 'number' ? v : fallback)

function endstreamAt(b: Uint8Array, end: number): boolean {
  let p = end
  while (p < b.length && p < end + 4 && SPECIAL[b[p]!] === 1) p++
  return latin1(b, p, p + 9) === 'endstream'
}

function findEndstream(b: Uint8Array, start: number): number {
  const limit = b.length - 9
  for (let p = start; p <= limit; p++) {
    if (b[p] === 0x65 && b[p + 1] === 0x6e && b[p + 2] === 0x64 && latin1(b, p, p + 9) === 'endstream') {
      let end = p
      if (b[end - 1] === 0x0a) end--
      if (b[end - 1] === 0x0d) end--
      return Math.max(start, end)
    }
  }
  return fail('no endstream')
}

function startxref(b: Uint8Array): number {
  const from = Math.max(0, b.length - 1024)
  for (let p = b.length - 9; p >= from; p--) {
    if (b[p] === 0x73 && latin1(b, p, p + 9) === 'startxref') {
      const v = new Cursor(b, p + 9).token()
      if (typeof v === 'number' && Number.isInteger(v)) return v
      break
    }
  }
  return fail('no startxref')
}

function readXrefSection(
  b: Uint8Array,
  at: number,
  xref: Map<number, XrefEntry>,
  decode: (s: PdfStream) => Uint8Array,
): PdfDict {
  const c = new Cursor(b, at)
  const first = c.token()
  if (isKeyword(first, 'xref')) {
    for (let sub = 0; ; sub++) {
      if (sub > 1e5) fail('xref subsections')
      const save = c.pos
      const start = c.token()
      if (isKeyword(start, 'trailer')) break
      const count = c.token()
      if (typeof start !== 'number' || typeof count !== 'number' || start < 0 || count < 0) {
        c.pos = save
        fail('xref table')
      }
      for (let i = 0; i < (count as number); i++) {
        const off = c.token()
        const gen = c.token()
        const kind = c.token()
        if (typeof off !== 'number' || typeof gen !== 'number' || !isKeyword(kind)) fail('xref entry')
        const n = (start as number) + i
        if (!xref.has(n)) {
          if ((kind as Keyword).kw === 'n' && (off as number) > 0) xref.set(n, { offset: off as number })
          else if ((kind as Keyword).kw === 'f') xref.set(n, { offset: -1 })
        }
      }
    }
    const t = c.value()
    if (!isDict(t as PdfValue)) fail('trailer')
    return t as PdfDict
  }
  // an xref stream: `n g obj << /Type /XRef … >> stream`
  const g = c.token()
  const o = c.token()
  if (typeof first !== 'number' || typeof g !== 'number' || !isKeyword(o, 'obj')) fail('xref')
  const d = c.value()
  if (!isDict(d as PdfValue) || !isKeyword(c.token(), 'stream')) fail('xref stream')
  const dict = d as PdfDict
  let start = c.pos
  if (b[start] === 0x0d) start++
  if (b[start] === 0x0a) start++
  const len = dict.get('Length')
  let end = typeof len === 'number' && len >= 0 ? start + len : -1
  if (end < 0 || end > b.length || !endstreamAt(b, end)) end = findEndstream(b, start)
  const data = decode({ dict, start, end })
  const w = dict.get('W')
  const size = dict.get('Size')
  if (!Array.isArray(w) || w.length < 3 || typeof size !== 'number') fail('xref stream W')
  const [w0, w1, w2] = (w as PdfValue[]).map((x) => (typeof x === 'number' ? x : -1)) as [
    number,
    number,
    number,
  ]
  if (w0 < 0 || w1 < 0 || w2 < 0 || w0 > 8 || w1 > 8 || w2 > 8) fail('xref stream W')
  const index = dict.get('Index')
  const ranges = Array.isArray(index) ? (index as PdfValue[]) : [0, size as number]
  const rowLen = w0 + w1 + w2
  if (rowLen === 0) fail('xref stream W')
  let p = 0
  const field = (width: number, dflt: number): number => {
    if (width === 0) return dflt
    let v = 0
    for (let i = 0; i < width; i++) v = v * 256 + (data[p++] ?? 0)
    return v
  }
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const s = ranges[r]
    const n = ranges[r + 1]
    if (typeof s !== 'number' || typeof n !== 'number' || s < 0 || n < 0) fail('xref stream index')
    for (let i = 0; i < (n as number) && p + rowLen <= data.length; i++) {
      const type = field(w0, 1)
      const f2 = field(w1, 0)
      const f3 = field(w2, 0)
      const objNum = (s as number) + i
      if (xref.has(objNum)) continue
      if (type === 1) xref.set(objNum, { offset: f2 })
      else if (type === 2) xref.set(objNum, { stream: f2, index: f3 })
      else if (type === 0) xref.set(objNum, { offset: -1 })
    }
  }
  return dict
}
