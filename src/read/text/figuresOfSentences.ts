/**
 * Turns the sentences of the explanatory text into text figures: what kind each number is
 * (amount, change, growth, share, completion, ratio, count), what it is about, and how the
 * figures of a passage relate (a part of a stated total, the operands of a share or a growth).
 * @module
 */
import type { Operand, TextFigure } from '../../model/textFigure'
import { add, amount, cmp, eq } from '../../money/decimal'
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
  /** Its clause states an earlier year than the sentence did before it ('2025年预算数为9.23万元'). */
  priorYear?: boolean
  /** Words after it open a list of its parts ('…万元，其中：'). */
  opensList?: boolean
  /** Offset just past it in its sentence. */
  endAt?: number
  /** Made the head of a breakdown by the bracket that follows it ('567.72万元（购置费…）'). */
  bracketHead?: boolean
  /** The list of its parts ends in 等: they are some of it, not all. */
  partsIncomplete?: true
}

const INCREASE = ['增加', '增长', '上升', '提高', '增幅', '多', '增']
const DECREASE = ['减少', '下降', '降低', '减低', '减幅', '降幅', '节约', '压减', '缩减', '少', '减']
/** Deepest nesting of breakdowns followed (a total, its part, the part's part …). */
const MAX_DEPTH = 4
/** Parts of one total compared with a new part (a restated item is found among the first ones). */
const MAX_PARTS_COMPARED = 40
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
  '本年度',
  '本年',
  '相比',
  '同比',
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
  // an opening bracket the subject does not close was the bracket of a breakdown ('（公务用车购置费')
  if ((t.startsWith('（') || t.startsWith('(')) && !/[）)]/.test(t)) t = t.slice(1)
  return squash(t)
}

/**
 * Drops the spaces of a spaced-out print ('项 目 支 出' → '项目支出'), keeping those between Latin letters or digits.
 * @example
 * ```ts
 * squash('项 目 支 出') // '项目支出'
 * ```
 */
export function squash(t: string): string {
  let out = ''
  for (let i = 0; i < t.length; i++) {
    const c = t[i] as string
    if (c !== ' ') {
      out += c
      continue
    }
    const a = out[out.length - 1] ?? ''
    let j = i
    while (t[j] === ' ') j++
    const b = t[j] ?? ''
    const alnum = (x: string | undefined) => x !== undefined && /[A-Za-z0-9]/.test(x)
    // digits printed apart ('2 0 2 6 年') are one number; words of Latin letters or numbers keep their space
    const apart = !alnum(t[i - 2]) && !alnum(t[j + 1])
    if (alnum(a) && alnum(b) && !apart) out += ' '
    i = j - 1
  }
  return out
}

/** A subject that is a phase word only ('支出决算', '决算数', '年初预算数'). */
const PHASE_ONLY = /^(?:支出)?(?:年初预算数?|预算数?|决算数?|执行数)$/
/** The phase word that ends a subject ('…“三公”经费支出预算'). */
const PHASE_TAIL = /(?:支出)?(?:年初预算数?|预算数?|决算数?|执行数)$/

/** Subjects that say no more than 'the amount before': '和2025年相比预算减少1.62万元'. */
const GENERIC_SUBJECTS = new Set(['', '预算', '预算数', '决算', '决算数'])

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

/**
 * The amount a change or growth of `subject` is about: the same subject said again, else the whole
 * of a breakdown before its parts ('收入较去年增加' is about 收入预算, not the 事业收入 listed in it), in
 * the change's unit before another; never a figure stated for an earlier year.
 */
function currentOf(figures: readonly Draft[], subject: string, unit: string): Draft | undefined {
  const candidates: Draft[] = []
  for (let i = figures.length - 1, n = 0; i >= 0 && n < 30; i--, n++) {
    const f = figures[i] as Draft
    if (f.kind === 'amount' && !f.priorYear && sharesSubject(f.subject, subject)) candidates.push(f)
  }
  // the whole of a breakdown before a figure of it left unlinked ('…，事业收入 0.00 万元' after 收入预算)
  const wholes = new Set(figures.map((f) => f.partOf).filter((id) => id !== undefined))
  return (
    candidates.find((f) => f.subject === subject) ??
    candidates.find((f) => f.unit === unit && wholes.has(f.id)) ??
    candidates.find((f) => f.unit === unit && f.partOf === undefined) ??
    candidates.find((f) => f.unit === unit) ??
    candidates[0]
  )
}

/**
 * The whole a share names ('占支出预算的'): the same subject, else a figure whose subject holds the
 * name and is not itself a part of a breakdown (项目支出预算, a part, is not 支出预算).
 */
function wholeNamed(figures: readonly Draft[], name: string): Draft | undefined {
  const found = findBack(figures, (f) => f.kind === 'amount' && f.subject === name)
  return (
    found ??
    findBack(
      figures,
      (f) =>
        f.kind === 'amount' &&
        f.partOf === undefined &&
        !f.priorYear &&
        (f.subject.includes(name) || (f.subject.length >= 2 && name.includes(f.subject))),
    )
  )
}

/** The year a clause states at its start ('2025年预算数为'), if any. */
function yearOf(clause: string): number | undefined {
  const m = /^\s*(?:[和与较比]\s*)?(\d{4})\s*年/.exec(clause)
  return m?.[1] ? Number(m[1]) : undefined
}
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
  /** Subjects of the parts given to each total so far. */
  const partsOf = new Map<string, string[]>()
  /** Totals whose parts already add up when a later list opens under them: that list adds no parts. */
  const complete = new Set<string>()
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
      // never a prior year's figure ('…（去年预算数为 0 万元）。其中：…'): the list breaks down this year's
      const head =
        stack[0] ?? findBack(figures, (f) => (f.kind === 'amount' && !f.priorYear) || f.kind === 'count', 12)
      if (head && head.sentenceNo >= sentenceNo - 6) {
        stack = [head]
        // a 其中 list under a total whose parts already add up breaks down the line above it, never
        // gives the total new parts ('收入预算合计 X，包括本年收入 X，上年结转结余 0。其中：本年一般公共预算收入…')
        if (partsAddUp(head, figures)) complete.add(head.id)
      }
    }
    // a bracket opened in an earlier sentence and closed in this one ends the breakdown it opened
    if (stack.at(-1)?.bracketHead && closesMore(text)) stack.pop()
    const inSentence: Draft[] = []
    // the last amounts of this sentence stated for its year and for an earlier one
    let lastStated: Draft | undefined
    let lastPriorYear: Draft | undefined
    // the last two money amounts and the first figure of each kind, so no step rescans the sentence
    const moneyInSentence: Draft[] = []
    const firstInSentence = new Map<string, Draft>()
    // amounts a completion rate of this sentence has read (as its actual or budget)
    const completed = new Set<string>()
    let floor = 0
    let sentenceYear = yearOf(text)
    found.forEach((n, k) => {
      const start = clauseStart(text, n.start, floor)
      // spaced-out prints ('比 上 年 增 加') read as their words
      const pre = squash(text.slice(start, n.start))
      const gapBefore = text.slice(floor, n.start)
      floor = n.end
      const change = changeWord(pre)
      // a bracket that opened a breakdown closes: what follows speaks of the figure before the bracket again
      let closedHead: Draft | undefined
      if (/[）)]/.test(gapBefore) && stack.at(-1)?.bracketHead) closedHead = stack.pop()
      const clauseYear = yearOf(pre)
      const priorYear =
        /^\s*[比较与]\s*(?:\d{4}\s*年|上年|去年|上一年)/.test(pre) ||
        // '（去年预算数为 0 万元，…）': the prior year's figure named as such, not 上年结转
        /^\s*[（(]?\s*(?:上年|去年|上一年)度?(?:预算|决算)?数\s*[为是:：]/.test(pre) ||
        (clauseYear !== undefined && sentenceYear !== undefined && clauseYear < sentenceYear)
      sentenceYear ??= clauseYear
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
      // a count that names what it counts after itself ('其中1个为局机关，9个为公益一类单位')
      if (kind === 'count' && subject === '') subject = countedAfter(text, n.end)
      if (change)
        subject = subject.replace(/(?:^|同?比|较|与)\s*(?:\d{4}\s*年度?|上年度?|上一年度?|去年).*$/, '')
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
        endAt: n.end,
        ...(priorYear ? { priorYear } : {}),
        ...(direction ? { direction } : {}),
        ...(pageAt !== undefined ? { page: pageAt } : {}),
      }
      const previousInSentence = inSentence.at(-1)
      const lastAmount = findBack(inSentence, (f) => f.kind === 'amount' || f.kind === 'count')
      switch (kind) {
        case 'share': {
          const part = lastAmount ?? findBack(figures, (f) => f.kind === 'amount', 3)
          const named = /占(.{1,30}?)的\s*$/.exec(pre)?.[1]
          const name = named ? subjectOf(named, department) : undefined
          // the whole the breakdown gives, unless the sentence names another one
          const implied = [part?.partOf ? byId.get(part.partOf) : undefined, stack[stack.length - 1]].find(
            (f) => f !== undefined && (name === undefined || sharesSubject(f.subject, name)),
          )
          const whole = (name ? wholeNamed(figures, name) : undefined) ?? implied
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
          // '预算为12.00万元，决算为10.55万元，完成预算的87.92%，其中：因公出国（境）费决算为2.40万元，完成预算的80.00%':
          // an amount an earlier rate of the sentence already read is not the budget of the next one
          const before = money.length >= 2 ? money.at(-2) : undefined
          const budget = before && !completed.has(before.id) ? before : undefined
          if (actual) completed.add(actual.id)
          if (budget) completed.add(budget.id)
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
          const stated = lastStated
          if (priorOp && 'figure' in priorOp) prior = byId.get(priorOp.figure)
          if (currentOp && 'figure' in currentOp) current = byId.get(currentOp.figure)
          else if (closedHead && /^\s*[）)]/.test(text.slice(clauseStart(text, n.start, 0), n.start))) {
            // '567.72万元（购置费…；运行维护费…。）比上年增加46.49万元': the clause after the bracket
            current = closedHead
            subject = closedHead.subject
          } else if (GENERIC_SUBJECTS.has(subject) && stated) {
            // '2026年预算数为7.61万元，2025年预算数为9.23万元，和2025年相比预算减少1.62万元'
            current = stated
            prior = lastPriorYear
          } else if (subject !== '') current = currentOf(figures, subject, n.unit)
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
          // 'X预算为 3.20 万元，支出决算为 3.20 万元': the second amount is X's too
          const stem = PHASE_ONLY.test(subject)
            ? findBack(inSentence, (f) => f.kind === 'amount' && PHASE_TAIL.test(f.subject))
            : undefined
          if (stem) draft.subject = `${stem.subject.replace(PHASE_TAIL, '')}${subject}`
          // a sentence that opens on the other side of the account closes the breakdown ('…上年结转结余
          // 7600.00万元。相应安排支出预算81206.56万元'): an expenditure is no part of an income, nor the reverse
          if (
            inSentence.length === 0 &&
            !startsWithMarker &&
            stack[0] &&
            otherSide(stack[0].subject, draft.subject)
          )
            stack = []
          // parts of a stated total
          if (stack.length > 1 && gapBefore.length >= 0 && inSentence.length === 0) {
            const top = stack[stack.length - 1] as Draft
            if (commonPrefix(top.subject, draft.subject) < 2) stack.pop()
          }
          // a closing bracket ends a breakdown opened inside the brackets
          if (stack.length > 1 && /[）)]/.test(gapBefore)) stack.pop()
          const head = stack[stack.length - 1]
          // two items of the “三公” are siblings: '（三）公务接待费' after the parts of '（二）公务用车购置及运行费'
          const siblings = NAMED_PARTS.some(
            (r) => r.part.test(draft.subject) && head && r.part.test(head.subject),
          )
          // an item named as a part of another whole ('（2）公务用车运行维护费' under '2．公务用车购置及运行
          // 维护费' while the “三公” breakdown is still open) attaches by its name below
          const namedElsewhere =
            head !== undefined &&
            NAMED_PARTS.some((r) => r.part.test(draft.subject) && !r.whole.test(head.subject)) &&
            namedParent(figures, draft) !== undefined
          // 会议费 and 培训费 stated after the “三公” are no part of them
          const notSanGong = head && /三公/.test(head.subject) && /会议费|培训费/.test(draft.subject)
          if (
            head &&
            !complete.has(head.id) &&
            !siblings &&
            !namedElsewhere &&
            !notSanGong &&
            head.kind === kind &&
            head.unitClass === n.unitClass &&
            (kind !== 'count' || head.unit === n.unit)
          )
            draft.partOf = head.id
          // '（一）因公出国（境）费0万元' after '“三公”经费支出预算为4万元。': a part by its name
          if (draft.partOf === undefined && kind === 'amount') draft.partOf = namedParent(figures, draft)?.id
        }
      }
      // an amount of an earlier year ('与2023年预算2.8万元相比') is no part of this year's total, and an item
      // already listed under a total is restated, not a second part of it
      if (draft.partOf !== undefined) {
        const head = byId.get(draft.partOf)
        if (
          (draft.priorYear && !head?.priorYear) ||
          (partsOf.get(draft.partOf) ?? []).some((p) => sharesSubject(itemOf(p), itemOf(draft.subject)))
        )
          delete draft.partOf
      }
      // a list joined by 、 after a figure of the same sentence: parts of that figure
      const listKey = `${kind}|${kind === 'count' ? n.unit : n.unitClass}`
      if ((kind === 'amount' || kind === 'count') && draft.partOf === undefined && inSentence.length >= 1) {
        // the first figure is the whole only where words open the list after it ('合计X万元，其中：A…、B…'); in
        // '包括A x万元、B y万元、C z万元' it is the first of the list, as the others are
        const first = firstInSentence.get(listKey)
        const listed = gapBefore.trimStart().startsWith('、')
        const nextIsListed = text.slice(n.end, found[k + 1]?.start ?? n.end).includes('、')
        if (
          first &&
          first !== draft &&
          (listed || nextIsListed) &&
          first.partOf === undefined &&
          first.opensList === true &&
          !stackHas(stack, first)
        )
          draft.partOf = first.id
      }
      // a list that ends in 等 ('其中：A 0.7万元，B 56.25万元等。') names some of the parts, not all of them
      const whole = draft.partOf === undefined ? undefined : byId.get(draft.partOf)
      if (whole && endsList(text, n.end)) whole.partsIncomplete = true
      if (draft.partOf !== undefined) {
        const listed = partsOf.get(draft.partOf) ?? []
        // bounded: a breakdown has a few dozen parts, not thousands
        if (listed.length < MAX_PARTS_COMPARED) listed.push(draft.subject)
        partsOf.set(draft.partOf, listed)
      }
      figures.push(draft)
      byId.set(draft.id, draft)
      if (kind === 'amount') {
        if (draft.priorYear) lastPriorYear = draft
        else lastStated = draft
      }
      inSentence.push(draft)
      if (kind === 'amount' && n.unitClass === 'money') {
        moneyInSentence.push(draft)
        if (moneyInSentence.length > 2) moneyInSentence.shift()
      }
      if (!firstInSentence.has(listKey)) firstInSentence.set(listKey, draft)
      // a breakdown marker after this figure makes it the total of what follows: amounts after it in the
      // sentence, or the next sentences when the marker ends this one ('…万元，具体如下：'); a marker
      // followed by words only ('…万元，包括人员工资、日常公用经费等') lists no amounts
      const next = found[k + 1]
      const gapAfter = text.slice(n.end, next?.start ?? text.length)
      const marker = BREAKDOWN_MARKERS.map((m) => gapAfter.lastIndexOf(m)).reduce(
        (a, b) => Math.max(a, b),
        -1,
      )
      // …nor does one followed by a list of names closed before the next figure ('9个公益一类单位分别为
      // 北京市生态环境监测中心、北京市核与辐射安全中心，1个公益二类单位是…')
      const namesListed = marker >= 0 && namesBeforeNext(gapAfter.slice(marker))
      const markerOpens =
        marker >= 0 && !namesListed && (next !== undefined || gapAfter.length - marker <= 10)
      // an opening bracket left open before the next figure: the bracketed amounts are parts of this one
      const bracketOpens = next !== undefined && opensBracket(gapAfter)
      if ((kind === 'amount' || kind === 'count') && (markerOpens || /^\s*[：:]/.test(gapAfter)))
        draft.opensList = true
      // the part that completes its total's list, followed in the sentence by 其中 and an amount larger
      // than itself ('合计 X，包括本年收入 X，上年结转结余 0，其中：本年一般公共预算收入 Y…'): the list breaks
      // down the lines above, as it does when 其中 opens the next sentence, and adds no parts to either
      const listsAboveAll =
        markerOpens &&
        !bracketOpens &&
        whole !== undefined &&
        stack.includes(whole) &&
        next !== undefined &&
        exceeds(next, draft) &&
        partsAddUp(whole, figures)
      if (listsAboveAll) {
        complete.add(whole.id)
        while (stack.length > 0 && stack.at(-1) !== whole) stack.pop()
      } else if (
        (kind === 'amount' || kind === 'count' || kind === 'change') &&
        (markerOpens || bracketOpens)
      ) {
        if (bracketOpens) draft.bracketHead = true
        if (draft.partOf !== undefined && stack.some((f) => f.id === draft.partOf)) {
          while (stack.length > 0 && (stack[stack.length - 1] as Draft).id !== draft.partOf) stack.pop()
          if (stack.length < MAX_DEPTH) stack.push(draft)
        } else stack = [draft]
      }
    })
    // a bracket opened after a figure of this sentence and closed in it ends the breakdown it opened
    const top = stack.at(-1)
    if (top?.bracketHead && top.sentenceNo === sentenceNo && !opensBracket(text.slice(top.endAt ?? 0)))
      stack.pop()
  })
  return figures.map(toFigure)
}

const stackHas = (stack: readonly Draft[], f: Draft): boolean => stack.includes(f)

/**
 * Whether the figure that ends at `end` closes its list with 等 ('…56.25万元等。'), not 等于 or 等级.
 * @example
 * ```ts
 * endsList('政府性基金预算购置固定资产56.25万元等。', 20) // true
 * endsList('合计10万元等于上年的两倍', 6) // false
 * ```
 */
function endsList(text: string, end: number): boolean {
  return /^\s*等(?![于同级])/.test(text.slice(end, end + 8))
}

/** Most figures looked back over for the parts of a total. */
const PARTS_LOOKBACK = 60

/**
 * Whether the parts given to `head` so far add up to it exactly, all stated in its unit (an
 * amount or a count, none a change): its breakdown is complete.
 * @example
 * ```ts
 * // head 100万元 with parts 60万元 and 40万元 among `figures`
 * partsAddUp(head, figures) // true
 * ```
 */
function partsAddUp(head: Draft, figures: readonly Draft[]): boolean {
  if (head.kind !== 'amount' && head.kind !== 'count') return false
  const parts: Draft[] = []
  for (let i = figures.length - 1, n = 0; i >= 0 && n < PARTS_LOOKBACK; i--, n++) {
    const f = figures[i] as Draft
    if (f.partOf === head.id) parts.push(f)
  }
  if (parts.length === 0 || parts.some((p) => p.kind !== head.kind || p.unit !== head.unit)) return false
  const plain = /^\d{1,20}(?:\.\d{1,10})?$/
  if (!plain.test(head.value) || parts.some((p) => !plain.test(p.value))) return false
  return eq(
    parts.reduce((total, p) => add(total, amount(p.value)), amount('0')),
    amount(head.value),
  )
}

/**
 * Whether the number `next` is larger than the figure `part`, both plain numbers in one unit: it
 * cannot be a part of it.
 * @example
 * ```ts
 * // part: 上年结转结余 0万元; next: 475,631.69万元
 * exceeds(next, part) // true
 * ```
 */
function exceeds(next: ScannedNumber, part: Draft): boolean {
  const plain = /^\d{1,20}(?:\.\d{1,10})?$/
  if (next.unit !== part.unit || !plain.test(next.value) || !plain.test(part.value)) return false
  return cmp(amount(next.value), amount(part.value)) > 0
}

/** Whether `text` closes more brackets than it opens ('公务用车运行维护费2万元，…变化）；'). */
function closesMore(text: string): boolean {
  let depth = 0
  for (const c of text) {
    if (c === '（' || c === '(') depth++
    else if (c === '）' || c === ')') {
      if (depth === 0) return true
      depth--
    }
  }
  return false
}

/** The phase a subject speaks of: 决算 (actual) or 预算 (budget), when it says one. */
const phaseOf = (subject: string): string | undefined =>
  subject.includes('决算') ? '决算' : subject.includes('预算') ? '预算' : undefined

/** Items of the “三公” breakdown and of its vehicle part, by the words that name them and their whole's. */
const NAMED_PARTS: readonly { readonly part: RegExp; readonly whole: RegExp }[] = [
  { part: /^(?:因公出国|公务接待|公务用车购置[及和与]?运|公务用车费)/, whole: /三公/ },
  {
    part: /^公务用车(?:购置费|购置支出|购置预算|运行维护|运行费|运维费)/,
    whole: /公务用车购置[及和与]?运|公务用车费/,
  },
]

/**
 * The total a part names itself as a part of, by the vocabulary of the “三公”: a 因公出国 / 公务用车 / 公务接待
 * amount of the same section after a “三公” total, of the same phase (预算 or 决算).
 */
function namedParent(figures: readonly Draft[], draft: Draft): Draft | undefined {
  const rule = NAMED_PARTS.find((r) => r.part.test(draft.subject))
  if (!rule) return undefined
  const phase = phaseOf(draft.subject)
  return findBack(
    figures,
    (f) =>
      f.kind === 'amount' &&
      f.section === draft.section &&
      !f.priorYear &&
      rule.whole.test(f.subject) &&
      !rule.part.test(f.subject) &&
      (phase === undefined || phaseOf(f.subject) === undefined || phaseOf(f.subject) === phase),
    60,
  )
}

/** Whether `gap` leaves a bracket open ('（公务用车购置费'; not '（一）强化…'). */
function opensBracket(gap: string): boolean {
  let depth = 0
  for (const c of gap) {
    if (c === '（' || c === '(') depth++
    else if ((c === '）' || c === ')') && depth > 0) depth--
  }
  return depth > 0
}

/** A money amount that is a criterion, not a fact: 单价50万元以上, 100万元（含）以上. */
function isThreshold(text: string, n: ScannedNumber): boolean {
  if (n.unitClass !== 'money') return false
  const after = text.slice(n.end, n.end + 6)
  return /^(?:（含）|\(含\))?(?:以上|以下|及以上|及以下)/.test(after)
}

function toFigure(d: Draft): TextFigure {
  const {
    unitClass: _u,
    sentenceNo: _s,
    priorYear: _p,
    opensList: _o,
    bracketHead: _b,
    endAt: _e,
    ...rest
  } = d
  void [_u, _s, _p, _o, _b, _e]
  return rest
}

/** An item's name without its phase words ('因公出国（境）费预算支出' → '因公出国（境）费'), to tell a restated item. */
const itemOf = (subject: string): string => subject.replace(/预算|决算|支出|安排/g, '')

/**
 * Whether two subjects speak of opposite sides of the account, one of income only and the other of
 * expenditure only ('部门收入预算' and '相应安排支出预算').
 * @example
 * ```ts
 * otherSide('部门收入预算', '相应安排支出预算') // true
 * ```
 */
function otherSide(a: string, b: string): boolean {
  const side = (s: string): 'in' | 'out' | undefined =>
    /收入/.test(s) && !/支出/.test(s) ? 'in' : /支出/.test(s) && !/收入/.test(s) ? 'out' : undefined
  const x = side(a)
  const y = side(b)
  return x !== undefined && y !== undefined && x !== y
}

/**
 * What a count names after itself: the words after it up to '为', '是' or a clause break, after a
 * leading '为' or '是' ('个为局机关，' → '局机关'; '个公益二类单位是…' → '公益二类单位'); '' when none.
 * @example
 * ```ts
 * countedAfter('其中1个为局机关，', 4) // '局机关'
 * ```
 */
function countedAfter(text: string, end: number): string {
  const after = text.slice(end, end + 40).replace(/^\s*(?:为|是)\s*/, '')
  let cut = 0
  while (cut < after.length && !CLAUSE_BREAKS.includes(after[cut] as string)) cut++
  const words = after
    .slice(0, cut)
    .replace(/(?:分别为|分别是|是|为).*$/, '')
    .trim()
  return words.length >= 2 && words.length <= 20 && !/\d/.test(words) ? squash(words) : ''
}

/**
 * Whether the words after a breakdown marker are a list of names joined by '、' that a clause break
 * closes before any figure ('分别为A、B、C，'): the marker lists names, not figures.
 * @example
 * ```ts
 * namesBeforeNext('分别为北京市监测中心、北京市宣传中心，') // true
 * ```
 */
function namesBeforeNext(gap: string): boolean {
  const last = gap.lastIndexOf('、')
  return last >= 0 && /[，,；;。]/.test(gap.slice(last))
}
