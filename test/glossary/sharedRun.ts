/**
 * Test helper for the no-copy rule: finds the longest run of characters a text shares with any of
 * a set of source sentences, after reducing both to letters and digits (so punctuation, quote
 * style, width and line wraps cannot hide a copied sentence).
 */

/** Letters and digits only, NFKC (full width → half width), lower case. */
export function copyCheckForm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase()
}

/** Longest substring of `text` that also occurs in one of `sources` (both in {@link copyCheckForm}). */
export function longestSharedRun(text: string, sources: readonly string[]): string {
  const a = copyCheckForm(text)
  const bs = sources.map(copyCheckForm)
  let best = ''
  // Grow the candidate one character at a time: a run of length n+1 contains one of length n,
  // so it is enough to try extending from the current best length.
  for (let i = 0; i < a.length; i++) {
    let len = best.length + 1
    while (i + len <= a.length && bs.some((b) => b.includes(a.slice(i, i + len)))) {
      best = a.slice(i, i + len)
      len++
    }
  }
  return best
}
