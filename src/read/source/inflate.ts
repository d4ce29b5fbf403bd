/**
 * The platform's inflate for `FlateDecode` streams, as PDF.js reads them: the zlib header checked,
 * the deflate data inflated as far as it goes (a truncated stream gives what it holds), the
 * checksum not required, the output bounded. Node's `zlib` (the `/read` entry runs in Node).
 * @module
 */
import type { Inflate } from './pdfObjects'

interface ZlibApi {
  inflateRawSync(data: Uint8Array, options: { finishFlush: number; maxOutputLength: number }): Uint8Array
  readonly constants: { readonly Z_SYNC_FLUSH: number }
}

// loaded by name: the library's own types stay free of @types/node
const nodeImport = (name: string): Promise<unknown> => import(/* @vite-ignore */ name)

/** Most bytes one stream may inflate to (a zip bomb stops here, and PDF.js reads the page). */
export const MAX_INFLATED = 64 * 1024 * 1024

let cached: Promise<Inflate | undefined> | undefined

/**
 * Loads the inflate function once per process; `undefined` where `node:zlib` is not available.
 *
 * @returns the inflate function, or `undefined`
 * @example
 * ```ts
 * const inflate = await loadInflate()
 * ```
 */
export function loadInflate(): Promise<Inflate | undefined> {
  cached ??= nodeImport('node:zlib').then(
    (z: unknown) => makeInflate(z as ZlibApi),
    () => undefined,
  )
  return cached
}

function makeInflate(zlib: ZlibApi): Inflate {
  const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED }
  return (bytes) => {
    const cmf = bytes[0] ?? -1
    const flg = bytes[1] ?? -1
    // PDF.js's FlateStream: method 8, header check, no preset dictionary
    if ((cmf & 0x0f) !== 0x08 || ((cmf << 8) + flg) % 31 !== 0 || flg & 0x20)
      throw new RangeError('bad zlib header')
    return zlib.inflateRawSync(bytes.subarray(2), options)
  }
}
