import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { TextFigure } from '../../../src/model/textFigure'
import { layoutDocument } from '../../../src/read/layout/layoutDocument'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// The audited answer key of headline figures (test/fixtures/headline-figures/corpus-key.json) holds the
// expected figures only, with each document's corpus file name; the PDFs live beside the repository
// (../shared), never in it, so a fresh clone skips this.
const root = fileURLToPath(new URL('../../../../shared/corpus/pdf/', import.meta.url))
const present = existsSync(root)

interface KeyFigure {
  readonly value: string
  readonly words: readonly string[]
  readonly partOf?: string
}
interface Key {
  readonly documents: readonly { readonly file: string; readonly figures: readonly KeyFigure[] }[]
}
const key = JSON.parse(
  readFileSync(new URL('../../fixtures/headline-figures/corpus-key.json', import.meta.url), 'utf8'),
) as Key

const plain = (v: string) => v.replace(/[,，\s]/g, '')

/** Whether the reading has the key's figure: an amount in 万元 of that value, its subject naming it, under the right total. */
function readsExactly(figures: readonly TextFigure[], k: KeyFigure): boolean {
  const byId = new Map(figures.map((f) => [f.id, f]))
  return figures.some(
    (f) =>
      f.kind === 'amount' &&
      f.unit === '万元' &&
      plain(f.value) === k.value &&
      k.words.every((w) => f.subject.includes(w)) &&
      (k.partOf === undefined || plain(byId.get(f.partOf ?? '')?.value ?? '') === k.partOf),
  )
}

describe('the audited answer key of headline figures', () => {
  it('fires on a wrong attachment, and not on the right one', () => {
    const total = {
      id: 'a',
      kind: 'amount',
      value: '8.00',
      unit: '万元',
      subject: '“三公”经费',
    } as TextFigure
    const part = { id: 'b', kind: 'amount', value: '3.00', unit: '万元', subject: '公务接待费' } as TextFigure
    const k: KeyFigure = { value: '3.00', words: ['公务接待费'], partOf: '8.00' }
    expect(readsExactly([total, { ...part, partOf: 'a' }], k)).toBe(true)
    expect(readsExactly([total, part], k)).toBe(false)
    expect(readsExactly([total, { ...part, value: '3.01', partOf: 'a' }], k)).toBe(false)
  })
  it.skipIf(!present)(
    'reads at least 98% of them exactly (../shared corpus)',
    { timeout: 300_000 },
    async () => {
      let total = 0
      let read = 0
      const missed: string[] = []
      for (const doc of key.documents) {
        const prose = (await layoutDocument(readFileSync(`${root}${doc.file}`), { fileName: doc.file })).prose
        const r = readExplanatoryText(prose, { amountUnit: '万元', tables: [] })
        for (const k of doc.figures) {
          total++
          if (readsExactly(r.figures, k)) read++
          else missed.push(`${doc.file} ${k.words.join('')} ${k.value}${k.partOf ? ` ⊂ ${k.partOf}` : ''}`)
        }
      }
      console.log(`headline figures read exactly: ${read}/${total}`, missed)
      expect(read / total).toBeGreaterThanOrEqual(0.98)
    },
  )
})
