// Every shipped sample: loads, validates against its template, round-trips byte for byte, and every
// amount printed in its tables occurs in the seed text of that table (same digits, same decimals).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellForm } from '../../src/model/cell'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { serializeDisclosure } from '../../src/model/serializeDisclosure'
import { numbersIn, readSeed, SEED_FILES, tableSection } from './seedText'

const DATA = join(__dirname, '..', '..', 'src', 'samples', 'data')
const files = existsSync(DATA) ? readdirSync(DATA).filter((f) => f.endsWith('.json')) : []

describe.each(files)('sample %s', (file) => {
  const text = readFileSync(join(DATA, file), 'utf8')
  const doc = parseDisclosure(JSON.parse(text))
  const seedFile = SEED_FILES.find((s) => s.startsWith(file.slice(0, 3)))

  it('names its seed and round-trips byte for byte', () => {
    expect(seedFile).toBeDefined()
    expect(doc.source?.file).toBe(seedFile)
    expect(serializeDisclosure(parseDisclosure(JSON.parse(text)))).toBe(text)
  })

  it('prints only amounts that stand in the seed text of the same table', () => {
    const seed = readSeed(seedFile ?? '')
    const titles = doc.tables.map((t) => t.title)
    const missing: string[] = []
    let checked = 0
    for (const table of doc.tables) {
      const section = tableSection(seed, table.title, titles)
      expect(section.length, `title of ${table.id} not found in the seed: ${table.title}`).toBeGreaterThan(0)
      const printed = new Set(numbersIn(section))
      for (const row of table.rows)
        for (const [key, cell] of Object.entries(row.cells)) {
          if (cell === undefined || cellForm(cell) !== 'amount') continue
          checked++
          if (!printed.has(cell))
            missing.push(`${table.id} / ${row.code ?? row.key ?? row.name} / ${key}: ${cell}`)
        }
    }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(20)
  })
})

it('finds the samples', () => {
  expect(files.length).toBeGreaterThan(0)
})
