import { deepFreeze } from '../../internal/deepFreeze'
import type { ProseLine } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import { figuresOfSentences } from './figuresOfSentences'
import { glossaryOfLines } from './glossaryOfLines'
import { linkFigures } from './linkFigures'
import { metadataOfProse } from './metadataOfProse'
import { splitProse } from './splitProse'
import type { ExplanatoryTextContext, ExplanatoryTextResult } from './types'

/** Most characters of prose read (about 2,000 pages of text); the rest is left out, with a diagnostic. */
const MAX_CHARS = 4_000_000
/** Longest line kept whole; a longer one (no real line is) is cut. */
const MAX_LINE = 200_000

/**
 * Reads the prose of a disclosure: the figures of its explanatory text (amounts, shares, changes,
 * growth, completion rates, counts — each with what it is about and, where the sentence ties it to
 * a printed cell, the cell), its glossary (名词解释), and what it says about itself (department,
 * fiscal year, budget or final account, title, date).
 *
 * Pure and bounded: any text is read in time linear in its length; nothing is thrown.
 *
 * @param lines - the prose lines of the document, in reading order (all of them: the reader finds the sections)
 * @param context - what is known of the document: kind, year, amount unit, recognized tables
 * @returns figures, glossary entries, metadata and diagnostics, deeply frozen
 * @example
 * ```ts
 * const { figures } = readExplanatoryText(
 *   [{ text: '一、收入支出预算总体情况说明', page: 3 }, { text: '2024年收入总计8944.03万元。', page: 3 }],
 *   { amountUnit: '万元', tables: [] })
 * figures[0]?.value // '8944.03'
 * figures[0]?.subject // '收入总计'
 * ```
 */
export function readExplanatoryText(
  lines: readonly ProseLine[],
  context: ExplanatoryTextContext,
): ExplanatoryTextResult {
  const diagnostics: ReadDiagnostic[] = []
  const bounded: ProseLine[] = []
  let total = 0
  for (const line of lines) {
    const text = line.text.length > MAX_LINE ? line.text.slice(0, MAX_LINE) : line.text
    total += text.length
    if (total > MAX_CHARS) {
      diagnostics.push({
        code: 'METADATA_MISSING',
        severity: 'warning',
        page: line.page,
        message: {
          zh: `正文超过 ${MAX_CHARS} 个字符，第 ${line.page} 页起的文字未读取`,
          en: `the prose is longer than ${MAX_CHARS} characters; text from page ${line.page} on was not read`,
        },
      })
      break
    }
    bounded.push(text === line.text ? line : { text, page: line.page })
  }
  const parts = splitProse(bounded)
  const metadata = metadataOfProse(parts.front, bounded)
  const figures = figuresOfSentences(parts.sentences, metadata.department)
  const linked = linkFigures(figures, context)
  diagnostics.push(...linked.diagnostics)
  if (metadata.department === undefined)
    diagnostics.push({
      code: 'METADATA_MISSING',
      severity: 'warning',
      message: { zh: '正文未写明部门名称', en: 'the prose does not name the department' },
    })
  if (metadata.fiscalYear === undefined && context.fiscalYear === undefined)
    diagnostics.push({
      code: 'METADATA_MISSING',
      severity: 'warning',
      message: { zh: '正文未写明预算年度', en: 'the prose does not state the fiscal year' },
    })
  const amountUnit = dominantUnit(linked.figures.map((f) => f.unit))
  return deepFreeze({
    figures: linked.figures,
    glossary: glossaryOfLines(parts.glossary),
    metadata: { ...metadata, ...(amountUnit ? { amountUnit } : {}) },
    diagnostics,
  })
}

function dominantUnit(units: readonly string[]): '元' | '万元' | '亿元' | undefined {
  const counts = { 元: 0, 万元: 0, 亿元: 0 }
  for (const u of units) if (u === '元' || u === '万元' || u === '亿元') counts[u]++
  const best = (['万元', '元', '亿元'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a))
  return counts[best] > 0 ? best : undefined
}
