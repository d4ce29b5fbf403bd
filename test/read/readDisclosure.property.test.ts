import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { readDisclosure } from '../../src/read/readDisclosure'
import { READ_VOCABULARY } from './readVocabulary'

const vocabulary = READ_VOCABULARY

describe('readDisclosure on adversarial input', () => {
  it('terminates and throws nothing but MedbudgetError; a disclosure it returns is one the model accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }).map((parts) => parts.join('')),
        ),
        async (text) => {
          try {
            const result = await readDisclosure(text)
            if (result.status === 'disclosure')
              expect(() => parseDisclosure(JSON.parse(JSON.stringify(result.disclosure)))).not.toThrow()
            else expect(result.reason.zh.length).toBeGreaterThan(0)
          } catch (e) {
            expect(isMedbudgetError(e)).toBe(true)
          }
        },
      ),
      { seed: 42, numRuns: 150 },
    )
  }, 60_000)

  it('says "not a disclosure" for a notice, and NO_TEXT_LAYER for no text', async () => {
    const notice = await readDisclosure(
      '关于公开2024年部门预算的通知\n各单位：请按要求做好预算公开工作。\n特此通知。',
    )
    expect(notice.status).toBe('not-a-disclosure')
    await expect(readDisclosure('   \n  ')).rejects.toMatchObject({ code: 'NO_TEXT_LAYER' })
  })

  it('rejects bytes that are not a PDF with a typed error', async () => {
    await expect(readDisclosure(new Uint8Array([1, 2, 3, 4]))).rejects.toSatisfy((e: unknown) =>
      isMedbudgetError(e),
    )
  })
})
