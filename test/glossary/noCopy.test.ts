import { describe, expect, it } from 'vitest'
import { GLOSSARY } from '../../src/glossary/glossary'
import { parseSeedGlossary, readSeed, SEED_FILES, seedDefinitionalSentences } from './seedGlossary'
import { copyCheckForm, longestSharedRun } from './sharedRun'

/** Longer shared runs than this count as copying a seed's sentence. */
const MAX_SHARED = 19

const seedSentences: readonly string[] = SEED_FILES.flatMap((file) => {
  const text = readSeed(file)
  return [...parseSeedGlossary(text).map((i) => i.definition), ...seedDefinitionalSentences(text)]
})

describe('definitions are the project’s own words', () => {
  it('collects the seeds’ glossary sentences to compare against', () => {
    // 56 名词解释 entries plus the formula notes and 三公 notes: an empty corpus would pass anything.
    expect(seedSentences.length).toBeGreaterThanOrEqual(70)
    expect(copyCheckForm(seedSentences.join('')).length).toBeGreaterThan(4000)
  })

  for (const entry of Object.values(GLOSSARY)) {
    it(`${entry.id}: definition shares no run of ${MAX_SHARED + 1}+ characters with a seed`, () => {
      // Formulas are left out on purpose: an equation is a fact, and the glossary must state the
      // one the performance tables print (预算调整率 included), not a rewording of it.
      expect(longestSharedRun(entry.definition, seedSentences).length).toBeLessThanOrEqual(MAX_SHARED)
    })
  }

  it('catches a copied definition, whatever its punctuation, quotes, width or line wraps', () => {
    const copied = parseSeedGlossary(readSeed('002_a13058ed52681298.txt')).find(
      (i) => i.heading === '上级补助收入',
    )
    expect(copied).toBeDefined()
    const disguised = `本项目释义：${copied!.definition.replace(/，/g, ',').replace(/单位/g, '单\n位')}`
    expect(longestSharedRun(disguised, seedSentences).length).toBeGreaterThan(MAX_SHARED)
    // A copy of only part of a longer seed sentence is caught too.
    const part = parseSeedGlossary(readSeed('000_7bfb42c5bf8cfd77.txt')).find(
      (i) => i.heading === '用事业基金弥补收支差额',
    )
    expect(longestSharedRun(`另见：${part!.definition.slice(40, 70)}`, seedSentences).length).toBeGreaterThan(
      MAX_SHARED,
    )
  })

  it('lets a paraphrase with the usual short shared phrases through', () => {
    const paraphrase = '事业单位从其主管部门或上级单位得到的补助，这笔钱不是财政拨款。'
    const run = longestSharedRun(paraphrase, seedSentences)
    expect(run.length).toBeGreaterThan(3)
    expect(run.length).toBeLessThanOrEqual(MAX_SHARED)
  })

  it('measures the shared run exactly', () => {
    expect(longestSharedRun('甲乙丙丁戊', ['乙丙丁', '戊'])).toBe('乙丙丁')
    expect(longestSharedRun('“三公” 经费', ['三公经费'])).toBe('三公经费')
    expect(longestSharedRun('abc', ['xyz'])).toBe('')
  })
})
