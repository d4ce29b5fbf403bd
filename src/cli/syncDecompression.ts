/**
 * A `DecompressionStream` for the worker threads of a batch that inflates each stream in one
 * synchronous call of Node's zlib. PDF.js hands every Flate stream it decodes (page contents, fonts)
 * to `DecompressionStream` whole and reads the result whole; Node's own implementation runs it as a
 * zlib stream in libuv's thread pool, in 16 kB pieces, each a round trip between threads and a few
 * promises. With two jobs on two cores that traffic is CPU the jobs compete for; here the same zlib
 * does the same work on the job's own thread, once. Same results: what zlib rejects (a truncated or
 * corrupt stream, or one inflating beyond {@link MAX_SYNC_INFLATED}) errors the stream as Node's
 * does, and PDF.js falls back to its own inflate as before. Formats other than `deflate`,
 * `deflate-raw` and `gzip` go to the platform's implementation.
 * @module
 */
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib'

/**
 * Most bytes one stream may inflate to here; beyond, the stream errors and PDF.js inflates it itself.
 *
 * @example
 * ```ts
 * MAX_SYNC_INFLATED // 67108864
 * ```
 */
export const MAX_SYNC_INFLATED = 64 * 1024 * 1024

const INFLATE = { deflate: inflateSync, 'deflate-raw': inflateRawSync, gzip: gunzipSync } as const

/**
 * Builds the synchronous `DecompressionStream` class over the platform's (used for other formats).
 *
 * @param platform - the platform's `DecompressionStream`, or `undefined`
 * @returns a class with the `DecompressionStream` interface
 * @example
 * ```ts
 * globalThis.DecompressionStream = syncDecompressionStream(globalThis.DecompressionStream)
 * ```
 */
export function syncDecompressionStream(
  platform: typeof DecompressionStream | undefined,
): typeof DecompressionStream {
  class SyncDecompressionStream {
    readonly readable!: ReadableStream<Uint8Array>
    readonly writable!: WritableStream<ArrayBufferView | ArrayBuffer>
    constructor(format: string) {
      const inflate = Object.hasOwn(INFLATE, format) ? INFLATE[format as keyof typeof INFLATE] : undefined
      if (inflate === undefined) {
        if (platform === undefined) throw new TypeError(`unsupported compression format: ${format}`)
        // biome-ignore lint/correctness/noConstructorReturn: other formats are the platform's own stream
        return new platform(
          format as ConstructorParameters<typeof DecompressionStream>[0],
        ) as unknown as SyncDecompressionStream
      }
      const chunks: Uint8Array[] = []
      let out!: ReadableStreamDefaultController<Uint8Array>
      this.readable = new ReadableStream<Uint8Array>({
        start: (controller) => {
          out = controller
        },
      })
      this.writable = new WritableStream<ArrayBufferView | ArrayBuffer>({
        write: (chunk) => {
          chunks.push(
            ArrayBuffer.isView(chunk)
              ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
              : new Uint8Array(chunk),
          )
        },
        close: () => {
          try {
            const input = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
            out.enqueue(new Uint8Array(inflate(input, { maxOutputLength: MAX_SYNC_INFLATED })))
            out.close()
          } catch (e) {
            out.error(e)
            throw e
          }
        },
        abort: (reason) => out.error(reason),
      })
    }
  }
  return SyncDecompressionStream as unknown as typeof DecompressionStream
}
