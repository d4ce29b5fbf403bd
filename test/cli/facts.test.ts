import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { factCsvLine, factsOf } from '../../src/cli/factsOf'
import { outputName } from '../../src/cli/io'
import { FACT_COLUMNS, FactRowSchema, jsonSchemaOf } from '../../src/cli/schema'
import { loadSample } from '../../src/samples/index'
import { runCli, samplesFolder } from './runCli'

const T = 120_000
let dir: string
beforeAll(() => {
  dir = samplesFolder(['000', '002'])
})

/** RFC 4180 reader of one line (enough to read back what factCsvLine writes). */
function readCsvLine(line: string): string[] {
  const out: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = ''
      i++
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          s += '"'
          i += 2
        } else if (line[i] === '"') break
        else s += line[i++]
      }
      out.push(s)
      i += 2
    } else {
      const end = line.indexOf(',', i)
      out.push(line.slice(i, end < 0 ? line.length : end))
      if (end < 0) break
      i = end + 1
    }
  }
  return out
}

describe('facts in long format', () => {
  it('one row per non-blank printed cell, value in 元 exact', () => {
    const doc = loadSample('000')
    const rows = factsOf(doc, '000.json')
    const cells = doc.tables.flatMap((t) =>
      t.rows.flatMap((r) => Object.values(r.cells).filter((c) => c !== '')),
    )
    expect(rows).toHaveLength(cells.length)
    const amount = rows.find((r) => r.value_printed === '8938.04')
    expect(amount?.value_yuan).toBe('89380400')
    expect(amount?.unit).toBe('万元')
    expect(rows.every((r) => FactRowSchema.safeParse(r).success)).toBe(true)
    expect(
      rows
        .filter((r) => r.value_printed === '-' || r.value_printed === '××.××')
        .every((r) => r.value_yuan === null),
    ).toBe(true)
  })

  it('CSV lines read back to the same fields, whatever the text (property)', { timeout: T }, () => {
    const base = factsOf(loadSample('000'), '000.json')[0]!
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (name, title) => {
        const row = { ...base, row_name: name, table_title: title }
        const line = factCsvLine(row)
        expect(line.endsWith('\n')).toBe(true)
        const fields = readCsvLine(line.slice(0, -1))
        expect(fields).toHaveLength(FACT_COLUMNS.length)
        expect(fields[FACT_COLUMNS.indexOf('row_name')]).toBe(name)
        expect(fields[FACT_COLUMNS.indexOf('table_title')]).toBe(title)
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('output names are safe and unique, whatever the input names (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 30 }), (files) => {
        const taken = new Set<string>()
        const names = files.map((f) => outputName(`${f}.pdf`, taken))
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
        for (const n of names) {
          expect(n).not.toMatch(/[/\\]/)
          expect(n).not.toMatch(/^\./)
          expect(n.toLowerCase()).not.toBe('index')
        }
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('medbudget facts --out facts.csv and facts.jsonl', { timeout: T }, () => {
    const csv = join(dir, 'facts.csv')
    expect(runCli(['facts', join(dir, '000.json'), '--out', csv, '--quiet']).status).toBe(0)
    const lines = readFileSync(csv, 'utf8').trim().split('\n')
    expect(lines[0]).toBe(FACT_COLUMNS.join(','))
    expect(lines).toHaveLength(factsOf(loadSample('000'), 'x').length + 1)
    const jsonl = join(dir, 'facts.jsonl')
    expect(runCli(['facts', join(dir, '002.json'), '--out', jsonl, '--quiet']).status).toBe(0)
    const rows = readFileSync(jsonl, 'utf8')
      .trim()
      .split('\n')
      .map((l) => FactRowSchema.parse(JSON.parse(l)))
    expect(rows.every((r) => r.kind === '决算')).toBe(true)
  })

  it('medbudget facts --format fdp writes a Fiscal Data Package', { timeout: T }, () => {
    const out = join(dir, 'fdp')
    expect(runCli(['facts', dir, '--format', 'fdp', '--out', out, '--quiet']).status).toBe(0)
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'))
    const fields = pkg.resources[0].schema.fields as { name: string; columnType?: string }[]
    expect(fields.find((f) => f.columnType === 'date:fiscal-year')?.name).toBe('fiscal_year')
    expect(fields.find((f) => f.columnType === 'value')?.name).toBe('value')
    const csv = readFileSync(join(out, 'facts.csv'), 'utf8').trim().split('\n')
    expect(csv[0]).toBe(fields.map((f) => f.name).join(','))
    expect(csv.some((l) => l.includes(',210,卫生健康支出,'))).toBe(true)
    expect(csv.slice(1).every((l) => /,\d+(\.\d+)?$/.test(l) || /,-\d/.test(l))).toBe(true)
  })

  it('--format fdp without --out is bad usage (exit 2)', { timeout: T }, () => {
    const r = runCli(['facts', dir, '--format', 'fdp'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--out')
  })
})

describe('look-ups and schemas', () => {
  it('codes: found with the edition (exit 0), unknown (exit 1)', { timeout: T }, () => {
    const ok = runCli(['codes', '2101501', '--year', '2024'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('行政运行')
    expect(ok.stdout).toContain('2024 年版')
    expect(runCli(['codes', '2999999']).status).toBe(1)
  })

  it('glossary: a term (exit 0), an unknown word (exit 1)', { timeout: T }, () => {
    const ok = runCli(['glossary', '尾差', '--lang', 'en'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('rounding')
    expect(runCli(['glossary', 'zzzz-nothing']).status).toBe(1)
  })

  it('bad usage exits 2 with a message in both languages', { timeout: T }, () => {
    for (const args of [
      ['frobnicate'],
      ['check', '--format', 'pdf', 'x'],
      ['check', '--jobs', '0', 'x'],
      ['check'],
    ]) {
      const r = runCli(args)
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(/medbudget: .*\nmedbudget: /)
    }
  })

  it('the published JSON Schemas are generated from the zod schemas and up to date', () => {
    for (const name of ['check', 'disclosure', 'facts'] as const) {
      const file = JSON.parse(
        readFileSync(join(import.meta.dirname, `../../docs/cli/${name}.schema.json`), 'utf8'),
      )
      expect(file).toEqual(jsonSchemaOf(name))
    }
  })
})
