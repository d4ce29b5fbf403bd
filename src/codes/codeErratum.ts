/**
 * One misprinted code in a published disclosure, and the code it stands for.
 *
 * The catalogs never learn a misprint: a parser that is given the errata list reports that it
 * applied one, so a caller can show the correction instead of silently trusting it.
 */
export interface CodeErratum {
  /** Seed file (or other document) the misprint was seen in. */
  readonly seed: string
  /** Table title the misprint was seen in. */
  readonly table: string
  /** The code cell(s) exactly as extracted (columns separated by tabs as in the text). */
  readonly printed: string
  /**
   * The name printed beside the code, when the same misprint stands for different codes
   * (`301 l` is 30108 on one row and 30110 on the next). Compared after name normalisation; a
   * printed name that starts with this one matches (wrapped rows print the head of a name).
   */
  readonly name?: string
  /** The code meant, joined (`2101299`). */
  readonly intended: string
  /** Why the intended code is believed, in words a reader can check against the document. */
  readonly why: string
}
