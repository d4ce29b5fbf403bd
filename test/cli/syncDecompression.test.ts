import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_SYNC_INFLATED, syncDecompressionStream } from '../../src/cli/syncDecompression'

const Sync = syncDecompressionStream(globalThis.DecompressionStream)

/** Writes `bytes` whole and reads the result whole, as PDF.js does. */
async function inflateWith(
  Stream: typeof DecompressionStream,
  format: string,
  bytes: Uint8Array,
): Promise<Uint8Array> {
  const { readable, writable } = new Stream(format as 'deflate')
  const writer = writable.getWriter()
  writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined)
  const chunks: Uint8Array[] = []
  for await (const chunk of readable) chunks.push(chunk)
  return new Uint8Array(Buffer.concat(chunks))
}

describe('synchronous DecompressionStream of the batch workers', () => {
  it('inflates deflate, deflate-raw and gzip as the platform does', { timeout: 120_000 }, async () => {
    const text = new TextEncoder().encode('BT /F1 12 Tf (一般公共预算支出) Tj ET\n'.repeat(2000))
    for (const [format, packed] of [
      ['deflate', deflateSync(text)],
      ['deflate-raw', deflateRawSync(text)],
      ['gzip', gzipSync(text)],
    ] as const) {
      expect(await inflateWith(Sync, format, packed)).toEqual(text)
      expect(await inflateWith(Sync, format, packed)).toEqual(
        await inflateWith(DecompressionStream, format, packed),
      )
    }
  })

  it('a truncated or corrupt stream errors (PDF.js then inflates it itself), a whole one does not', {
    timeout: 60_000,
  }, async () => {
    const packed = deflateSync(new Uint8Array(50_000).fill(7))
    await expect(inflateWith(Sync, 'deflate', packed.subarray(0, packed.length - 20))).rejects.toBeDefined()
    await expect(inflateWith(Sync, 'deflate', new Uint8Array([1, 2, 3, 4]))).rejects.toBeDefined()
    await expect(inflateWith(Sync, 'deflate', packed)).resolves.toHaveLength(50_000)
  })

  it('a stream inflating beyond the bound errors instead of filling memory', {
    timeout: 120_000,
  }, async () => {
    const bomb = deflateSync(new Uint8Array(MAX_SYNC_INFLATED + 1))
    await expect(inflateWith(Sync, 'deflate', bomb)).rejects.toBeDefined()
  })

  it('other formats go to the platform; none at all is a TypeError', () => {
    expect(() => new Sync('brotli' as 'deflate')).toThrow(TypeError)
    expect(() => new (syncDecompressionStream(undefined))('brotli' as 'deflate')).toThrow(TypeError)
    expect(new Sync('deflate').readable).toBeInstanceOf(ReadableStream)
  })

  it('any bytes: the same output as the platform, or both fail (property)', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array(deflateSync(b))),
          fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 2000 }), fc.nat()).map(([b, cut]) => {
            const d = deflateSync(b)
            return new Uint8Array(d.subarray(0, cut % d.length))
          }),
        ),
        async (bytes) => {
          const mine = await inflateWith(Sync, 'deflate', bytes).catch(() => 'error')
          const theirs = await inflateWith(DecompressionStream, 'deflate', bytes).catch(() => 'error')
          expect(mine).toEqual(theirs)
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  })
})
