import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadSample } from '../../../src/samples/index'
import { buildTables } from '../../../src/tables/builders/buildTables'
import { HENAN_BUDGET_2024_TABLES } from '../../../src/tables/templates/henanBudget2024'
import { HENAN_BUDGET_2025_TABLES } from '../../../src/tables/templates/henanBudget2025'
import { compareTables, type Disagreement } from './golden/compareTables'
import { reconstructHenan } from './golden/reconstructHenan'

const GOLDEN = (seed: string) => new URL(`../../fixtures/golden/${seed}.json`, import.meta.url)

function rebuildDiffs(seed: '000' | '003' | '004'): Disagreement[] {
  const doc = loadSample(seed)
  const tables = buildTables({
    lineItems: reconstructHenan(doc),
    department: doc.department,
    units: doc.units,
    fiscalYear: doc.fiscalYear,
    template: seed === '003' ? HENAN_BUDGET_2025_TABLES : HENAN_BUDGET_2024_TABLES,
    decimals: seed === '004' ? 1 : 2,
  })
  return doc.tables.flatMap((printed) => {
    const rebuilt = tables.find((t) => t.kind === printed.kind)
    return rebuilt ? compareTables(printed, rebuilt) : []
  })
}

describe('golden: rebuild a seed from its reconstructed line items', () => {
  for (const seed of ['000', '003', '004'] as const) {
    it(`seed ${seed}: every difference from the print is a recorded one`, () => {
      const diffs = rebuildDiffs(seed)
      if (process.env.UPDATE_GOLDEN === '1') {
        writeFileSync(
          GOLDEN(seed),
          `${JSON.stringify({ generatedBy: 'UPDATE_GOLDEN=1 npx vitest run test/tables/builders/buildTables.golden.test.ts', seed, disagreements: diffs }, null, 2)}\n`,
        )
      }
      const golden = JSON.parse(readFileSync(GOLDEN(seed), 'utf8')) as { disagreements: Disagreement[] }
      expect(diffs).toEqual(golden.disagreements)
    })
  }
})
