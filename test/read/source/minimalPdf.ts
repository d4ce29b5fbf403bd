import { deflateSync } from 'node:zlib'

/** What a test PDF holds: a one-page PDF drawn by `content`, with a Form XObject `/X1`. */
export interface MinimalPdf {
  /** The page's content stream. */
  readonly content: string
  /** The form's content stream (`/X1 Do` draws it). */
  readonly form?: string
  /** The form's `/Matrix`. */
  readonly formMatrix?: readonly number[]
  /** Compress the streams with Flate. */
  readonly flate?: boolean
  /** Split the page's content into an array of two streams at this offset. */
  readonly splitAt?: number
  /** Extra entries of the trailer (e.g. `/Encrypt 9 0 R`). */
  readonly trailer?: string
  /** The content stream's filter, as written (e.g. `/LZWDecode`), instead of Flate or none. */
  readonly filter?: string
  /** Extra entries of the page's `/Resources`. */
  readonly resources?: string
}

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)

/** Builds a small, valid PDF (classic cross-reference table) for the rulings tests. */
export function minimalPdf(spec: MinimalPdf): Uint8Array {
  const stream = (body: string, dict = ''): Uint8Array => {
    const raw = latin1(body)
    const data = spec.flate ? deflateSync(raw) : raw
    const filter = spec.flate ? '/Filter /FlateDecode ' : ''
    return concat([
      latin1(`<< ${filter}${dict}/Length ${data.length} >>\nstream\n`),
      data,
      latin1('\nendstream'),
    ])
  }
  const at = spec.splitAt ?? -1
  const pieces = at >= 0 ? [spec.content.slice(0, at), spec.content.slice(at)] : [spec.content]
  const contentObjs = pieces.map((p) =>
    spec.filter !== undefined
      ? latin1(`<< /Filter ${spec.filter} /Length ${p.length} >>\nstream\n${p}\nendstream`)
      : stream(p),
  )
  const m = spec.formMatrix ? `/Matrix [${spec.formMatrix.join(' ')}] ` : ''
  const objs: Uint8Array[] = [
    latin1('<< /Type /Catalog /Pages 2 0 R >>'),
    latin1('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    latin1(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /XObject << /X1 4 0 R >> ${spec.resources ?? ''}>> /Contents [${contentObjs.map((_, i) => `${5 + i} 0 R`).join(' ')}] >>`,
    ),
    stream(spec.form ?? '', `/Type /XObject /Subtype /Form /BBox [0 0 400 300] ${m}`),
    ...contentObjs,
  ]
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n')]
  let offset = parts[0]!.length
  const offsets: number[] = []
  objs.forEach((o, i) => {
    offsets.push(offset)
    const chunk = concat([latin1(`${i + 1} 0 obj\n`), o, latin1('\nendobj\n')])
    parts.push(chunk)
    offset += chunk.length
  })
  const xref = [
    'xref',
    `0 ${objs.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objs.length + 1} /Root 1 0 R ${spec.trailer ?? ''}>>`,
    'startxref',
    String(offset),
    '%%EOF',
  ].join('\n')
  parts.push(latin1(xref))
  return concat(parts)
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
