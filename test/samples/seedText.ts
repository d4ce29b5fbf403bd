// Test helpers that read the bundled seed texts (test/fixtures/seeds) to prove transcriptions.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const SEED_DIR = join(__dirname, '..', 'fixtures', 'seeds')

export const SEED_FILES = [
  '000_7bfb42c5bf8cfd77.txt',
  '001_bd1dedfc2d1eeeba.txt',
  '002_a13058ed52681298.txt',
  '003_4628d8b7aa23fe2e.txt',
  '004_c95a306f488ad727.txt',
] as const

export function readSeed(file: string): string {
  return readFileSync(join(SEED_DIR, file), 'utf8')
}

const toHalfWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/**
 * Every number printed in `text`, as canonical strings (thousands separators and OCR spaces
 * removed, printed decimals kept): '132, 372. 61' → '132372.61', '8,938.04' → '8938.04'.
 */
export function numbersIn(text: string): string[] {
  const t = toHalfWidth(text).replace(/<\/?b>/g, '')
  const out: string[] = []
  const re = /-?\d{1,3}(?:, ?\d{3})+(?:\. ?\d+)?|-?\d+(?:\. ?\d+)?/g
  for (const m of t.matchAll(re)) {
    const s = m[0].replace(/[, ]/g, '')
    out.push(s.replace(/^(-?)0+(?=\d)/, '$1'))
  }
  return out
}

/**
 * The part of the seed text printed for a table: from the occurrence of `title` whose following
 * text (up to the next of `otherTitles`, or `maxChars`) holds the most numbers.
 */
export function tableSection(
  seed: string,
  title: string,
  otherTitles: readonly string[],
  maxChars = 20000,
): string {
  let best = ''
  let bestCount = -1
  // an occurrence inside a longer title of another table (支出决算表 in …“三公”经费支出决算表) is not this table
  const insideLonger = (at: number): boolean =>
    otherTitles.some((o) => o !== title && o.includes(title) && seed.startsWith(o, at - o.indexOf(title)))
  for (let at = seed.indexOf(title); at >= 0; at = seed.indexOf(title, at + 1)) {
    if (insideLonger(at)) continue
    let end = Math.min(seed.length, at + maxChars)
    for (const other of otherTitles) {
      if (other === title || title.includes(other)) continue
      const next = seed.indexOf(other, at + title.length)
      if (next >= 0 && next < end) end = next
    }
    const section = seed.slice(at, end)
    // a title standing alone on its line is the table's heading; the same words inside a sentence are not
    const after = at + title.length
    const ownLine = (at === 0 || seed[at - 1] === '\n') && (after === seed.length || seed[after] === '\n')
    const count = numbersIn(section).length + (ownLine ? 1_000_000 : 0)
    if (count > bestCount) {
      best = section
      bestCount = count
    }
  }
  return best
}
