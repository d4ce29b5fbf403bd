import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Disclosure } from '../../../src/model/disclosure'
import type { ProseLine } from '../../../src/read/layout/types'

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url))

/** The seeds whose prose the golden test reads, with their sample transcription. */
export const SEEDS = [
  { seed: '000_7bfb42c5bf8cfd77', sample: '000' },
  { seed: '001_bd1dedfc2d1eeeba', sample: '001' },
  { seed: '002_a13058ed52681298', sample: '002' },
  { seed: '003_4628d8b7aa23fe2e', sample: '003' },
  { seed: '004_c95a306f488ad727', sample: '004' },
] as const

/**
 * The prose lines of a seed as the layout stage hands them over for tab-separated text: every
 * non-empty line that is not a table row (a row has cells split by tabs). The seeds carry no page
 * breaks, so every line is on page 1.
 */
export function seedProse(seed: string): ProseLine[] {
  const text = readFileSync(`${fixtures}seeds/${seed}.txt`, 'utf8')
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.includes('\t'))
    .map((line) => ({ text: line, page: 1 }))
}

/** The hand transcription of a seed (src/samples/data). */
export function sampleOf(sample: string): Disclosure {
  const url = new URL(`../../../src/samples/data/${sample}.json`, import.meta.url)
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Disclosure
}
