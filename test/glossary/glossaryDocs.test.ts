import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GLOSSARY_DOCS_BANNER, renderGlossaryMarkdown } from '../../scripts/glossary-docs'
import { GLOSSARY } from '../../src/glossary/glossary'

const docs = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8')

describe('docs/glossary.md', () => {
  it('is up to date with the catalog (run `tsx scripts/glossary-docs.ts` after editing src/glossary)', () => {
    expect(docs).toBe(renderGlossaryMarkdown())
  })

  it('says in its first line that it is generated, and by which script', () => {
    const first = docs.split('\n')[0]
    expect(first).toBe(GLOSSARY_DOCS_BANNER)
    expect(first).toContain('scripts/glossary-docs.ts')
    expect(first).toMatch(/生成/)
    expect(first).toMatch(/Generated/)
  })

  it('documents every entry in both languages with its aliases, codes, related terms and formula', () => {
    for (const e of Object.values(GLOSSARY)) {
      expect(docs).toContain(`<a id="${e.id}"></a>`)
      expect(docs).toContain(`### ${e.term} · ${e.en.term}`)
      expect(docs).toContain(`- 释义：${e.definition}`)
      expect(docs).toContain(`- Definition: ${e.en.definition}`)
      for (const a of e.aliases) expect(docs).toContain(a)
      if ('formula' in e) expect(docs).toContain(`- 公式：${e.formula.zh}`)
      if ('calc' in e) expect(docs).toContain(`\`${e.calc}\``)
    }
    expect(docs).toContain('- 部门预算支出经济分类 / Department economic codes: 30212, 30217, 30231, 31013')
    expect(docs).toContain('[公务接待费](#official-reception)')
  })

  it('renders a changed catalog differently (the up-to-date check can fail)', () => {
    const changed = {
      ...GLOSSARY,
      share: { ...GLOSSARY.share, definition: `${GLOSSARY.share.definition}（改）` },
    }
    expect(renderGlossaryMarkdown(changed)).not.toBe(docs)
  })
})
