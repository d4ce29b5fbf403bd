import { parseCode } from '../../parseCode'
import { type CofogMappingLine, cofogMapping, cofogNames } from './cofogMapping'

/** Answer of {@link cofogOf}: the COFOG division and, where the mapping says, the group of a functional code. */
export interface CofogAnswer {
  /** The functional code asked about (joined). */
  readonly code: string
  /** The code whose mapping line answered: the code itself, its 款 or its 类. */
  readonly via: string
  /** COFOG division, two digits (`07`). */
  readonly division: string
  readonly divisionName: string
  /** COFOG group (`07.3`), when the mapping gives one. */
  readonly group?: string
  readonly groupName?: string
  /** Why the mapping line holds, in Chinese and English. */
  readonly why: CofogMappingLine['why']
}

/** Built on the first call, so that importing costs nothing. */
let byCode: ReadonlyMap<string, CofogMappingLine> | undefined

/**
 * The UN COFOG division (and group, where known) of a functional code, for the interoperability
 * export: the mapping line of the code, else of its 款, else of its 类, with the reasoning.
 * Team knowledge, not an official correspondence.
 *
 * @param code - a functional code in any printed form (`2100201`, `210 02 01`, `【21002】公立医院`)
 * @returns the division and group with their English names and the reasoning; `undefined` for a code whose 类 is not mapped
 * @throws MedbudgetError `CODE_MALFORMED` when the input is not a functional code
 * @example
 * ```ts
 * cofogOf('2100201')?.group // '07.3'
 * cofogOf('2100201')?.groupName // 'Hospital services'
 * cofogOf('2101501')?.division // '07' (from 210)
 * ```
 */
export function cofogOf(code: string): CofogAnswer | undefined {
  const parsed = parseCode(code, { system: 'functional' })
  byCode ??= new Map(cofogMapping.map((line) => [line.code, line]))
  for (let n = parsed.code.length; n >= 3; n -= 2) {
    const line = byCode.get(parsed.code.slice(0, n))
    if (line === undefined) continue
    const division = line.cofog.slice(0, 2)
    const group = line.cofog.length > 2 ? line.cofog : undefined
    return Object.freeze({
      code: parsed.code,
      via: line.code,
      division,
      divisionName: cofogNames[division] ?? '',
      ...(group === undefined ? {} : { group, groupName: cofogNames[group] ?? '' }),
      why: line.why,
    })
  }
  return undefined
}
