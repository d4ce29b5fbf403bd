// Turns the fenced ```ts examples of a Markdown guide into a runnable module whose output comments
// are assertions (used by docExamples.test.ts).
//
// A statement followed by `// <value>` (on its line, or on the comment lines right after it) is
// checked against the value: strings and numbers exactly (an exact amount prints as its string),
// objects by the keys shown (`…` stands for keys or items left out), arrays item by item, `Map { k => v }`
// entry by entry, `throws CODE` by the error's code. Text after the value is commentary. The
// plain ``` block right after an example that calls console.log is an excerpt of what it prints.
import { resolve } from 'node:path'

/** A fenced block of a Markdown file. */
export interface FencedBlock {
  readonly lang: string
  readonly code: string
  /** 1-based line of the first code line. */
  readonly line: number
}

/** One example statement and what its comment says it gives. */
export interface ExampleStatement {
  readonly code: string
  readonly line: number
  /** The value text (`'ok'`, `{ status: … }`), `throws CODE`, or undefined when nothing is claimed. */
  readonly expected?: string
}

const ROOT = resolve(import.meta.dirname, '../..')
/** Import path → source file, as the package's exports map them. */
export const SUBPATHS: Readonly<Record<string, string>> = {
  '@medbudget/core': 'src/index.ts',
  '@medbudget/core/functional': 'src/codes/functional/index.ts',
  '@medbudget/core/economic': 'src/codes/economic/index.ts',
  '@medbudget/core/money': 'src/money/index.ts',
  '@medbudget/core/model': 'src/model/index.ts',
  '@medbudget/core/tables': 'src/tables/index.ts',
  '@medbudget/core/reconcile': 'src/reconcile/index.ts',
  '@medbudget/core/glossary': 'src/glossary/index.ts',
  '@medbudget/core/samples': 'src/samples/index.ts',
  '@medbudget/core/xlsx': 'src/tables/xlsx/index.ts',
  '@medbudget/core/read': 'src/read/index.ts',
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n')
  const blocks: FencedBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] ?? '')
    if (!open) continue
    const start = i + 1
    let j = start
    while (j < lines.length && !/^```\s*$/.test(lines[j] ?? '')) j++
    blocks.push({ lang: open[1] ?? '', code: lines.slice(start, j).join('\n'), line: start + 1 })
    i = j
  }
  return blocks
}

/** Splits a line into code and trailing `//` comment, outside string literals. */
function splitComment(line: string): { readonly code: string; readonly comment?: string } {
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '/' && line[i + 1] === '/')
      return { code: line.slice(0, i), comment: line.slice(i + 2).trim() }
  }
  return { code: line }
}

function depthChange(code: string): number {
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < code.length; i++) {
    const c = code[i]
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
  }
  return depth
}

/** The leading value of a comment (`'ok'  —— note` → `'ok'`), or undefined when it makes no claim. */
export function leadingValue(comment: string): string | undefined {
  const s = comment.replace(/^→\s*/, '').trim()
  const throws = /^(?:抛出\s*\/\s*)?throws\s+([A-Z][A-Z_]+)/.exec(s)
  if (throws) return `throws ${throws[1]}`
  const str = /^(['"])(?:\\.|(?!\1).)*\1/.exec(s)
  if (str) return str[0]
  const lit = /^(?:-?\d+(?:\.\d+)?(?![\d.])|true|false|null|undefined)(?![\w])/.exec(s)
  if (lit) return lit[0]
  const open = /^(?:Map\s*)?[[{]/.exec(s)
  if (!open) return undefined
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === "'" || c === '"') quote = c
    else if (c === '[' || c === '{') depth++
    else if (c === ']' || c === '}') {
      depth--
      if (depth === 0) return s.slice(0, i + 1)
    }
  }
  return undefined // unbalanced: continued on the next comment line
}

/** The statements of one example block, with what their comments claim. */
export function statements(block: FencedBlock): ExampleStatement[] {
  const lines = block.code.split('\n')
  const out: ExampleStatement[] = []
  let buffer: string[] = []
  let depth = 0
  let startLine = 0
  for (let i = 0; i < lines.length; i++) {
    const { code, comment } = splitComment(lines[i] ?? '')
    if (buffer.length === 0 && code.trim() === '') continue
    if (buffer.length === 0) startLine = block.line + i
    buffer.push(code)
    depth += depthChange(code)
    if (depth > 0) continue
    let expected = comment === undefined ? undefined : leadingValue(comment)
    if (expected === undefined && (comment === undefined || comment === '')) {
      // the claim may be on the comment lines that follow: `// { status: … }`
      let text = ''
      let j = i + 1
      while (j < lines.length) {
        const next = splitComment(lines[j] ?? '')
        if (next.code.trim() !== '' || next.comment === undefined) break
        text = text === '' ? next.comment : `${text} ${next.comment}`
        const value = leadingValue(text)
        if (value !== undefined) {
          expected = value
          i = j
          break
        }
        if (!/^(?:Map\s*)?[[{]/.test(text)) break
        j++
      }
    }
    out.push({
      code: buffer.join('\n').trim(),
      line: startLine,
      ...(expected === undefined ? {} : { expected }),
    })
    buffer = []
    depth = 0
  }
  if (buffer.length > 0) out.push({ code: buffer.join('\n').trim(), line: startLine })
  return out
}

const IMPORT = /^\s*import\s+(type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'\s*;?\s*$/

/** The module source of a document's examples: imports hoisted, each claim wrapped in a check. */
export function exampleModule(
  markdown: string,
  file: string,
): { readonly source: string; readonly checks: number } {
  const blocks = fencedBlocks(markdown)
  const imports = new Map<string, Set<string>>()
  const body: string[] = []
  let checks = 0
  blocks.forEach((block, b) => {
    if (block.lang !== 'ts') return
    const next = blocks[b + 1]
    for (const st of statements(block)) {
      const imp = IMPORT.exec(st.code.replace(/\n/g, ' '))
      if (imp) {
        if (imp[1]) continue
        // node's own modules (node:fs for reading a file) are imported as they are
        const target = imp[3]?.startsWith('node:') ? imp[3] : SUBPATHS[imp[3] ?? '']
        if (target === undefined) throw new Error(`${file}:${st.line}: unknown import path ${imp[3]}`)
        const names = imports.get(target) ?? new Set<string>()
        for (const n of (imp[2] ?? '').split(',')) {
          const name = n.replace(/^\s*type\s+/, '').trim()
          if (name !== '' && !/^type\s/.test(n.trim())) names.add(name)
        }
        imports.set(target, names)
        continue
      }
      const where = JSON.stringify(`${file}:${st.line}`)
      const code = st.code.replace(/console\.log\(/g, '__log(')
      const isAsync = /\bawait\b/.test(code)
      const declaration = /^(const|let|var|function|type|interface)\b/.test(code)
      if (st.expected !== undefined && !declaration) {
        checks++
        const fn = `${isAsync ? 'async ' : ''}() => (${code.replace(/;\s*$/, '')})`
        const expected = JSON.stringify(st.expected)
        body.push(`${isAsync ? 'await ' : ''}__check(${fn}, ${expected}, ${where})`)
      } else {
        body.push(`__at(${where}); ${code}`)
      }
    }
    // an excerpt of the printed output follows an example that prints
    if (next && next.lang === '' && /console\.log\(/.test(block.code)) {
      checks++
      body.push(`__printed(${JSON.stringify(next.code)}, ${JSON.stringify(`${file}:${next.line}`)})`)
    }
  })
  const head = [...imports].map(
    ([target, names]) =>
      `import { ${[...names].join(', ')} } from ${JSON.stringify(target.startsWith('node:') ? target : resolve(ROOT, target))}`,
  )
  const source = [
    ...head,
    'export async function run(__check, __printed, __log, __at) {',
    ...body,
    '}',
    '',
  ].join('\n')
  return { source, checks }
}
