/**
 * Loads PDF.js (`pdfjs-dist`, an optional peer dependency) on demand: the legacy build, which runs in
 * Node without a worker. Resolved through `createRequire`, so it works from the ESM and the CJS build.
 * Only the few members the reader uses are typed here, so the library's types do not depend on PDF.js.
 * @module
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { MedbudgetError } from '../../errors'

/** A text item of `page.getTextContent()`. */
export interface PdfTextItem {
  readonly str: string
  readonly transform: readonly number[]
  readonly width: number
  readonly height: number
}

/** The part of a PDF.js page the reader uses. */
export interface PdfPage {
  getViewport(params: { scale: number }): {
    readonly transform: readonly number[]
    readonly width: number
    readonly height: number
  }
  getTextContent(params?: { disableNormalization?: boolean }): Promise<{ readonly items: readonly unknown[] }>
  cleanup(): boolean | undefined
}

/** The part of a PDF.js document the reader uses. */
export interface PdfDocument {
  readonly numPages: number
  getPage(n: number): Promise<PdfPage>
  destroy(): Promise<void>
}

/** The part of the PDF.js module the reader uses. */
export interface PdfjsModule {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> }
  readonly Util: { transform(a: readonly number[], b: readonly number[]): number[] }
  readonly version: string
}

/** A loaded PDF.js with the folders of its CMaps and standard fonts. */
export interface LoadedPdfjs {
  readonly pdfjs: PdfjsModule
  /** `<pdfjs-dist>/cmaps/`, always passed: non-embedded Chinese fonts need it. */
  readonly cMapUrl: string
  /** `<pdfjs-dist>/standard_fonts/`. */
  readonly standardFontDataUrl: string
}

let cached: Promise<LoadedPdfjs> | undefined

/**
 * Loads `pdfjs-dist` (once per process).
 *
 * @returns the module and the folders to pass to `getDocument`
 * @throws MedbudgetError `PDFJS_MISSING` when the package is not installed
 * @example
 * ```ts
 * const { pdfjs, cMapUrl } = await loadPdfjs()
 * ```
 */
export function loadPdfjs(): Promise<LoadedPdfjs> {
  cached ??= load().catch((e: unknown) => {
    cached = undefined
    throw e
  })
  return cached
}

async function load(): Promise<LoadedPdfjs> {
  let root: string
  try {
    const require = createRequire(import.meta.url)
    root = dirname(require.resolve('pdfjs-dist/package.json'))
  } catch {
    throw missing()
  }
  let pdfjs: PdfjsModule
  try {
    pdfjs = (await import(pathToFileURL(join(root, 'legacy', 'build', 'pdf.mjs')).href)) as PdfjsModule
  } catch {
    throw missing()
  }
  return {
    pdfjs,
    cMapUrl: `${join(root, 'cmaps')}/`,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  }
}

function missing(): MedbudgetError {
  return new MedbudgetError(
    'PDFJS_MISSING',
    '读取 PDF 需要安装 pdfjs-dist：npm install pdfjs-dist@5.6',
    'reading a PDF needs pdfjs-dist: npm install pdfjs-dist@5.6',
  )
}
