import { describe, expect, it } from 'vitest'
import { PROVINCIAL_TEMPLATE_REQUIREMENTS } from '../../src/model/provincialTemplates'
import { TABLE_KIND_LIST } from '../../src/model/tableKinds'
import { BUNDLED_TEMPLATE_REQUIREMENTS, KNOWN_TEMPLATE_REQUIREMENTS } from '../../src/model/templates'
import { BUNDLED_TABLE_TEMPLATES } from '../../src/tables/templates/bundledTableTemplates'
import { templateRequirementOf } from '../../src/tables/templates/templateRequirementOf'

describe('template requirements as data', () => {
  it('the bundled requirements are what their table templates derive', () => {
    for (const template of BUNDLED_TABLE_TEMPLATES) {
      const written = BUNDLED_TEMPLATE_REQUIREMENTS.find((r) => r.id === template.id)
      expect(templateRequirementOf(template)).toEqual(written)
    }
  })

  it('a derived requirement follows its template: another order is another requirement', () => {
    const [first, second, ...rest] = BUNDLED_TABLE_TEMPLATES[0]?.tables ?? []
    const swapped = { ...BUNDLED_TABLE_TEMPLATES[0]!, tables: [second!, first!, ...rest] }
    expect(templateRequirementOf(swapped).tables).not.toEqual(BUNDLED_TEMPLATE_REQUIREMENTS[0]?.tables)
    expect(Object.isFrozen(templateRequirementOf(swapped).tables)).toBe(true)
  })

  it('the provincial layouts are known, with distinct ids, standard kinds and no kind twice', () => {
    const ids = KNOWN_TEMPLATE_REQUIREMENTS.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of PROVINCIAL_TEMPLATE_REQUIREMENTS) {
      expect(ids).toContain(t.id)
      expect(t.tables.every((k) => TABLE_KIND_LIST.includes(k))).toBe(true)
      expect(new Set(t.tables).size).toBe(t.tables.length)
      expect(t.tables.slice(0, 4)).toEqual(['summary', 'income', 'expenditure', 'fiscal-summary'])
      expect(Object.isFrozen(t.tables)).toBe(true)
    }
    expect(PROVINCIAL_TEMPLATE_REQUIREMENTS.map((t) => t.id)).toEqual([
      'guangdong-budget-2026',
      'jiangsu-budget-2026',
      'zhejiang-budget-2026',
      'hunan-budget-2026',
      'fujian-budget-2026',
    ])
  })
})
