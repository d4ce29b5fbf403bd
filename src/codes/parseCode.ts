import { MedbudgetError } from '../errors'
import { deepFreeze } from '../internal/deepFreeze'
import { withoutInvisibles } from '../internal/invisible'
import { checkOption, checkText, excerpt, optionsOf } from '../internal/limits'
import { checkArray, guardShape } from '../internal/shape'
import { stripTags } from '../internal/stripTags'
import type { CodeErratum } from './codeErratum'
import { normalizeName } from './normalizeName'
import type { CodeLevel, CodeSystem } from './types'

/** Options of {@link parseCode}. */
export interface ParseCodeOptions {
  /**
   * Which classification the code must belong to. `economic` accepts both economic systems.
   * Without it the first digit decides (2 functional, 3 department economic, 5 government economic).
   */
  readonly system?: CodeSystem | 'economic'
  /** Known misprints to correct (e.g. `codeErrata`). Without it a misprint is reported as malformed. */
  readonly errata?: readonly CodeErratum[]
  /** Only apply errata recorded for this document (seed file name). */
  readonly seed?: string
}

/** A code read from print. */
export interface ParsedCode {
  /** The code, joined and in ASCII digits (`2101501`). */
  readonly code: string
  readonly level: CodeLevel
  readonly system: CodeSystem
  /** The name printed with the code, trimmed, when there was one (`【2101501】行政运行`). */
  readonly name?: string
  /** The input as given. */
  readonly printed: string
  /** The erratum applied, when the printed code was a known misprint. */
  readonly erratum?: CodeErratum
}

const LEVEL_BY_LENGTH: Readonly<Record<number, CodeLevel>> = { 3: 'lei', 5: 'kuan', 7: 'xiang' }
const SYSTEM_BY_DIGIT: Readonly<Record<string, CodeSystem>> = {
  '2': 'functional',
  '3': 'economic-department',
  '5': 'economic-government',
}

const SYSTEMS: readonly (CodeSystem | 'economic')[] = [
  'functional',
  'economic-department',
  'economic-government',
  'economic',
]

function malformed(printed: string, zh: string, en: string): MedbudgetError {
  const shown = excerpt(printed)
  return new MedbudgetError(
    'CODE_MALFORMED',
    `科目编码“${shown}”格式不正确：${zh}`,
    `Classification code "${shown}" is malformed: ${en}`,
    { input: shown },
  )
}

function erratumKey(s: string): string {
  return withoutInvisibles(s)
    .normalize('NFKC')
    .replace(/[\s|]+/g, ' ')
    .trim()
}

const OPENERS: ReadonlySet<string> = /*#__PURE__*/ new Set(['【', '[', '('])
const CLOSERS: ReadonlySet<string> = /*#__PURE__*/ new Set(['】', ']', ')'])

function firstCloser(s: string): number {
  for (let i = 1; i < s.length; i++) if (CLOSERS.has(s[i] as string)) return i
  return -1
}

/** Splits `【2101501】行政运行`, `210 | 15 | 01 行政运行`, `2101501\t行政运行` into code part and name. */
function splitPrinted(input: string): { readonly codePart: string; readonly name: string | undefined } {
  const s = withoutInvisibles(input).normalize('NFKC').trim()
  // 【code】name: the code part runs to the first closing bracket (found by a scan, not by a
  // regular expression whose competing `\s*` and `[^】]*?` made it cubic on unclosed brackets).
  const close = OPENERS.has(s[0] ?? '') ? firstCloser(s) : -1
  let codePart: string
  let rest: string
  if (close > 0) {
    codePart = s.slice(1, close)
    rest = s.slice(close + 1).trim()
  } else {
    // Names are Chinese: the code part ends where the first non-ASCII character starts.
    const at = s.search(/[^\t\n\r -~]/)
    codePart = at < 0 ? s : s.slice(0, at)
    rest = at < 0 ? '' : s.slice(at)
  }
  const name = rest.split('\t')[0]?.trim()
  return { codePart: codePart.trim(), name: name === undefined || name === '' ? undefined : name }
}

const CODE_OPTIONS = ['编码选项', 'code options'] as const

function findErratum(
  codePart: string,
  name: string | undefined,
  options: Partial<ParseCodeOptions>,
): CodeErratum | undefined {
  const key = erratumKey(codePart)
  const candidates = (options.errata ?? []).filter(
    (e) => (options.seed === undefined || e.seed === options.seed) && erratumKey(e.printed) === key,
  )
  // Without a printed name, a misprint is corrected only when it stands for one code alone.
  if (name === undefined) return candidates.length === 1 ? candidates[0] : undefined
  const printedName = normalizeName(name)
  return candidates.find((e) => {
    if (e.name === undefined) return true
    const wanted = normalizeName(e.name)
    return printedName.startsWith(wanted) || wanted.startsWith(printedName)
  })
}

function joinDigits(printed: string, codePart: string): string {
  const cleaned = stripTags(codePart, ' ').trim()
  if (cleaned === '') {
    throw malformed(printed, '没有找到编码数字。', 'no code digits found.')
  }
  const tokens = cleaned.split(/[\s|]+/).filter((t) => t !== '')
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) {
      const ocr = /[lIoO]/.test(token) ? '（可能是 OCR 把 1 或 0 识别成了字母）' : ''
      const ocrEn = /[lIoO]/.test(token) ? ' (OCR often reads 1 as "l" and 0 as "O")' : ''
      throw malformed(
        printed,
        `“${excerpt(token)}”不是数字${ocr}。`,
        `"${excerpt(token)}" is not a number${ocrEn}.`,
      )
    }
  }
  const [first, ...others] = tokens
  if (first === undefined) throw malformed(printed, '没有找到编码数字。', 'no code digits found.')
  if (others.length > 0) {
    if (first.length !== 3 && first.length !== 5) {
      throw malformed(
        printed,
        `分栏打印时类应为 3 位（如 210 | 15 | 01），此处第 1 栏“${excerpt(first)}”有 ${first.length} 位。`,
        `split columns are 3 digits (类), then 2 (款), then 2 (项), e.g. "210 | 15 | 01"; the first column "${excerpt(first)}" has ${first.length} digits.`,
      )
    }
    others.forEach((t, i) => {
      if (t.length !== 2) {
        throw malformed(
          printed,
          `款、项栏应为 2 位，此处第 ${i + 2} 栏“${excerpt(t)}”有 ${t.length} 位。`,
          `款 and 项 columns are 2 digits; column ${i + 2} "${excerpt(t)}" has ${t.length} digits.`,
        )
      }
    })
  }
  return tokens.join('')
}

function checkCode(printed: string, code: string, wanted: ParseCodeOptions['system']): ParsedCode['system'] {
  const level = LEVEL_BY_LENGTH[code.length]
  if (level === undefined) {
    throw malformed(
      printed,
      `应为 3 位（类）、5 位（款）或 7 位（项），此处为 ${code.length} 位。`,
      `expected 3 digits (类), 5 (款) or 7 (项); got ${code.length}.`,
    )
  }
  const system = SYSTEM_BY_DIGIT[code[0] ?? '']
  if (system === undefined) {
    throw malformed(
      printed,
      '支出功能分类编码以 2 开头，部门经济分类以 3 开头，政府经济分类以 5 开头。',
      'functional codes start with 2, department economic codes with 3, government economic codes with 5.',
    )
  }
  const fits = wanted === undefined || wanted === system || (wanted === 'economic' && system !== 'functional')
  if (!fits) {
    throw malformed(
      printed,
      `这是${system === 'functional' ? '支出功能分类' : '支出经济分类'}编码，此处需要${wanted === 'functional' ? '支出功能分类' : wanted === 'economic-government' ? '政府预算支出经济分类' : '部门预算支出经济分类'}编码。`,
      `this is a ${system} code; a ${wanted} code is expected here.`,
    )
  }
  if (system !== 'functional' && code.length === 7) {
    throw malformed(
      printed,
      '支出经济分类只有类（3 位）和款（5 位）。',
      'the economic classification has only 类 (3 digits) and 款 (5 digits).',
    )
  }
  return system
}

/** Index of the first 款 or 项 number that is 00 (no catalog has one), or -1. */
function zeroSegmentAt(code: string): number {
  for (let i = 3; i < code.length; i += 2) if (code.slice(i, i + 2) === '00') return i
  return -1
}

/**
 * Like {@link parseCode}, but a code whose only fault is a 款 or 项 number 00 (a misprint that
 * looks well formed, e.g. `2101200`) is returned with `zeroSegment: true` instead of throwing.
 * Used by `catalog.lookup`, which answers such a code as unknown, as `get` and `nameOf` do.
 *
 * @internal
 */
export function parseCodeShape(
  input: string,
  options: ParseCodeOptions = {},
): ParsedCode & { readonly zeroSegment: boolean } {
  checkText(input, ['科目编码', 'classification code'])
  // read once: anything but an object, a throwing getter, errata that are not a list of errata is
  // the caller's option, OPTION_INVALID
  const o = optionsOf(options, CODE_OPTIONS)
  if (o.system !== undefined) {
    checkOption(o.system, SYSTEMS, ['分类体系', 'classification system'])
  }
  if (o.errata !== undefined)
    checkArray(o.errata, 'OPTION_INVALID', ['编码选项的 errata（勘误表）', 'errata of the code options'])
  const { codePart, name } = splitPrinted(input)
  const erratum = guardShape(
    'OPTION_INVALID',
    ['编码选项的 errata（勘误表）', 'errata of the code options'],
    () => findErratum(codePart, name, o),
  )
  const code = erratum ? erratum.intended : joinDigits(input, codePart)
  const system = checkCode(input, code, o.system)
  const level = LEVEL_BY_LENGTH[code.length] ?? 'lei'
  return {
    code,
    level,
    system,
    printed: input,
    ...(name === undefined ? {} : { name }),
    ...(erratum === undefined
      ? {}
      : { erratum: Object.isFrozen(erratum) ? erratum : deepFreeze({ ...erratum }) }),
    zeroSegment: zeroSegmentAt(code) >= 0,
  }
}

/**
 * Reads a classification code in any of the forms the disclosures print: joined (`2101501`),
 * split in columns (`210 | 15 | 01`, `210\t15\t01`, `21015 01`), bracketed with a name
 * (`【2101501】行政运行`, `[2101501]行政运行`), full-width digits (`２１０`), economic codes
 * (`301 | 01`, `30101`).
 *
 * It checks the form only: whether a catalog knows the code is `catalog.has` / `catalog.lookup`.
 *
 * @param input - the printed code, optionally followed by its name
 * @param options - expected system, errata to apply
 * @returns the joined code, its level and system, the printed name, the erratum applied
 * @throws MedbudgetError `CODE_MALFORMED` naming what is wrong (wrong number of digits, a letter, 00); `OPTION_INVALID` for options that are not an object, an unknown `system`, or `errata` that are not a list
 * @example
 * ```ts
 * parseCode('210 | 15 | 01') // { code: '2101501', level: 'xiang', system: 'functional', printed: '210 | 15 | 01' }
 * parseCode('【2101501】行政运行').name // '行政运行'
 * parseCode('2101 5') // throws CODE_MALFORMED: split columns are 3 digits (类), then 2 (款), then 2 (项)…
 * parseCode('210\t12\t00', { errata: codeErrata }).code // '2101299' (erratum reported)
 * ```
 */
export function parseCode(input: string, options: ParseCodeOptions = {}): ParsedCode {
  const { zeroSegment, ...parsed } = parseCodeShape(input, options)
  if (zeroSegment) {
    const i = zeroSegmentAt(parsed.code)
    throw malformed(
      input,
      `${i === 3 ? '款' : '项'}编号不能为 00。`,
      `the ${i === 3 ? '款 (2nd level)' : '项 (3rd level)'} number cannot be 00.`,
    )
  }
  return Object.freeze(parsed)
}
