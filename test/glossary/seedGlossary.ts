/**
 * Test helper: reads the 名词解释 section of a seed disclosure and splits it into its numbered
 * entries, and collects the other definitional sentences of a seed (performance-indicator
 * formulas, the note under the “三公” table) for the no-copy check.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SEED_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))

/** The seed files, sorted by name. */
export const SEED_FILES: readonly string[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()

export function readSeed(file: string): string {
  return readFileSync(`${SEED_DIR}${file}`, 'utf8')
}

/** One numbered entry of a seed's 名词解释. */
export interface SeedGlossaryItem {
  /** The term as printed before the colon, with its markup (`**财政拨款收入**`, `“三公”经费`). */
  readonly heading: string
  /** The definition as printed after the colon, line wraps joined. */
  readonly definition: string
}

/** Markup and list marks that the extraction left around headings. */
const stripMarkup = (line: string): string =>
  line
    .replace(/[#*]/g, '')
    .replace(/^\s*-\s+/, '')
    .trim()

const SECTION_HEADING = /^(?:第[一二三四五六七八九十]+部分\s*|[一二三四五六七八九十]+、)?名词解释$/
const SECTION_END = /^(?:附件|附\s+件|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、其他需要说明)/
const ENTRY_START = /^(?:[一二三四五六七八九十]+、|\d+[、.．](?!\d))/

/**
 * Finds the 名词解释 section (the last heading of that name, so the 目录 line is skipped) and splits
 * it at its ordinals (`一、`, `1、`, `1.`). Lines without an ordinal continue the entry before them:
 * the extraction breaks sentences across lines and even inside words (`使用财` / `政拨款`).
 */
export function parseSeedGlossary(text: string): SeedGlossaryItem[] {
  const lines = text.split(/\r?\n/)
  let start = -1
  lines.forEach((line, i) => {
    if (SECTION_HEADING.test(stripMarkup(line).replace(/\s+/g, ''))) start = i
  })
  if (start < 0) return []
  const raw: string[] = []
  for (const line of lines.slice(start + 1)) {
    const s = stripMarkup(line)
    if (SECTION_END.test(s)) break
    if (s === '') continue
    if (ENTRY_START.test(s) || raw.length === 0) raw.push(s)
    else raw[raw.length - 1] += s
  }
  const items: SeedGlossaryItem[] = []
  for (const entry of raw) {
    const body = entry.replace(ENTRY_START, '')
    const colon = body.search(/[:：]/)
    if (colon < 0) continue
    items.push({ heading: body.slice(0, colon).trim(), definition: body.slice(colon + 1).trim() })
  }
  return items
}

/**
 * Other sentences of a seed that define something: the formula explanations of the performance
 * tables (`预算执行率=(预算完成数/预算数)×100%。…`) and the note under the “三公” table (`注：…`).
 */
export function seedDefinitionalSentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => /率\s*=|^注[:：].*三公/.test(line.trim()))
    .map((line) => line.trim())
}
