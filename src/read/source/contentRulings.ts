/**
 * The ruling lines of a page read straight from its content stream: only the path operators
 * (`m l c v y h re`, the paints `S s f F f* B B* b b* n`, `q Q cm`) are acted on, Form XObjects
 * (`Do`) followed with their `/Matrix`; text operators are skipped without building glyphs. The
 * lexing and the operand rules follow PDF.js's own (`Lexer`, `EvaluatorPreprocessor`), so the
 * paths are those of `page.getOperatorList()` (compared page by page in the tests). Anything this
 * reader does not read (an inline image, a soft mask, a filter other than Flate) gives `undefined`
 * and the caller asks PDF.js instead.
 * @module
 */
import type { Ruling } from '../layout/rulings'
import {
  isDict,
  isName,
  isStream,
  type PdfDict,
  type PdfObjects,
  type PdfValue,
  Unsupported,
} from './pdfObjects'
import {
  type PathPaint,
  type RulingSink,
  rulingSink,
  sinkFormBegin,
  sinkFull,
  sinkPath,
  sinkRestore,
  sinkSave,
  sinkTransform,
} from './pdfRulings'

/** Most Form XObjects nested in one another. */
const MAX_FORM_DEPTH = 12
/** Most operators read on one page, forms included (a page of vector art is not a table). */
const MAX_OPERATORS = 5_000_000

// character classes as PDF.js has them: 1 whitespace, 2 delimiter
const SPECIAL = new Uint8Array(256)
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPECIAL[c] = 1
for (const c of [0x25, 0x28, 0x29, 0x2f, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d]) SPECIAL[c] = 2

// operators this reader acts on
const OP_OTHER = 0
const OP_MOVE = 1
const OP_LINE = 2
const OP_CURVE = 3
const OP_CURVE2 = 4
const OP_CLOSE = 5
const OP_RECT = 6
const OP_PAINT_NONE = 7
const OP_FILL = 8
const OP_STROKE = 9
const OP_CLOSE_STROKE = 10
const OP_SAVE = 11
const OP_RESTORE = 12
const OP_TRANSFORM = 13
const OP_DO = 14
const OP_GS = 15
const OP_INLINE_IMAGE = 16

interface OpSpec {
  readonly op: number
  readonly numArgs: number
  readonly variableArgs: boolean
  /** A path operator (PDF.js `moveTo` … `endPath`). */
  readonly path: boolean
}

// PDF.js's EvaluatorPreprocessor.opMap: operand counts, and the prefixes (null) its lexer knows
const spec = (op: number, numArgs: number, variableArgs = false, path = false): OpSpec => ({
  op,
  numArgs,
  variableArgs,
  path,
})
const OPS: ReadonlyMap<string, OpSpec | null> = new Map<string, OpSpec | null>([
  ['w', spec(OP_OTHER, 1)],
  ['J', spec(OP_OTHER, 1)],
  ['j', spec(OP_OTHER, 1)],
  ['M', spec(OP_OTHER, 1)],
  ['d', spec(OP_OTHER, 2)],
  ['ri', spec(OP_OTHER, 1)],
  ['i', spec(OP_OTHER, 1)],
  ['gs', spec(OP_GS, 1)],
  ['q', spec(OP_SAVE, 0)],
  ['Q', spec(OP_RESTORE, 0)],
  ['cm', spec(OP_TRANSFORM, 6)],
  ['m', spec(OP_MOVE, 2, false, true)],
  ['l', spec(OP_LINE, 2, false, true)],
  ['c', spec(OP_CURVE, 6, false, true)],
  ['v', spec(OP_CURVE2, 4, false, true)],
  ['y', spec(OP_CURVE2, 4, false, true)],
  ['h', spec(OP_CLOSE, 0, false, true)],
  ['re', spec(OP_RECT, 4, false, true)],
  ['S', spec(OP_STROKE, 0, false, true)],
  ['s', spec(OP_CLOSE_STROKE, 0, false, true)],
  ['f', spec(OP_FILL, 0, false, true)],
  ['F', spec(OP_FILL, 0, false, true)],
  ['f*', spec(OP_FILL, 0, false, true)],
  ['B', spec(OP_STROKE, 0, false, true)],
  ['B*', spec(OP_STROKE, 0, false, true)],
  ['b', spec(OP_CLOSE_STROKE, 0, false, true)],
  ['b*', spec(OP_CLOSE_STROKE, 0, false, true)],
  ['n', spec(OP_PAINT_NONE, 0, false, true)],
  ['W', spec(OP_OTHER, 0)],
  ['W*', spec(OP_OTHER, 0)],
  ['BT', spec(OP_OTHER, 0)],
  ['ET', spec(OP_OTHER, 0)],
  ['Tc', spec(OP_OTHER, 1)],
  ['Tw', spec(OP_OTHER, 1)],
  ['Tz', spec(OP_OTHER, 1)],
  ['TL', spec(OP_OTHER, 1)],
  ['Tf', spec(OP_OTHER, 2)],
  ['Tr', spec(OP_OTHER, 1)],
  ['Ts', spec(OP_OTHER, 1)],
  ['Td', spec(OP_OTHER, 2)],
  ['TD', spec(OP_OTHER, 2)],
  ['Tm', spec(OP_OTHER, 6)],
  ['T*', spec(OP_OTHER, 0)],
  ['Tj', spec(OP_OTHER, 1)],
  ['TJ', spec(OP_OTHER, 1)],
  ["'", spec(OP_OTHER, 1)],
  ['"', spec(OP_OTHER, 3)],
  ['d0', spec(OP_OTHER, 2)],
  ['d1', spec(OP_OTHER, 6)],
  ['CS', spec(OP_OTHER, 1)],
  ['cs', spec(OP_OTHER, 1)],
  ['SC', spec(OP_OTHER, 4, true)],
  ['SCN', spec(OP_OTHER, 33, true)],
  ['sc', spec(OP_OTHER, 4, true)],
  ['scn', spec(OP_OTHER, 33, true)],
  ['G', spec(OP_OTHER, 1)],
  ['g', spec(OP_OTHER, 1)],
  ['RG', spec(OP_OTHER, 3)],
  ['rg', spec(OP_OTHER, 3)],
  ['K', spec(OP_OTHER, 4)],
  ['k', spec(OP_OTHER, 4)],
  ['sh', spec(OP_OTHER, 1)],
  ['BI', spec(OP_INLINE_IMAGE, 0)],
  ['ID', spec(OP_OTHER, 0)],
  ['EI', spec(OP_OTHER, 1)],
  ['Do', spec(OP_DO, 1)],
  ['MP', spec(OP_OTHER, 1)],
  ['DP', spec(OP_OTHER, 2)],
  ['BMC', spec(OP_OTHER, 1)],
  ['BDC', spec(OP_OTHER, 2)],
  ['EMC', spec(OP_OTHER, 0)],
  ['BX', spec(OP_OTHER, 0)],
  ['EX', spec(OP_OTHER, 0)],
  ['BM', null],
  ['BD', null],
  ['true', null],
  ['fa', null],
  ['fal', null],
  ['fals', null],
  ['false', null],
  ['nu', null],
  ['nul', null],
  ['null', null],
])

/** An operand: a number, a name (`/Foo`) as `{ name }`, or anything else. */
type Operand = number | { readonly name: string } | typeof OTHER
const OTHER: unique symbol = Symbol('other')

/** PDF.js would stop reading this stream here (a `FormatError`): so does this reader. */
class StreamEnd extends Error {}

/** Path commands of PDF.js (`DrawOPS`). */
const MOVE = 0
const LINE = 1
const CURVE = 2
const CLOSE = 4

interface Scan {
  readonly pdf: PdfObjects
  readonly sink: RulingSink
  operators: number
  readonly forms: Set<PdfValue>
}

/**
 * The rulings of one page read from its content stream, or `undefined` when the page draws with
 * something this reader leaves to PDF.js. Never throws.
 *
 * @param pdf - the document's objects ({@link openPdfObjects})
 * @param pageIndex - page (0-based) in the page tree
 * @param viewport - the page's viewport transform (y downward)
 * @param pageNo - page number (1-based) written in the rulings
 * @returns the page's rulings in viewport coordinates, or `undefined`
 * @example
 * ```ts
 * const rulings = contentRulings(pdf, 0, page.getViewport({ scale: 1 }).transform, 1)
 * ```
 */
export function contentRulings(
  pdf: PdfObjects,
  pageIndex: number,
  viewport: readonly number[],
  pageNo: number,
): Ruling[] | undefined {
  try {
    const page = pdf.pages[pageIndex]
    if (page === undefined) return undefined
    const content = pdf.resolve(page.dict.get('Contents'))
    const parts: Uint8Array[] = []
    const list: readonly (PdfValue | undefined)[] = Array.isArray(content)
      ? (content as readonly PdfValue[])
      : [content as PdfValue | undefined]
    for (const part of list) {
      const s = pdf.resolve(part)
      if (isStream(s)) parts.push(pdf.decode(s))
    }
    const scan: Scan = { pdf, sink: rulingSink(viewport, pageNo), operators: 0, forms: new Set() }
    scanStream(scan, concat(parts), page.resources, 0)
    return scan.sink.out.slice()
  } catch {
    // Unsupported, or anything unexpected on a hostile file: PDF.js reads this page instead
    return undefined
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  let n = 0
  for (const p of parts) n += p.length
  const out = new Uint8Array(n)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Reads one content stream (the page's, or a form's), as PDF.js's preprocessor would. */
function scanStream(scan: Scan, b: Uint8Array, resources: PdfDict | undefined, depth: number): void {
  const { sink } = scan
  const path: number[] = []
  let args: Operand[] = []
  const pending: Operand[] = []
  let invalidPathOps = 0
  let lastWasPath = false
  let saved = 0
  let pos = 0
  const len = b.length

  // PDF.js Lexer.getNumber
  const number = (): number => {
    let ch = b[pos]!
    let divideBy = 0
    let sign = 1
    if (ch === 0x2d) {
      sign = -1
      ch = ++pos < len ? b[pos]! : -1
      if (ch === 0x2d) ch = ++pos < len ? b[pos]! : -1
    } else if (ch === 0x2b) ch = ++pos < len ? b[pos]! : -1
    while (ch === 0x0a || ch === 0x0d) ch = ++pos < len ? b[pos]! : -1
    if (ch === 0x2e) {
      divideBy = 10
      ch = ++pos < len ? b[pos]! : -1
    }
    if (ch < 0x30 || ch > 0x39) {
      if (ch === -1 || SPECIAL[ch] === 1 || ch === 0x28 || ch === 0x3c) return 0
      throw new StreamEnd()
    }
    let base = ch - 0x30
    while (++pos < len) {
      ch = b[pos]!
      if (ch >= 0x30 && ch <= 0x39) {
        if (divideBy !== 0) divideBy *= 10
        base = base * 10 + (ch - 0x30)
      } else if (ch === 0x2e) {
        if (divideBy === 0) divideBy = 1
        else break
      } else if (ch !== 0x2d) break
    }
    if (divideBy !== 0) base /= divideBy
    return sign * base
  }

  // PDF.js Lexer.getString: balanced parentheses, backslash escapes
  const skipString = (): void => {
    let parens = 1
    pos++
    while (pos < len) {
      const ch = b[pos++]!
      if (ch === 0x5c) pos++
      else if (ch === 0x28) parens++
      else if (ch === 0x29 && --parens === 0) return
    }
  }

  const name = (): { name: string } => {
    pos++
    let s = ''
    while (pos < len && !SPECIAL[b[pos]!] && s.length < 256) {
      const ch = b[pos]!
      if (ch === 0x23 && pos + 2 < len && isHex(b[pos + 1]!) && isHex(b[pos + 2]!)) {
        s += String.fromCharCode(hex(b[pos + 1]!) * 16 + hex(b[pos + 2]!))
        pos += 3
      } else {
        s += String.fromCharCode(ch)
        pos++
      }
    }
    return { name: s }
  }

  const skipSpace = (): void => {
    while (pos < len) {
      const ch = b[pos]!
      if (ch === 0x25) {
        while (pos < len && b[pos] !== 0x0a && b[pos] !== 0x0d) pos++
      } else if (SPECIAL[ch] === 1) pos++
      else return
    }
  }

  /** A command's name, as PDF.js lexes it (known prefixes end it early). */
  const command = (): string => {
    const first = b[pos]!
    let str = String.fromCharCode(first)
    pos++
    if ((first < 0x20 || first > 0x7f) && pos < len && b[pos]! >= 0x20 && b[pos]! <= 0x7f) return str
    let known = OPS.has(str)
    while (pos < len && !SPECIAL[b[pos]!]) {
      const possible = str + String.fromCharCode(b[pos]!)
      if (known && !OPS.has(possible)) break
      if (str.length === 128) throw new StreamEnd()
      str = possible
      known = OPS.has(str)
      pos++
    }
    return str
  }

  /** Skips an array or a dictionary (one operand), nested ones included. */
  const skipContainer = (): void => {
    let level = 0
    while (pos < len) {
      skipSpace()
      if (pos >= len) return
      const ch = b[pos]!
      if (ch === 0x5b) {
        level++
        pos++
      } else if (ch === 0x5d) {
        level--
        pos++
      } else if (ch === 0x3c && b[pos + 1] === 0x3c) {
        level++
        pos += 2
      } else if (ch === 0x3e && b[pos + 1] === 0x3e) {
        level--
        pos += 2
      } else if (ch === 0x28) skipString()
      else if (ch === 0x3c) skipHex()
      else if (ch === 0x2f) name()
      else if ((ch >= 0x30 && ch <= 0x39) || ch === 0x2b || ch === 0x2d || ch === 0x2e) number()
      else if (ch === 0x29) throw new StreamEnd()
      else if (SPECIAL[ch] === 2) pos++
      else command()
      if (level <= 0) return
    }
  }

  const skipHex = (): void => {
    pos++
    while (pos < len && b[pos] !== 0x3e) pos++
    pos++
  }

  const flushPath = (paint: PathPaint): void => {
    if (path.length > 0) {
      sinkPath(sink, paint, Float32Array.from(path))
      path.length = 0
    }
  }

  try {
    while (pos < len) {
      skipSpace()
      if (pos >= len) break
      const ch = b[pos]!
      if ((ch >= 0x30 && ch <= 0x39) || ch === 0x2b || ch === 0x2d || ch === 0x2e) {
        args.push(number())
      } else if (ch === 0x2f) args.push(name())
      else if (ch === 0x28) {
        skipString()
        args.push(OTHER)
      } else if (ch === 0x5b || (ch === 0x3c && b[pos + 1] === 0x3c)) {
        skipContainer()
        args.push(OTHER)
      } else if (ch === 0x3c) {
        skipHex()
        args.push(OTHER)
      } else if (ch === 0x29) throw new StreamEnd()
      else if (SPECIAL[ch] === 2) {
        // ']', '>', '>>', '{', '}' out of place: an unknown command, its operands kept
        pos += ch === 0x3e && b[pos + 1] === 0x3e ? 2 : 1
      } else {
        const cmd = command()
        if (cmd === 'true' || cmd === 'false' || cmd === 'null') {
          args.push(OTHER)
        } else {
          const op = OPS.get(cmd)
          if (op === undefined || op === null) {
            // unknown: PDF.js warns and keeps the operands for the next command
          } else {
            if (++scan.operators > MAX_OPERATORS) throw new Unsupported('too many operators')
            if (!lastWasPath) invalidPathOps = 0
            lastWasPath = op.path
            let n = args.length
            if (!op.variableArgs) {
              if (n !== op.numArgs) {
                while (n > op.numArgs) {
                  pending.push(args.shift()!)
                  n--
                }
                while (n < op.numArgs && pending.length !== 0) {
                  args.unshift(pending.pop()!)
                  n++
                }
              }
              if (n < op.numArgs) {
                if (op.path && ++invalidPathOps > 10) throw new StreamEnd()
                args = []
                continue
              }
            }
            act(op.op, args)
            args = []
          }
        }
      }
      if (args.length > 33) throw new StreamEnd()
      if (sinkFull(sink)) return
    }
  } catch (e) {
    if (!(e instanceof StreamEnd)) throw e
  }
  // PDF.js closes the states a stream left saved
  for (; saved > 0; saved--) sinkRestore(sink)

  function act(op: number, a: Operand[]): void {
    switch (op) {
      case OP_MOVE:
        path.push(MOVE, num(a[0]), num(a[1]))
        break
      case OP_LINE:
        path.push(LINE, num(a[0]), num(a[1]))
        break
      case OP_CURVE:
      case OP_CURVE2:
        path.push(CURVE, 0, 0, 0, 0, 0, 0)
        break
      case OP_CLOSE:
        path.push(CLOSE)
        break
      case OP_RECT: {
        const x = num(a[0])
        const y = num(a[1])
        const w = num(a[2])
        const h = num(a[3])
        const xw = x + w
        const yh = y + h
        if (w === 0 || h === 0) path.push(MOVE, x, y, LINE, xw, yh, CLOSE)
        else path.push(MOVE, x, y, LINE, xw, y, LINE, xw, yh, LINE, x, yh, CLOSE)
        break
      }
      case OP_PAINT_NONE:
        path.length = 0
        break
      case OP_FILL:
        flushPath(1)
        break
      case OP_STROKE:
        flushPath(2)
        break
      case OP_CLOSE_STROKE:
        path.push(CLOSE)
        flushPath(2)
        break
      case OP_SAVE:
        saved++
        sinkSave(sink)
        break
      case OP_RESTORE:
        if (saved > 0) saved--
        sinkRestore(sink)
        break
      case OP_TRANSFORM:
        if (typeof a[0] === 'number') sinkTransform(sink, a.map(num))
        break
      case OP_DO:
        doXObject(a[0])
        break
      case OP_GS:
        checkGraphicsState(a[0])
        break
      case OP_INLINE_IMAGE:
        throw new Unsupported('inline image')
    }
  }

  function lookup(category: string, operand: Operand | undefined): PdfValue | undefined {
    if (typeof operand !== 'object' || resources === undefined) return undefined
    const dict = scan.pdf.resolve(resources.get(category))
    if (!isDict(dict)) return undefined
    return dict.get(operand.name)
  }

  function checkGraphicsState(operand: Operand | undefined): void {
    const gs = scan.pdf.resolve(lookup('ExtGState', operand))
    if (!isDict(gs)) return
    const smask = scan.pdf.resolve(gs.get('SMask'))
    // a soft mask's group is drawn into the operator list: leave such a page to PDF.js
    if (smask !== undefined && !isName(smask, 'None')) throw new Unsupported('soft mask')
  }

  function doXObject(operand: Operand | undefined): void {
    const ref = lookup('XObject', operand)
    const xobj = scan.pdf.resolve(ref)
    if (!isStream(xobj)) return
    const subtype = scan.pdf.resolve(xobj.dict.get('Subtype'))
    if (!isName(subtype, 'Form')) return
    if (depth >= MAX_FORM_DEPTH || scan.forms.has(xobj)) throw new Unsupported('forms nested too deep')
    const m = scan.pdf.resolve(xobj.dict.get('Matrix'))
    let matrix: Float32Array | null = null
    if (Array.isArray(m) && m.length === 6) {
      const vals = (m as readonly PdfValue[]).map((v) => scan.pdf.resolve(v))
      if (vals.every((v) => typeof v === 'number')) matrix = Float32Array.from(vals as number[])
    }
    const own = scan.pdf.resolve(xobj.dict.get('Resources'))
    const data = scan.pdf.decode(xobj)
    scan.forms.add(xobj)
    sinkFormBegin(sink, matrix)
    scanStream(scan, data, isDict(own) ? own : resources, depth + 1)
    sinkRestore(sink)
    scan.forms.delete(xobj)
  }
}

const num = (v: Operand | undefined): number => (typeof v === 'number' ? v : Number.NaN)

const isHex = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
const hex = (c: number): number => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57)
