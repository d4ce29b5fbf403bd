import { normaliseSeedText } from './normaliseSeedText'
import { type TextFigureFixture, TextFigureFixtureSchema } from './textFigureFixtureSchema'

/** One problem found in a text-figure fixture: which figure (index and id) and what is wrong. */
export interface TextFigureIssue {
  readonly index: number
  readonly id: string
  readonly problem: string
}

const OPERAND_KEYS: Readonly<Record<TextFigureFixture['kind'], readonly string[]>> = {
  amount: [],
  count: [],
  share: ['part', 'whole'],
  ratio: ['part', 'whole'],
  change: ['current', 'prior'],
  growth: ['current', 'prior', 'change'],
  completion: ['actual', 'budget'],
}

/** Placeholders a published text leaves instead of a number (`××.××`, `·`, `-`). */
const PLACEHOLDER = /^(?:[×xX]+(?:\.[×xX]+)?|·|-)$/

function printedMatchesValue(f: TextFigureFixture): string | undefined {
  if (!f.printed.endsWith(f.unit) && !(f.unit === '台（套）' && f.printed.endsWith('台(套)'))) {
    return `printed '${f.printed}' does not end with its unit '${f.unit}'`
  }
  const unitLength = f.printed.endsWith(f.unit) ? f.unit.length : '台(套)'.length
  const number = f.printed.slice(0, f.printed.length - unitLength).trim()
  if (PLACEHOLDER.test(number)) {
    return number === f.value ? undefined : `placeholder '${number}' but value '${f.value}'`
  }
  if (!/^\d+(?:\.\d+)?$/.test(f.value)) return `value '${f.value}' is not a plain decimal`
  const digits = number.replace(/[\s,，]/g, '')
  return digits === f.value ? undefined : `printed '${f.printed}' reads ${digits}, value is ${f.value}`
}

/**
 * Checks a text-figure fixture against the seed it was transcribed from: the shape of every
 * figure, unique ids, document order, each `sentence` quoted from the (normalised) seed, each
 * `printed` quoted from its sentence, `value` matching `printed`, operand keys fitting the kind,
 * `direction` present exactly for changes and growth rates, and every `{ figure }` operand and
 * `partOf` naming an existing figure. Pure: returns the problems, never throws.
 *
 * @param figures - the parsed JSON of one fixture file.
 * @param seedText - the raw text of the seed the fixture transcribes.
 * @returns the problems found; empty when the fixture is consistent with the seed.
 * @example
 * ```ts
 * checkTextFigures([{ id: 's1-f1', section: '一', sentence: '收入总计8944.03万元。',
 *   kind: 'amount', printed: '8944.03万元', value: '8944.03', unit: '万元', subject: '收入总计' }],
 *   '一、\n收入总计8944.03\n万元。') // []
 * checkTextFigures([], 'x') // [{ index: -1, id: '', problem: 'no figures' }]
 * ```
 */
export function checkTextFigures(figures: unknown, seedText: string): readonly TextFigureIssue[] {
  if (!Array.isArray(figures)) return [{ index: -1, id: '', problem: 'not an array' }]
  if (figures.length === 0) return [{ index: -1, id: '', problem: 'no figures' }]
  const text = normaliseSeedText(seedText)
  const issues: TextFigureIssue[] = []
  const parsed: TextFigureFixture[] = []
  figures.forEach((raw: unknown, index) => {
    const result = TextFigureFixtureSchema.safeParse(raw)
    if (result.success) {
      parsed.push(result.data)
      return
    }
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : ''
    for (const issue of result.error.issues) {
      issues.push({ index, id, problem: `shape: ${issue.path.join('.')} ${issue.message}` })
    }
  })
  if (issues.length > 0) return issues

  const ids = new Set<string>()
  let cursor = 0
  parsed.forEach((f, index) => {
    const report = (problem: string): void => {
      issues.push({ index, id: f.id, problem })
    }
    if (ids.has(f.id)) report('duplicate id')
    ids.add(f.id)

    // Document order: each sentence is found at or after the previous one.
    const at = text.indexOf(f.sentence, cursor)
    if (at >= 0) cursor = at
    else if (text.includes(f.sentence)) report('sentence is out of document order')
    else report('sentence does not occur in the seed')

    if (!f.sentence.includes(f.printed)) report(`printed '${f.printed}' does not occur in its sentence`)
    const mismatch = printedMatchesValue(f)
    if (mismatch !== undefined) report(mismatch)

    const wantsDirection = f.kind === 'change' || f.kind === 'growth'
    if (wantsDirection && f.direction === undefined) report(`a ${f.kind} needs a direction`)
    if (!wantsDirection && f.direction !== undefined) report(`a ${f.kind} has no direction`)

    const allowed = OPERAND_KEYS[f.kind]
    for (const key of Object.keys(f.operands ?? {})) {
      if (!allowed.includes(key)) report(`operand '${key}' does not fit a ${f.kind}`)
    }
  })

  parsed.forEach((f, index) => {
    const refs = Object.entries(f.operands ?? {}).flatMap(([key, o]) =>
      o !== undefined && 'figure' in o ? [[key, o.figure] as const] : [],
    )
    if (f.partOf !== undefined) refs.push(['partOf', f.partOf])
    for (const [key, target] of refs) {
      if (!ids.has(target))
        issues.push({ index, id: f.id, problem: `${key} points to unknown id '${target}'` })
      if (target === f.id) issues.push({ index, id: f.id, problem: `${key} points to itself` })
    }
  })
  return issues
}
