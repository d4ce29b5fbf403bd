import { withoutInvisibles } from '../internal/invisible'
import { stripTags } from '../internal/stripTags'

/** One heading marker, matched where the previous one ended. */
const MARKER =
  /(?:[-•·●▪]|[一二三四五六七八九十百零〇]+[、.]|\([一二三四五六七八九十百零〇\d]+\)|\d+[、.)](?!\d)|其中[:、]?)/y
/** Punctuation dropped from the end. */
const TRAILING: ReadonlySet<string> = /*#__PURE__*/ new Set([...':;,.。，；、'])

/**
 * Reduces a printed term (or a glossary heading) to the form the glossary compares.
 *
 * Why each step: terms reach the library from PDF extractions and from the 名词解释 headings
 * themselves, which carry an ordinal and a colon (`九、“三公”经费：`), Markdown or HTML markup
 * (`1、**财政拨款收入**：`, `<b>…</b>`), line wraps inside a word, full-width forms
 * (`（境）` / `(境)`, `：` / `:`), and any of four quote styles around 三公 (`“三公”`, `"三公"`,
 * `‘三公’`, `「三公」`). None of these change which term is meant.
 *
 * Steps, in order: Unicode NFKC (full width → half width), drop HTML tags and Markdown emphasis
 * and heading marks, drop all whitespace (line wraps included), drop quote marks, unify brackets
 * (`【】[]〔〕` → `()`), drop a leading list marker, ordinal (`九、`, `(九)`, `3.`, `3、`, `①`) and
 * `其中:`, drop trailing punctuation (`:`, `;`, `。`), lower-case Latin letters.
 * Brackets are kept, not dropped: `因公出国(境)费` and `因公出国境费` stay different.
 *
 * @param text - a term as printed
 * @returns the comparison form (not meant for display)
 * @example
 * ```ts
 * normalizeTerm('九、“三公”经费：') // '三公经费'
 * normalizeTerm('七、机关（机构）运行经费:') // '机关(机构)运行经费'
 * normalizeTerm('1、**财政拨款收入**：') // '财政拨款收入'
 * normalizeTerm('公务用车购置\n及运行费') // '公务用车购置及运行费'
 * ```
 */
export function normalizeTerm(text: string): string {
  // NFKC would turn `①` into a bare `1` that no longer reads as an ordinal; make it `(1)` first.
  let s = text.replace(/[\u2460-\u2473]/g, (c) => `(${(c.codePointAt(0) ?? 0x2460) - 0x245f})`)
  s = withoutInvisibles(s).normalize('NFKC')
  s = stripTags(s)
  s = s.replace(/[*#`]/g, '')
  s = s.replace(/\s+/g, '')
  s = s.replace(/["'“”‘’„‟«»「」『』〝〞〟]/g, '')
  s = s.replace(/[【[〔〖]/g, '(').replace(/[】\]〕〗]/g, ')')
  // A heading may stack markers (`- 一、`, `(一)1.`); strip until none is left.
  // Sticky matching from a moving position: slicing the string after each marker would copy the
  // rest each time (quadratic on '-'.repeat(n)).
  let at = 0
  for (;;) {
    MARKER.lastIndex = at
    const m = MARKER.exec(s)
    if (m === null || m[0] === '') break
    at += m[0].length
  }
  let end = s.length
  while (end > at && TRAILING.has(s[end - 1] as string)) end--
  s = s.slice(at, end)
  return s.toLowerCase()
}
