import type { TextFigure } from '../../../src/model/textFigure'

/** What the golden test requires of a read figure: the same number, unit, kind and direction. */
export const keyOf = (f: TextFigure): string =>
  [f.kind, f.printed.replace(/\s+/g, ''), f.value, f.unit, f.direction ?? ''].join('|')

/** One difference between the reading and the transcription. */
export interface FigureDifference {
  readonly kind: 'missing' | 'extra'
  readonly key: string
  readonly sentence: string
}

/**
 * Aligns read figures with transcribed ones (longest common subsequence on {@link keyOf}, so a
 * figure is matched in document order) and lists what one has and the other lacks.
 */
export function compareFigures(
  read: readonly TextFigure[],
  expected: readonly TextFigure[],
): { matched: [TextFigure, TextFigure][]; differences: FigureDifference[] } {
  const a = read.map(keyOf)
  const b = expected.map(keyOf)
  const n = a.length
  const m = b.length
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (table[i] as number[])[j] =
        a[i] === b[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number)
  const matched: [TextFigure, TextFigure][] = []
  const differences: FigureDifference[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      matched.push([read[i] as TextFigure, expected[j] as TextFigure])
      i++
      j++
    } else if (
      j < m &&
      (i >= n || ((table[i] as number[])[j + 1] as number) >= ((table[i + 1] as number[])[j] as number))
    ) {
      differences.push({
        kind: 'missing',
        key: b[j] as string,
        sentence: (expected[j] as TextFigure).sentence,
      })
      j++
    } else {
      differences.push({ kind: 'extra', key: a[i] as string, sentence: (read[i] as TextFigure).sentence })
      i++
    }
  }
  return { matched, differences }
}
