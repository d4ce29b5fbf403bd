/**
 * Removes `<…>` tags (what `/<[^>]*>/g` removes) in one pass. The regular expression rescans the
 * rest of the text from every `<` that has no `>` after it: quadratic on `'<'.repeat(n)`.
 * @param text - the text
 * @param replacement - what each tag becomes (`''` or `' '`)
 * @returns the text without tags
 * @example
 * ```ts
 * stripTags('<b>行政运行</b>') // '行政运行'
 * ```
 * @internal
 */
export function stripTags(text: string, replacement = ''): string {
  let open = text.indexOf('<')
  if (open < 0) return text
  let out = ''
  let from = 0
  while (open >= 0) {
    const close = text.indexOf('>', open + 1)
    // no '>' after this '<' means none after any later '<' either: the rest stays as it is
    if (close < 0) break
    out += text.slice(from, open) + replacement
    from = close + 1
    open = text.indexOf('<', from)
  }
  return out + text.slice(from)
}
