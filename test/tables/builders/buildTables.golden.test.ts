import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FactKey } from '../../../src/model/factKeys'
import { loadSample } from '../../../src/samples/index'
import { buildTables } from '../../../src/tables/builders/buildTables'
import type { ThreePublicFigures } from '../../../src/tables/builders/types'
import { HEBEI_BUDGET_2024_TABLES } from '../../../src/tables/templates/hebeiBudget2024'
import { HENAN_BUDGET_2024_TABLES } from '../../../src/tables/templates/henanBudget2024'
import { HENAN_BUDGET_2025_TABLES } from '../../../src/tables/templates/henanBudget2025'
import { NATIONAL_FINAL_ACCOUNT_TABLES } from '../../../src/tables/templates/nationalFinalAccount'
import type { TableTemplate } from '../../../src/tables/templates/types'
import { compareTables, type Disagreement } from './golden/compareTables'
import { reconstructByXiang } from './golden/reconstructByXiang'
import { reconstructHenan } from './golden/reconstructHenan'

const GOLDEN = (seed: string) => new URL(`../../fixtures/golden/${seed}.json`, import.meta.url)

type Seed = '000' | '001' | '002' | '003' | '004'

const TEMPLATE: Record<Seed, TableTemplate> = {
  '000': HENAN_BUDGET_2024_TABLES,
  '001': HEBEI_BUDGET_2024_TABLES,
  '002': NATIONAL_FINAL_ACCOUNT_TABLES,
  '003': HENAN_BUDGET_2025_TABLES,
  '004': HENAN_BUDGET_2024_TABLES,
}

/** 公开09表 prints the "三公" budget: the rebuild takes it as given (line items are actuals). */
function threePublicBudget(seed: Seed): ThreePublicFigures | undefined {
  if (seed !== '002') return undefined
  const row = loadSample(seed)
    .tables.find((t) => t.kind === 'three-public')
    ?.rows.find((r) => r.key === 'fa.budget')
  const keys: (keyof ThreePublicFigures & FactKey)[] = [
    '3p.abroad',
    '3p.vehicle.purchase',
    '3p.vehicle.operation',
    '3p.reception',
  ]
  return Object.fromEntries(keys.map((k) => [k, row?.cells[k] ?? '']).filter(([, v]) => v !== ''))
}

function rebuildDiffs(seed: Seed): Disagreement[] {
  const doc = loadSample(seed)
  const budget = threePublicBudget(seed)
  const tables = buildTables({
    lineItems: seed === '001' || seed === '002' ? reconstructByXiang(doc) : reconstructHenan(doc),
    department: { code: doc.department.code ?? '', name: doc.department.name },
    units: doc.units,
    fiscalYear: doc.fiscalYear,
    template: TEMPLATE[seed],
    decimals: seed === '004' ? 1 : 2,
    ...(budget ? { threePublicBudget: budget } : {}),
  })
  return doc.tables.flatMap((printed) => {
    const rebuilt = tables.find((t) => t.kind === printed.kind)
    return rebuilt ? compareTables(printed, rebuilt) : []
  })
}

describe('golden: rebuild a seed from its reconstructed line items', () => {
  for (const seed of ['000', '001', '002', '003', '004'] as const) {
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
