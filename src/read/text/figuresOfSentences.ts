/**
 * Turns the sentences of the explanatory text into text figures: what kind each number is
 * (amount, change, growth, share, completion, ratio, count), what it is about, and how the
 * figures of a passage relate (a part of a stated total, the operands of a share or a growth).
 * @module
 */
import type { Operand, TextFigure } from '../../model/textFigure'
import { type ScannedNumber, scanFigures } from './scanFigures'
import type { ProseSentence } from './splitProse'

type Kind = TextFigure['kind']
type Direction = 'increase' | 'decrease'

/** A figure being built, before it is frozen into a TextFigure. */
interface Draft {
  id: string
  section: string
  sentence: string
  kind: Kind
  printed: string
  value: string
  unit: string
  direction?: Direction
  subject: string
  operands?: Record<string, Operand>
  partOf?: string
  page?: number
  /** Bookkeeping, not output. */
  unitClass: ScannedNumber['unitClass']
  sentenceNo: number
}

const INCREASE = ['增加', '增长', '上升', '提高', '增幅', '多', '增']
const DECREASE = ['减少', '下降', '降低', '减幅', '降幅', '节约', '压减', '缩减', '少', '减']
/** Deepest nesting of breakdowns followed (a total, its part, the part's part …). */
const MAX_DEPTH = 4
const CLAUSE_BREAKS = '，,：:；;、。'
const BREAKDOWN_MARKERS = ['其中', '包括', '主要用于以下方面', '如下', '分别为', '分别是', '具体为', '构成为']

/** The trailing change word of `pre` (after dropping 了, 为, 率 and spaces), with its direction. */
function changeWord(pre: string): { word: string; direction: Direction } | undefined {
  let t = pre.trimEnd()
  for (const tail of ['为', '了', '率', '幅度', '约'])
    if (t.endsWith(tail)) t = t.slice(0, -tail.length).trimEnd()
  for (const word of INCREASE) if (t.endsWith(word)) return { word, direction: 'increase' }
  for (const word of DECREASE) if (t.endsWith(word)) return { word, direction: 'decrease' }
  return undefined
}

/** Start of the clause that ends at `at` (after the last clause break or figure). */
function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_BREAKS.includes(text[i] as string)) return i + 1
  return floor
}

const LEADING_NOISE = [
  '其中',
  '主要用于以下方面',
  '主要用于',
  '包括',
  '分别为',
  '具体为',
  '主要是',
  '主要为',
  '我部门',
  '本部门',
  '我单位',
  '本单位',
  '我局',
  '本局',
  '部门',
  '和',
  '及',
  '与',
  '以及',
  '全年',
  '本年',
  '共有',
  '共',
]
const TRAILING_NOISE = [
  '为',
  '是',
  '达到',
  '达',
  '共计',
  '合计为',
  '安排',
  '约',
  '均为',
  '各',
  '共',
  '总额为',
  '金额为',
]

/** Reduces the words before a number to what the number is about ('卫辉市医疗保障局部门2024年收入总计' → '收入总计'). */
export function subjectOf(raw: string, department: string | undefined): string {
  let t = raw.trim()
  for (let pass = 0; pass < 4; pass++) {
    const before = t
    t = t.replace(/^[（(][一二三四五六七八九十\d]{1,3}[）)]\s*/, '')
    t = t.replace(/^\d{1,2}[、.．]\s*(?!\d)/, '')
    t = t.replace(/^[一二三四五六七八九十]是/, '')
    if (department && t.startsWith(department)) t = t.slice(department.length)
    t = t.replace(/^(?:\d{4}|[一二〇零]{4})\s*年度?/, '')
    for (const w of LEADING_NOISE) if (t.startsWith(w)) t = t.slice(w.length)
    t = t.replace(/^[\s:：，,]+/, '')
    if (t === before) break
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = t
    for (const w of TRAILING_NOISE) if (t.endsWith(w) && t.length > w.length) t = t.slice(0, -w.length)
    t = t.trimEnd()
    if (t === before) break
  }
  return t
}

/** The comparison a change states ('比2023年预算', '比上年'), from its sentence. */
function comparisonOf(sentence: string, before: number): string {
  for (const lead of ['与', '比', '较']) {
    const i = sentence.lastIndexOf(lead, before)
    if (i < 0) continue
    const rest = sentence.slice(i + 1, Math.min(before, i + 14))
    const m =
      /^\s*((?:\d{4}\s*年度?|上年度?|上一年度?|去年)[^，,：:。；;增减下上]{0,6}?)(?:相比|增|减|下|上|，|,|$)/.exec(
        rest,
      )
    if (m?.[1]) return `比${m[1].replace(/\s+/g, '').replace(/相$/, '')}`
  }
  return '比上年'
}

/** The most recent figure (newest first) of the given kinds that satisfies `test`. */
function findBack(figures: readonly Draft[], test: (f: Draft) => boolean, limit = 40): Draft | undefined {
  for (let i = figures.length - 1, n = 0; i >= 0 && n < limit; i--, n++) {
    const f = figures[i] as Draft
    if (test(f)) return f
  }
  return undefined
}

const sharesSubject = (a: string, b: string): boolean =>
  a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a))
const commonPrefix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Reads the figures of the explanatory sentences.
 *
 * @param sentences - sentences of the explanatory text, in order
 * @param department - the department's name, dropped from the start of subjects
 * @returns the figures, in document order, with kinds, subjects, parts and operands
 * @example
 * ```ts
 * figuresOfSentences([{ text: '收入总计8944.03万元。', pages: [3], section: '一、总体情况', sectionIndex: 1, block: 1 }], undefined)[0]?.subject // '收入总计'
 * ```
 */
export function figuresOfSentences(
  sentences: readonly ProseSentence[],
  department: string | undefined,
): TextFigure[] {
  const figures: Draft[] = []
  const byId = new Map<string, Draft>()
  const ids = new Set<string>()
  const counters = new Map<number, number>()
  let stack: Draft[] = []
  let lastBlock = -1
  let lastSection = -1

  sentences.forEach((s, sentenceNo) => {
    const text = s.text
    const found = scanFigures(text).filter((n) => !isThreshold(text, n))
    if (s.block !== lastBlock || s.sectionIndex !== lastSection) stack = []
    lastBlock = s.block
    lastSection = s.sectionIndex
    const startsTopLevel =
      /^(?:\d{4}\s*年|[一二〇零]{4}年|我部门|本部门|我单位|本单位|我局|部门)/.test(text) ||
      (department !== undefined && text.startsWith(department))
    const startsWithMarker =
      BREAKDOWN_MARKERS.some((m) => text.startsWith(m)) || /^主要用于以下方面/.test(text)
    if (startsTopLevel && !startsWithMarker) stack = []
    if (startsWithMarker && found.length > 0) {
      const head = stack[0] ?? findBack(figures, (f) => f.kind === 'amount' || f.kind === 'count', 12)
      if (head && head.sentenceNo >= sentenceNo - 6) stack = [head]
    }
    const inSentence: Draft[] = []
    // the last two money amounts and the first figure of each kind, so no step rescans the sentence
    const moneyInSentence: Draft[] = []
    const firstInSentence = new Map<string, Draft>()
    let floor = 0
    found.forEach((n, k) => {
      const start = clauseStart(text, n.start, floor)
      const pre = text.slice(start, n.start)
      const gapBefore = text.slice(floor, n.start)
      floor = n.end
      const change = changeWord(pre)
      let kind: Kind
      let direction: Direction | undefined
      if (n.unitClass === 'percent') {
        if (change) {
          kind = 'growth'
          direction = change.direction
        } else if (/完成[^，,]{0,6}预算|完成率|执行率|执行进度|支出进度|预算执行/.test(pre))
          kind = 'completion'
        else if (pre.includes('占')) kind = 'share'
        else kind = 'ratio'
      } else if (n.unitClass === 'money' && change) {
        kind = 'change'
        direction = change.direction
      } else kind = n.unitClass === 'money' ? 'amount' : 'count'

      const sectionNo = s.sectionIndex
      const count = (counters.get(sectionNo) ?? 0) + 1
      counters.set(sectionNo, count)
      let id = `s${sectionNo}-f${count}`
      while (ids.has(id)) id = `${id}b`
      ids.add(id)

      const rawSubject = change ? pre.trimEnd().slice(0, pre.trimEnd().length - change.word.length) : pre
      let subject = subjectOf(rawSubject, department)
      if (change) subject = subject.replace(/(?:比|较|与)\s*(?:\d{4}\s*年度?|上年度?|上一年度?|去年).*$/, '')
      const pageAt = s.pages[n.start]
      const draft: Draft = {
        id,
        section: s.section,
        sentence: text,
        kind,
        printed: n.printed,
        value: n.value,
        unit: n.unit,
        subject,
        unitClass: n.unitClass,
        sentenceNo,
        ...(direction ? { direction } : {}),
        ...(pageAt !== undefined ? { page: pageAt } : {}),
      }
      const previousInSentence = inSentence.at(-1)
      const lastAmount = findBack(inSentence, (f) => f.kind === 'amount' || f.kind === 'count')
      switch (kind) {
        case 'share': {
          const part = lastAmount ?? findBack(figures, (f) => f.kind === 'amount', 3)
          const named = /占(.{1,30}?)的\s*$/.exec(pre)?.[1]
          const whole =
            (named
              ? findBack(
                  figures,
                  (f) => f.kind === 'amount' && sharesSubject(f.subject, subjectOf(named, department)),
                )
              : undefined) ??
            (part?.partOf ? byId.get(part.partOf) : undefined) ??
            stack[stack.length - 1]
          draft.operands = {
            ...(part ? { part: { figure: part.id } } : {}),
            ...(whole && whole !== part ? { whole: { figure: whole.id } } : {}),
          }
          draft.subject = `${part?.subject ?? subject}占${named ? subjectOf(named, department) : (whole?.subject ?? '')}的比重`
          break
        }
        case 'completion': {
          const money = moneyInSentence
          const actual = money.at(-1)
          const budget = money.length >= 2 ? money.at(-2) : undefined
          draft.operands = {
            ...(actual ? { actual: { figure: actual.id } } : {}),
            ...(budget ? { budget: { figure: budget.id } } : {}),
          }
          draft.subject = `${actual?.subject ?? subject} 完成预算`
          break
        }
        case 'change':
        case 'growth': {
          const priorChange =
            kind === 'growth' && previousInSentence?.kind === 'change' ? previousInSentence : undefined
          let current: Draft | undefined
          let prior: Draft | undefined
          const currentOp = priorChange?.operands?.current
          const priorOp = priorChange?.operands?.prior
          if (priorOp && 'figure' in priorOp) prior = byId.get(priorOp.figure)
          if (currentOp && 'figure' in currentOp) current = byId.get(currentOp.figure)
          else if (subject !== '')
            current = findBack(figures, (f) => f.kind === 'amount' && sharesSubject(f.subject, subject), 30)
          else if (lastAmount && /^(?:比|较|与)/.test(lastAmount.subject)) {
            // '收入预算 110896.62 万元，比 2025 年年初预算数 115041.34 万元减少 4144.72 万元': the amount
            // after 比 is the prior year's, the current one comes before it
            prior = lastAmount
            current = findBack(inSentence, (f) => f.kind === 'amount' && f !== lastAmount)
          } else
            current =
              lastAmount ?? findBack(figures, (f) => f.kind === 'amount' && f.sentenceNo >= sentenceNo - 1, 4)
          if (subject === '') subject = current?.subject ?? priorChange?.subject.replace(/比.*$/, '') ?? ''
          draft.operands = {
            ...(current ? { current: { figure: current.id } } : {}),
            ...(prior ? { prior: { figure: prior.id } } : {}),
            ...(priorChange ? { change: { figure: priorChange.id } } : {}),
          }
          const base = subject.replace(/比.*$/, '')
          const word =
            kind === 'change'
              ? direction === 'decrease'
                ? '减少额'
                : '增加额'
              : direction === 'decrease'
                ? '下降率'
                : '增长率'
          draft.subject = `${base}${comparisonOf(text, n.start)}${word}`
          if (draft.operands && Object.keys(draft.operands).length === 0) delete draft.operands
          break
        }
        default: {
          if (subject === '' && previousInSentence) draft.subject = previousInSentence.subject
          // parts of a stated total
          if (stack.length > 1 && gapBefore.length >= 0 && inSentence.length === 0) {
            const top = stack[stack.length - 1] as Draft
            if (commonPrefix(top.subject, draft.subject) < 2) stack.pop()
          }
          // a closing bracket ends a breakdown opened inside the brackets
          if (stack.length > 1 && /[）)]/.test(gapBefore)) stack.pop()
          const head = stack[stack.length - 1]
          if (head && head.kind === kind && head.unitClass === n.unitClass) draft.partOf = head.id
        }
      }
      // a list joined by 、 after a figure of the same sentence: parts of that figure
      if ((kind === 'amount' || kind === 'count') && draft.partOf === undefined && inSentence.length >= 1) {
        const first = firstInSentence.get(`${kind}|${n.unitClass}`)
        const listed = gapBefore.trimStart().startsWith('、')
        const nextIsListed = text.slice(n.end, found[k + 1]?.start ?? n.end).includes('、')
        if (
          first &&
          first !== draft &&
          (listed || nextIsListed) &&
          first.partOf === undefined &&
          !stackHas(stack, first)
        )
          draft.partOf = first.id
      }
      figures.push(draft)
      byId.set(draft.id, draft)
      inSentence.push(draft)
      if (kind === 'amount' && n.unitClass === 'money') {
        moneyInSentence.push(draft)
        if (moneyInSentence.length > 2) moneyInSentence.shift()
      }
      if (!firstInSentence.has(`${kind}|${n.unitClass}`)) firstInSentence.set(`${kind}|${n.unitClass}`, draft)
      // a breakdown marker after this figure makes it the total of what follows
      const gapAfter = text.slice(n.end, found[k + 1]?.start ?? text.length)
      if (
        (kind === 'amount' || kind === 'count' || kind === 'change') &&
        BREAKDOWN_MARKERS.some((m) => gapAfter.includes(m))
      ) {
        if (draft.partOf !== undefined && stack.some((f) => f.id === draft.partOf)) {
          while (stack.length > 0 && (stack[stack.length - 1] as Draft).id !== draft.partOf) stack.pop()
          if (stack.length < MAX_DEPTH) stack.push(draft)
        } else stack = [draft]
      }
    })
  })
  return figures.map(toFigure)
}

const stackHas = (stack: readonly Draft[], f: Draft): boolean => stack.includes(f)

/** A money amount that is a criterion, not a fact: 单价50万元以上, 100万元（含）以上. */
function isThreshold(text: string, n: ScannedNumber): boolean {
  if (n.unitClass !== 'money') return false
  const after = text.slice(n.end, n.end + 6)
  return /^(?:（含）|\(含\))?(?:以上|以下|及以上|及以下)/.test(after)
}

function toFigure(d: Draft): TextFigure {
  const { unitClass: _u, sentenceNo: _s, ...rest } = d
  void _u
  void _s
  return rest
}
