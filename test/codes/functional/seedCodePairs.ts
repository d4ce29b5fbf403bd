import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A functional code printed in a seed table, with the name printed beside it. */
export interface PrintedCodeRow {
  readonly seed: string
  readonly line: number
  /** The code cells as printed, tab-joined (`210\t15\t01`, `2101501`). */
  readonly printed: string
  readonly name: string
  /** The layout the row was recognised by. */
  readonly layout: 'split' | 'numbered' | 'joined' | 'damaged-split'
}

export const SEED_DIR = join(import.meta.dirname, '../../fixtures/seeds')

/** Budget year of each seed (the edition its codes belong to). */
export const SEED_YEARS: Readonly<Record<string, number>> = {
  '000_7bfb42c5bf8cfd77.txt': 2024,
  '001_bd1dedfc2d1eeeba.txt': 2024,
  '002_a13058ed52681298.txt': 2024,
  '003_4628d8b7aa23fe2e.txt': 2025,
  '004_c95a306f488ad727.txt': 2023,
}

/**
 * Reads the functional-code rows of a seed's tables:
 * - 河南 templates (000, 003, 004): `210\t15\t01\t\t行政运行\t…` (类/款/项 in three columns, a unit-code column);
 * - 河北 template (001): `4\t2101501\t行政运行\t…` (序号, joined code of any level);
 * - national 决算 template (002): `2101501\t行政运行\t…`;
 * - damaged split rows whose 类 column was lost in extraction (`<u> </u>\t12\t99`), kept so the test can
 *   check that the errata account for them.
 */
export function seedCodeRows(seed: string): readonly PrintedCodeRow[] {
  const rows: PrintedCodeRow[] = []
  readFileSync(join(SEED_DIR, seed), 'utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      const cells = text.split('\t')
      const [a = '', b = '', c = ''] = cells
      const nameAfter = (k: number): string => cells.slice(k).find((x) => x.trim() !== '') ?? ''
      if (/^2\d\d$/.test(a) && /^\d\d$/.test(b) && /^\d\d$/.test(c)) {
        rows.push({ seed, line: i + 1, printed: `${a}\t${b}\t${c}`, name: nameAfter(3), layout: 'split' })
      } else if (/^\d{1,3}$/.test(a) && /^2\d\d(\d\d){0,2}$/.test(b)) {
        rows.push({ seed, line: i + 1, printed: b, name: nameAfter(2), layout: 'numbered' })
      } else if (/^2\d{6}$/.test(a)) {
        rows.push({ seed, line: i + 1, printed: a, name: nameAfter(1), layout: 'joined' })
      } else if (/^<[^>]+>.*<\/[^>]+>$/.test(a) && /^\d\d$/.test(b) && /^\d\d$/.test(c)) {
        rows.push({
          seed,
          line: i + 1,
          printed: `${a}\t${b}\t${c}`,
          name: nameAfter(3),
          layout: 'damaged-split',
        })
      }
    })
  return rows
}
