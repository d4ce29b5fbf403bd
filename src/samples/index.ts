/**
 * Five real disclosures, transcribed figure by figure (not included in the root entry).
 * @module @medbudget/core/samples
 */
// Entry point of the bundled sample documents: five real disclosures transcribed into the model.
// Not re-exported from the package root, so that the root bundle carries no sample data.
import type { Disclosure } from '../model/disclosure'
import { parseDisclosure } from '../model/parseDisclosure'
import weihui2024 from './data/000.json' with { type: 'json' }
import xingtai2024 from './data/001.json' with { type: 'json' }
import lushi2024 from './data/002.json' with { type: 'json' }
import jiaozuo2025 from './data/003.json' with { type: 'json' }
import zhengzhou2023 from './data/004.json' with { type: 'json' }

/** Identifier of a bundled sample: the prefix of its seed file. */
export type SampleId = '000' | '001' | '002' | '003' | '004'

/** What a sample is. */
export interface SampleInfo {
  readonly id: SampleId
  readonly department: string
  readonly fiscalYear: number
  readonly kind: 'budget' | 'final-account'
  readonly template: string
  /** The seed file the sample was transcribed from (kept in the repository under test/fixtures/seeds). */
  readonly seed: string
}

/**
 * The bundled samples: five real disclosures of medical-security bureaus, transcribed figure by
 * figure from their published PDFs — mistakes included, so that checks can be tried on them.
 *
 * @example
 * ```ts
 * SAMPLES.map((s) => `${s.id} ${s.department} ${s.fiscalYear}`)
 * // ['000 卫辉市医疗保障局 2024', '001 邢台市医疗保障局 2024', …]
 * ```
 */
export const SAMPLES: readonly SampleInfo[] = /*#__PURE__*/ Object.freeze([
  {
    id: '000',
    department: '卫辉市医疗保障局',
    fiscalYear: 2024,
    kind: 'budget',
    template: 'henan-budget-2024',
    seed: '000_7bfb42c5bf8cfd77.txt',
  },
  {
    id: '001',
    department: '邢台市医疗保障局',
    fiscalYear: 2024,
    kind: 'budget',
    template: 'hebei-budget-2024',
    seed: '001_bd1dedfc2d1eeeba.txt',
  },
  {
    id: '002',
    department: '卢氏县医疗保障局',
    fiscalYear: 2024,
    kind: 'final-account',
    template: 'national-final-account',
    seed: '002_a13058ed52681298.txt',
  },
  {
    id: '003',
    department: '焦作市医疗保障局',
    fiscalYear: 2025,
    kind: 'budget',
    template: 'henan-budget-2025',
    seed: '003_4628d8b7aa23fe2e.txt',
  },
  {
    id: '004',
    department: '郑州市医疗保障局',
    fiscalYear: 2023,
    kind: 'budget',
    template: 'henan-budget-2024',
    seed: '004_c95a306f488ad727.txt',
  },
] as const satisfies readonly SampleInfo[])

const DATA: Readonly<Record<SampleId, unknown>> = {
  '000': weihui2024,
  '001': xingtai2024,
  '002': lushi2024,
  '003': jiaozuo2025,
  '004': zhengzhou2023,
}

/**
 * Loads a bundled sample as a validated, deeply frozen document.
 *
 * @param id - the sample id (see {@link SAMPLES})
 * @returns the document
 * @throws MedbudgetError `DOCUMENT_INVALID` never for a shipped sample (tests prove each validates)
 * @example
 * ```ts
 * const doc = loadSample('000')
 * doc.department // { code: '503', name: '卫辉市医疗保障局' }
 * doc.tables.map((t) => t.kind) // ['summary', 'income', 'expenditure', …]
 * ```
 */
export function loadSample(id: SampleId): Disclosure {
  // an id that is not an own key (a symbol, an object whose toString throws, '__proto__') finds no sample
  return parseDisclosure(typeof id === 'string' && Object.hasOwn(DATA, id) ? DATA[id] : undefined)
}
