import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDemoInput } from '../../demo/readInput'
import { runDemo } from '../../demo/runDemo'
import { serializeDisclosure } from '../../src/index'
import { reconcile } from '../../src/reconcile/reconcile'
import { loadSample, SAMPLES } from '../../src/samples/index'

const outDir = mkdtempSync(join(tmpdir(), 'medbudget-demo-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('npm run demo -- <id>, on every bundled sample', () => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))('runs on %s and prints the three parts', (id, info) => {
    const doc = loadSample(id)
    const lines: string[] = []
    const file = runDemo(doc, { name: id, outDir, print: (l) => lines.push(l) })
    const out = lines.join('\n')

    // the three parts, in order
    const parts = ['1. 科目编码', '2. 标准表', '3. 核对报告'].map((h) => out.indexOf(h))
    expect(parts.every((p) => p >= 0)).toBe(true)
    expect([...parts].sort((a, b) => a - b)).toEqual(parts)

    // part 1: codes answered from the catalog
    expect(out).toContain('210 | 15 | 01                → 2101501 行政运行')
    expect(out).toContain('30110 职工基本医疗保险缴费 → government codes 50102, 50501')
    expect(out).toContain(`${info.department} ${info.fiscalYear} — functional codes printed`)

    // part 2: every money table printed, the page written
    expect(out).toContain(`All ${doc.tables.length} tables and the report written to ${file}`)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/i)
    expect(html).toContain(info.department)

    // part 3: the report's summary line, with the engine's own counts
    const { summary } = reconcile(doc)
    expect(out).toContain(`核对 ${summary.checks} 处，矛盾 ${summary.mismatches}`)
    expect(out).not.toMatch(/\bNaN\b|\bundefined\b|Infinity|\[object Object\]/)
  })

  it('answers the misprinted 2101200 of sample 003 as a misprint, without stopping', () => {
    const lines: string[] = []
    runDemo(loadSample('003'), { name: '003-misprint', outDir, print: (l) => lines.push(l) })
    expect(lines.join('\n')).toMatch(
      /2101200 {2}\(not in the catalog: a 款 or 项 number 00 is a misprint\) {3}\[printed: 财政对其他基本医疗保险基金的补助\]/,
    )
  })

  it('lists the known codes of a sample without the misprint note', () => {
    const lines: string[] = []
    runDemo(loadSample('000'), { name: '000-known', outDir, print: (l) => lines.push(l) })
    const out = lines.join('\n')
    expect(out).toContain('2101501  行政运行')
    expect(out).not.toContain('misprint)')
  })
})

describe('npm run demo: from a PDF', () => {
  it('reads the default PDF into a disclosure and lists what it found (part 0)', {
    timeout: 120_000,
  }, async () => {
    const lines: string[] = []
    const input = await readDemoInput(undefined, (l) => lines.push(l))
    expect(input.ok).toBe(true)
    const out = lines.join('\n')
    expect(out).toContain('0. 读取 / Reading sample-000.pdf')
    expect(out).toMatch(/pdf, \d+ 页 \/ pages, 1[0-9] 张表 \/ tables/)
    expect(out).toContain('2024年部门收支总体情况表')
    if (input.ok) {
      expect(input.name).toBe('sample-000')
      expect(input.doc.department.name).toBe('卫辉市医疗保障局')
      const file = runDemo(input.doc, { name: input.name, outDir, print: () => {} })
      expect(readFileSync(file, 'utf8')).toContain('卫辉市医疗保障局')
    }
  })

  it('takes a sample id or a JSON document as they are, and refuses other files with a message', async () => {
    const none = (): void => {}
    const sample = await readDemoInput('001', none)
    expect(sample.ok && sample.doc.department.name).toBe(loadSample('001').department.name)
    const json = join(outDir, 'doc.json')
    writeFileSync(json, serializeDisclosure(loadSample('004')))
    const fromJson = await readDemoInput(json, none)
    expect(fromJson.ok && fromJson.name).toBe('doc')
    const other = await readDemoInput('budget.docx', none)
    expect(other.ok).toBe(false)
    expect(!other.ok && other.message).toContain('.pdf、.txt、.json')
  })
})
