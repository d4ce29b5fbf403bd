import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { TextFigureSchema } from '../../../src/model/textFigure'
import { layoutDocument } from '../../../src/read/layout/layoutDocument'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// The corpus lives beside the repository (../shared), never in it: a fresh clone skips this.
const root = fileURLToPath(new URL('../../../../shared/corpus/pdf/', import.meta.url))
const present = existsSync(root)

/** One PDF of each city (the first in name order), so the run stays short. */
function onePerCity(): string[] {
  const byCity = new Map<string, string>()
  for (const f of readdirSync(root)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const city = f.split('__')[0] ?? f
    if (!byCity.has(city)) byCity.set(city, f)
  }
  return [...byCity.values()]
}

describe.skipIf(!present)('explanatory text of the corpus PDFs (../shared)', () => {
  it('reads the prose of one PDF per city without an error, into figures the model accepts', {
    timeout: 300_000,
  }, async () => {
    for (const file of onePerCity()) {
      let prose: readonly ProseLine[]
      try {
        prose = (await layoutDocument(readFileSync(`${root}${file}`), { fileName: file })).prose
      } catch {
        continue // the layout stage's own errors (no text layer …) are tested there
      }
      const r = readExplanatoryText(prose, { amountUnit: '万元', tables: [] })
      for (const f of r.figures) expect(TextFigureSchema.safeParse(f).success, `${file} ${f.id}`).toBe(true)
      expect(Object.isFrozen(r.figures)).toBe(true)
    }
  })
})
