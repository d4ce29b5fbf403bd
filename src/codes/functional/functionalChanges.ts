import { deepFreeze } from '../../internal/deepFreeze'
import type { CodeChange } from '../crosswalk'

/**
 * Moves and splits of functional codes between the editions 2022–2026 that the names per edition
 * cannot tell, with why each is believed. Codes created, abolished or renamed are read from the
 * catalog's names per edition (`functionalEntries`); the crosswalk answers from both.
 *
 * Only changes the team is sure of are recorded. 2060403 产业技术研究与开发 (2022 only) has no
 * record: where its content went is not known to the team, so the crosswalk answers `abolished`.
 *
 * @example
 * ```ts
 * functionalChanges.find((c) => c.code === '2010308')?.to // ['20140']
 * ```
 */
export const functionalChanges: readonly CodeChange[] = /*#__PURE__*/ deepFreeze([
  {
    code: '2010308',
    edition: 2024,
    kind: 'moved',
    to: ['20140'],
    why: {
      zh: '2024 年起信访事务由政府办公厅（室）及相关机构事务（20103）下的项 2010308 单设为款 20140 信访事务（含行政运行、信访业务等项）。',
      en: 'From 2024, public complaints (信访事务) left 项 2010308 under 20103 (government general offices) and became their own 款, 20140, with its own 项 (administration, complaint handling …).',
    },
    source: 'mof',
  },
] as const satisfies readonly CodeChange[])
