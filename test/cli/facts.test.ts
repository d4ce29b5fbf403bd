import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { factCsvLine, factsOf, textFactsOf } from '../../src/cli/factsOf'
import { fdpCsvLine, fdpRows } from '../../src/cli/fdp'
import { outputName } from '../../src/cli/io'
import { FACT_COLUMNS, FactRowSchema, jsonSchemaOf } from '../../src/cli/schema'
import type { Disclosure, TextFigure } from '../../src/index'
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
    expect(rows.filter((r) => r.source === 'table')).toHaveLength(cells.length)
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

  it('the figures of the explanatory text follow the cells, as source text rows', () => {
    const doc = loadSample('002')
    const rows = factsOf(doc, '002.json')
    const text = rows.filter((r) => r.source === 'text')
    expect(text).toHaveLength(doc.text?.figures.length ?? -1)
    expect(text).toEqual(textFactsOf(doc, '002.json'))
    // cells first, then the text, and every text row says so in table_kind and row_kind
    expect(rows.findIndex((r) => r.source === 'text')).toBe(rows.length - text.length)
    expect(text.every((r) => r.table_kind === 'text' && r.row_kind === 'text')).toBe(true)
    expect(rows.every((r) => FactRowSchema.safeParse(r).success)).toBe(true)
    // 与上年度相比，收、支总计各减少 1027.17 万元，下降 57.38%
    const fell = text.find((r) => r.value_printed === '1027.17')
    expect(fell?.column_key).toBe('text.change.decrease')
    expect(fell?.value_yuan).toBe('-10271700')
    expect(fell?.unit).toBe('万元')
    const rate = text.find((r) => r.value_printed === '57.38')
    expect(rate?.column_key).toBe('text.growth.decrease')
    expect(rate?.value_yuan).toBeNull()
    expect(rate?.unit).toBe('%')
    // an increase stays positive
    const rose = textFactsOf(loadSample('000'), 'x').find((r) => r.column_key === 'text.change.increase')
    expect(rose?.value_yuan).toBe('10984200')
  })

  it('a text amount that restates a cell joins with that cell', () => {
    const rows = factsOf(loadSample('000'), '000.json')
    const stated = rows.find((r) => r.source === 'text' && r.row_key === 'rev.total')!
    expect(stated.table_id).toBe('summary')
    expect(stated.column_key).toBe('total')
    const cell = rows.find(
      (r) =>
        r.source === 'table' &&
        r.table_id === stated.table_id &&
        r.row_key === stated.row_key &&
        r.column_key === stated.column_key,
    )
    expect(cell?.value_yuan).toBe(stated.value_yuan)
    expect(stated.value_yuan).toBe('89440300')
  })

  it('a document without explanatory text gives table rows only', () => {
    const doc = loadSample('001')
    const bare: Disclosure = { ...doc, text: undefined }
    expect(factsOf(bare, 'x').every((r) => r.source === 'table')).toBe(true)
    expect(factsOf(doc, 'x').some((r) => r.source === 'text')).toBe(true)
  })

  it('the FDP export leaves the text figures out', () => {
    const rows = factsOf(loadSample('000'), '000.json')
    const tableOnly = rows.filter((r) => r.source === 'table')
    expect(fdpRows(rows)).toEqual(fdpRows(tableOnly))
    // a text row that looks like a coded amount is still left out
    const coded = { ...tableOnly.find((r) => r.row_code === '210' && r.value_yuan !== null)! }
    expect(fdpRows([coded])).toHaveLength(1)
    expect(fdpRows([{ ...coded, source: 'text' }])).toHaveLength(0)
  })

  it('any text figure gives a valid row, in 元 only when it is a plain money amount (property)', {
    timeout: T,
  }, () => {
    const doc = loadSample('000')
    const value = fc.oneof(
      fc.constantFrom('8944.03', '0', '0.00', '-5', '1,234.5', '1e9', '', '９８.５', '132465. 29'),
      fc.stringMatching(/^\d{1,16}(\.\d{1,6})?$/),
      fc.string({ maxLength: 30 }),
    )
    fc.assert(
      fc.property(
        value,
        fc.constantFrom('元', '万元', '亿元', '%', '人', '千元', ''),
        fc.constantFrom('amount', 'share', 'change', 'growth', 'completion', 'ratio', 'count'),
        fc.constantFrom(undefined, 'increase', 'decrease', 'flat'),
        (v, unit, kind, direction) => {
          const figure = {
            id: 'f1',
            section: '说明',
            sentence: 's',
            kind,
            printed: `${v}${unit}`,
            value: v,
            unit,
            subject: '支出',
            ...(direction === undefined ? {} : { direction }),
          } as TextFigure
          const [row] = textFactsOf({ ...doc, text: { figures: [figure] } }, 'x')
          expect(FactRowSchema.safeParse(row).success).toBe(true)
          expect(row!.value_printed).toBe(v)
          const money = (kind === 'amount' || kind === 'change') && ['元', '万元', '亿元'].includes(unit)
          if (!money || !/^-?\d+(\.\d+)?$/.test(v)) expect(row!.value_yuan).toBeNull()
          if (row!.value_yuan !== null) {
            expect(row!.value_yuan).toMatch(/^-?\d+(\.\d+)?$/)
            const negative = row!.value_yuan.startsWith('-')
            expect(negative).toBe(
              kind === 'change' && direction === 'decrease' && !/^0+(\.0+)?$/.test(v)
                ? true
                : v.startsWith('-'),
            )
          }
        },
      ),
      { seed: 42, numRuns: 500 },
    )
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
        // the same text, or (a text a spreadsheet would run as a formula) the same text after a '
        const same = (field: string | undefined, text: string) =>
          field === text || (field === `'${text}` && /^[=+\-@\t\r]/.test(text))
        expect(same(fields[FACT_COLUMNS.indexOf('row_name')], name)).toBe(true)
        expect(same(fields[FACT_COLUMNS.indexOf('table_title')], title)).toBe(true)
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('CSV lines write a name a spreadsheet would run as a formula as text, and figures as they are', () => {
    const base = factsOf(loadSample('000'), '000.json')[0]!
    const fieldsOf = (row: typeof base) => readCsvLine(factCsvLine(row).slice(0, -1))
    const hostile = fieldsOf({ ...base, row_name: '=HYPERLINK("http://x","点击")', table_title: '@SUM(A1)' })
    expect(hostile[FACT_COLUMNS.indexOf('row_name')]).toBe(`'=HYPERLINK("http://x","点击")`)
    expect(hostile[FACT_COLUMNS.indexOf('table_title')]).toBe(`'@SUM(A1)`)
    const plain = fieldsOf({ ...base, row_name: '-', value_printed: '-12.50', value_yuan: '-125000' })
    expect(plain[FACT_COLUMNS.indexOf('row_name')]).toBe('-')
    expect(plain[FACT_COLUMNS.indexOf('value_printed')]).toBe('-12.50')
    expect(plain[FACT_COLUMNS.indexOf('value_yuan')]).toBe('-125000')
  })

  it('FDP CSV lines write a label a spreadsheet would run as a formula as text', () => {
    const row = fdpRows(factsOf(loadSample('000'), '000.json'))[0]!
    const labelField = Object.keys(row).find((k) => typeof row[k as keyof typeof row] === 'string')!
    const line = fdpCsvLine({ ...row, [labelField]: '+cmd|calc' })
    expect(readCsvLine(line.slice(0, -1))).toContain(`'+cmd|calc`)
    expect(readCsvLine(fdpCsvLine(row).slice(0, -1))).not.toContain(`'+cmd|calc`)
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
    expect(lines[0]?.endsWith(',page,source')).toBe(true)
    expect(lines).toHaveLength(factsOf(loadSample('000'), 'x').length + 1)
    expect(lines.filter((l) => l.endsWith(',text')).length).toBe(loadSample('000').text?.figures.length)
    expect(lines.slice(1).every((l) => l.endsWith(',table') || l.endsWith(',text'))).toBe(true)
    const jsonl = join(dir, 'facts.jsonl')
    expect(runCli(['facts', join(dir, '002.json'), '--out', jsonl, '--quiet']).status).toBe(0)
    const rows = readFileSync(jsonl, 'utf8')
      .trim()
      .split('\n')
      .map((l) => FactRowSchema.parse(JSON.parse(l)))
    expect(rows.every((r) => r.kind === '决算')).toBe(true)
    expect(
      rows.filter((r) => r.source === 'text' && r.column_key === 'text.change.decrease').length,
    ).toBeGreaterThan(0)
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
    // no text figure in the package: every row is a coded line of a table
    expect(csv.slice(1).every((l) => !l.includes(',text,'))).toBe(true)
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
