import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { renderReconciliationDocs } from '../../scripts/reconciliation-docs'
import { RULES } from '../../src/reconcile/rules/index'

it('docs/reconciliation.md is generated from the current rules', () => {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', 'reconciliation.md'), 'utf8')
  expect(text).toBe(renderReconciliationDocs())
  for (const rule of RULES) expect(text).toContain(`\`${rule.id}\``)
})

it('every rule has a unique id and titles in both languages', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  for (const rule of RULES) {
    expect(rule.title.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(rule.title.en).toMatch(/[A-Za-z]/)
    expect(Object.isFrozen(rule)).toBe(true)
  }
})
