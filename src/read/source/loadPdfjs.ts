/**
 * Loads PDF.js (`pdfjs-dist`, an optional peer dependency) on demand: the legacy build, which runs in
 * Node without a worker. Resolved through `createRequire`, so it works from the ESM and the CJS build.
 * Only the few members the reader uses are typed here, so the library's types do not depend on PDF.js.
 * @module
 */
import { MedbudgetError } from '../../errors'

// Node built-ins loaded by name: the library's own types stay free of @types/node.
interface NodeModuleApi {
  createRequire(url: string): { resolve(id: string): string }
}
interface NodeUrlApi {
  pathToFileURL(path: string): { readonly href: string }
}
const nodeImport = (name: string): Promise<unknown> => import(/* @vite-ignore */ name)

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
  /** The drawing operators of the page (paths give the table rulings). */
  getOperatorList?(params?: {
    readonly annotationMode?: number
  }): Promise<{ readonly fnArray: readonly number[]; readonly argsArray: readonly unknown[] }>
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
  /** Operator codes (`save`, `restore`, `transform`, `constructPath`, `fill`, `stroke` …). */
  readonly OPS?: Readonly<Record<string, number>>
  /** Annotation modes of `getOperatorList` (`DISABLE` leaves annotations out). */
  readonly AnnotationMode?: Readonly<Record<string, number>>
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

/**
 * The `getDocument` parameters the reader always passes: the CMaps and standard fonts (without them
 * about one PDF in ten loses text silently), no system fonts, no `eval`, no font faces, and no image
 * decoding (text and rulings need no pictures: without this PDF.js decodes every seal and logo of a
 * page and copies its pixels between threads). One place, so the reader, its benchmark floor and the
 * scripts open a PDF the same way.
 *
 * @param loaded - what {@link loadPdfjs} returned
 * @param data - the PDF's bytes (PDF.js takes ownership of this buffer: pass a copy you do not reuse)
 * @example
 * ```ts
 * const loaded = await loadPdfjs()
 * const doc = await loaded.pdfjs.getDocument(pdfDocumentParams(loaded, new Uint8Array(bytes))).promise
 * ```
 */
export function pdfDocumentParams(loaded: LoadedPdfjs, data: Uint8Array): Record<string, unknown> {
  return {
    data,
    cMapUrl: loaded.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: loaded.standardFontDataUrl,
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    maxImageSize: 0,
    verbosity: 0,
  }
}

let cached: Promise<LoadedPdfjs> | undefined

// the built-ins PDF.js's core-js replaces on import (see load())
const KEPT_BUILTINS: readonly (readonly [object, string])[] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
]

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
  let url: NodeUrlApi
  try {
    const { createRequire } = (await nodeImport('node:module')) as NodeModuleApi
    url = (await nodeImport('node:url')) as NodeUrlApi
    const cwd = (globalThis as { process?: { cwd(): string } }).process?.cwd() ?? '.'
    const here = (import.meta as { readonly url?: string }).url ?? url.pathToFileURL(`${cwd}/`).href
    const pkg = createRequire(here).resolve('pdfjs-dist/package.json')
    root = pkg.slice(0, pkg.length - 'package.json'.length)
  } catch {
    throw missing()
  }
  let pdfjs: PdfjsModule
  // PDF.js's legacy build carries core-js, which replaces three built-ins of the whole thread that
  // Node 20 has but core-js finds wanting (Array.prototype.push, JSON.parse, JSON.stringify) with
  // JavaScript versions: every push and every JSON of the process then runs slower. PDF.js needs none
  // of what they add; the thread gets its own back. Its worker module (which PDF.js imports at the
  // first document, in this thread) carries core-js too: imported here, inside the same window.
  const kept = KEPT_BUILTINS.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key))
  try {
    pdfjs = (await import(
      /* @vite-ignore */ url.pathToFileURL(`${root}legacy/build/pdf.mjs`).href
    )) as PdfjsModule
    await import(/* @vite-ignore */ url.pathToFileURL(`${root}legacy/build/pdf.worker.mjs`).href)
  } catch {
    throw missing()
  } finally {
    KEPT_BUILTINS.forEach(([owner, key], i) => {
      const was = kept[i]
      if (was !== undefined && Object.getOwnPropertyDescriptor(owner, key)?.value !== was.value)
        Object.defineProperty(owner, key, was)
    })
  }
  return { pdfjs, cMapUrl: `${root}cmaps/`, standardFontDataUrl: `${root}standard_fonts/` }
}

function missing(): MedbudgetError {
  return new MedbudgetError(
    'PDFJS_MISSING',
    '读取 PDF 需要安装 pdfjs-dist：npm install pdfjs-dist@5.6',
    'reading a PDF needs pdfjs-dist: npm install pdfjs-dist@5.6',
  )
}
