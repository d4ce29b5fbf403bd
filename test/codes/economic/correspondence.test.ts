import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowedGovernmentCodes } from '../../../src/codes/economic/allowedGovernmentCodes'
import {
  type CorrespondenceRule,
  type EconomicUnitType,
  economicCorrespondence,
} from '../../../src/codes/economic/correspondence'
import { defaultGovernmentCode } from '../../../src/codes/economic/defaultGovernmentCode'
import {
  type DeptEconomicCode,
  departmentEconomicEntries,
} from '../../../src/codes/economic/department.generated'
import { governmentEconomicCatalog } from '../../../src/codes/economic/governmentEconomicCatalog'
import { readSeedEconomicTable, SEED_ECONOMIC_TABLES } from './seedEconomicRows'

const UNIT_TYPES: readonly EconomicUnitType[] = ['行政', '事业', '参公']

describe('economicCorrespondence', () => {
  it('has a rule for every department code and for nothing else', () => {
    expect(Object.keys(economicCorrespondence).sort()).toEqual(
      departmentEconomicEntries.map((e) => e.code).sort(),
    )
  })

  it('fails to compile when a department code has no rule', () => {
    const { '30101': _dropped, ...incomplete } = economicCorrespondence
    // @ts-expect-error 30101 is missing: a department code without a mapping must not compile
    const checked = incomplete satisfies Record<DeptEconomicCode, CorrespondenceRule>
    expect(Object.hasOwn(checked, '30101')).toBe(false)
  })

  it('default is among the allowed codes, and every allowed code is in the government catalog, at the same level', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...departmentEconomicEntries),
        fc.constantFrom(...UNIT_TYPES),
        (entry, unitType) => {
          const allowed = allowedGovernmentCodes(entry.code)
          const fallback = defaultGovernmentCode(entry.code, { unitType })
          if (allowed.status !== 'known' || fallback.status !== 'known') return false
          if (!allowed.codes.includes(fallback.code)) return false
          return allowed.codes.every(
            (g) => governmentEconomicCatalog.has(g) && g.length === entry.code.length,
          )
        },
      ),
      { seed: 20261122, numRuns: 500 },
    )
  }, 30_000)

  it('lists each allowed code once, with provenance', () => {
    for (const [dept, rule] of Object.entries(economicCorrespondence)) {
      const codes = rule.allowed.map((t) => t.code)
      expect(new Set(codes).size, dept).toBe(codes.length)
      for (const t of rule.allowed) expect(t.provenance.length, `${dept} → ${t.code}`).toBeGreaterThan(0)
    }
  })

  it('a 款 maps into the government 类 its 类 maps to', () => {
    for (const [dept, rule] of Object.entries(economicCorrespondence)) {
      if (dept.length !== 5) continue
      const parentTargets = economicCorrespondence[dept.slice(0, 3) as DeptEconomicCode].allowed.map(
        (t) => t.code,
      )
      for (const t of rule.allowed) expect(parentTargets, `${dept} → ${t.code}`).toContain(t.code.slice(0, 3))
    }
  })

  it('names a seed table in a pair’s provenance exactly when that table prints the pair', () => {
    const printed = new Set<string>()
    for (const t of SEED_ECONOMIC_TABLES) {
      for (const r of readSeedEconomicTable(t)) {
        if (r.dept && r.gov && r.deptReadable && r.govReadable) {
          printed.add(`${r.dept.code}>${r.gov.code}>${t.seed}>${t.table}`)
        }
      }
    }
    const claimed = new Set<string>()
    for (const [dept, rule] of Object.entries(economicCorrespondence)) {
      for (const t of rule.allowed) {
        for (const p of t.provenance)
          if (p.kind === 'seed') claimed.add(`${dept}>${t.code}>${p.seed}>${p.table}`)
      }
    }
    expect([...claimed].sort()).toEqual([...printed].sort())
    expect(printed.size).toBeGreaterThanOrEqual(80)
  })

  it('sends a 事业单位’s wages and goods to 505 and its capital spending to 506', () => {
    for (const [dept, rule] of Object.entries(economicCorrespondence)) {
      const shiye = rule.defaults.事业
      if (dept.startsWith('301')) expect(shiye.startsWith('505'), dept).toBe(true)
      if (dept.startsWith('302')) expect(shiye.startsWith('505'), dept).toBe(true)
      if (dept.startsWith('309') || dept.startsWith('310')) expect(shiye.startsWith('506'), dept).toBe(true)
      // 参公 units are 机关 in the government classification
      expect(rule.defaults.参公, dept).toBe(rule.defaults.行政)
    }
  })
})
