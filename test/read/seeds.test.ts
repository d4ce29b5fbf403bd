import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { readDisclosure } from '../../src/read/readDisclosure'
import { reconcile } from '../../src/reconcile/reconcile'
import type { Finding } from '../../src/reconcile/types'
import { loadSample, SAMPLES, type SampleId } from '../../src/samples/index'
import { compareCells } from './compareCells'
import { compareProjects } from './seedProjects'

// Share of the transcription's printed cells the reader gives back identically (same table kind,
// row key or code, column key, canonical value), as measured when the reader landed. The issue's
// target is 99%; these floors keep the reader from sliding back while it gets there (see the report).
// Measured 2026-12-07 (issue 11, seed round trip): 000 99.7%, 001 100%, 002 100%, 003 72.7%, 004 99.5%.
// Merged 2026-12-07 (s03a: 收入表, 财政拨款收支表, 收支总表; s03b: 基本支出明细表, 经济分类汇总表, 项目表):
// 003 97.7% (1,436 of 1,470). s03e: 99.9% (1,469 of 1,470): the blank columns of its two tables that
// say they have no data; the one cell left is the 4.25 its 收支总表 prints without a label (see below).
const FLOORS: Record<SampleId, number> = { '000': 1, '001': 1, '002': 1, '003': 0.999, '004': 1 }

// Seeds whose read document gives the same reconcile mismatches (rule and place) as the
// transcription. 003: its OCR'd headers (one character per line, merged labels printed at the middle
// of their span) are read through the one known layout of each table only where the 合计 row checks;
// its 收支总表 prints two 支出 amounts without a label (the extraction lost them): 760.78 stands where
// the one missing number 八 of the 类 lines was and is read as 208; 4.25 stands between 六 and 七,
// which nothing in the table decides, and the reader reports it and does not place it.
const SAME_FINDINGS: readonly SampleId[] = ['000', '001', '002', '004']

// 003 read gives the transcription's mismatches and two more, both from the 4.25 its 收支总表 prints
// without a label between 六、科学技术 and 七、文化旅游体育与传媒 (the transcription puts it at 205
// 教育, which only the 部门支出预算表 tells): its 205 line is blank as read, so the classes fall 4.25
// short of 本年支出合计 and 205 differs from the 部门支出预算表. Placing the amount by that other
// table would make cross-class-totals compare the figure with itself; the reader reports it instead.
// (Measured 2026-12-07, s03d: before, 19 more, from OCR ghost lines of wrapped names and a garbled 类 row.)
const EXTRA_FINDINGS: Partial<Record<SampleId, readonly string[]>> = {
  '003': ['cross-class-totals|summary|205|total|1', 'summary-balance|summary|exp.current|total|1'],
}

// Projects (issue 11), measured 2026-12-07: transcribed projects read under the same name, their
// amounts read identically, their indicators read identically (level1, level2, name, target).
// 000: 11 of 65 not read. Its 项目绩效目标汇总表's tab text prints three continuation lines one
// column left of their 三级指标/指标值 pairs (完成时间, 资金拨付准确性, 项目完成时间: as printed they
// could be 成本 or 产出 indicators, so the reader reports them), and names one project
// 2024年医疗保险管理经费 where its 项目支出表 prints 2024年医疗保险管理费 (the transcription merges the
// two; the reader does not, and reports it): its 7 indicators are not used. 003: its OCR'd table prints each
// project at the middle of its indicators (codes and names wrapped above and below), so no line
// tells where a project's indicators begin: reported, none read. 004: 105 of 186 not read, lines
// the tab text prints one column off (reported each). 002 is a 决算: its projects come from the
// self-evaluation summary, their indicators from its score columns (…得分率, 自评得分: rd8c, 0 → 60 of 60;
// the four amounts that differ are those of the second 2024年专项业务费, which the summary as extracted
// does not print: both transcribed projects of that name meet the one read).
const PROJECT_FLOORS: Record<SampleId, { named: number; amounts: number; indicators: number }> = {
  '000': { named: 9, amounts: 18, indicators: 54 },
  '001': { named: 6, amounts: 12, indicators: 67 },
  '002': { named: 10, amounts: 36, indicators: 60 },
  '003': { named: 13, amounts: 26, indicators: 0 },
  '004': { named: 18, amounts: 36, indicators: 81 },
}
// Indicators read that the transcription does not have. 000: a 满意度 indicator whose name the
// tab text wraps into the 指标值 column of the next line (…工作的满 / 意度): the name as printed on its
// line, the rest reported.
const EXTRA_INDICATORS: Partial<Record<SampleId, readonly string[]>> = {
  '000': ['城乡医疗救助补助资金: 满意度指标//医疗救助对象对医疗救助工作的满=100%'],
}

const findingPlace = (f: Finding): string =>
  [
    f.rule,
    f.where.table ?? '',
    f.where.row?.code ?? f.where.row?.key ?? f.where.row?.name ?? '',
    f.where.column ?? '',
    f.where.block ?? '',
  ].join('|')

const mismatches = (doc: Disclosure): string[] =>
  reconcile(doc)
    .findings.filter((f) => f.status === 'mismatch' && f.where.figure === undefined)
    .map(findingPlace)
    .sort()

describe('reading the seeds gives back their transcriptions', () => {
  for (const sample of SAMPLES) {
    it(`${sample.id} ${sample.department}`, async () => {
      const text = readFileSync(`test/fixtures/seeds/${sample.seed}`, 'utf8')
      const result = await readDisclosure(text, { fileName: sample.seed })
      expect(result.status).toBe('disclosure')
      if (result.status !== 'disclosure') return
      const doc = result.disclosure
      expect(doc.kind).toBe(sample.kind)
      expect(doc.fiscalYear).toBe(sample.fiscalYear)
      expect(doc.department.name).toBe(sample.department)
      // 003's tables as read (two of its fifteen lost in the extraction) fit the 2024 template as well
      if (sample.id !== '003') expect(doc.template).toBe(sample.template)
      // never a document the model rejects
      expect(() => parseDisclosure(JSON.parse(JSON.stringify(doc)))).not.toThrow()
      const c = compareCells(doc, loadSample(sample.id))
      expect(c.same / c.total).toBeGreaterThanOrEqual(FLOORS[sample.id])
      if (SAME_FINDINGS.includes(sample.id))
        expect(mismatches(doc)).toEqual(mismatches(loadSample(sample.id)))
      const extra = EXTRA_FINDINGS[sample.id]
      if (extra !== undefined) {
        const read = mismatches(doc)
        const transcribed = mismatches(loadSample(sample.id))
        expect(transcribed.filter((f) => !read.includes(f))).toEqual([])
        expect(read.filter((f) => !transcribed.includes(f))).toEqual(extra)
      }
      const projects = compareProjects(doc, loadSample(sample.id))
      const floor = PROJECT_FLOORS[sample.id]
      expect(projects.named).toBeGreaterThanOrEqual(floor.named)
      expect(projects.sameAmounts).toBeGreaterThanOrEqual(floor.amounts)
      expect(projects.sameIndicators).toBeGreaterThanOrEqual(floor.indicators)
      expect(projects.extra).toEqual(EXTRA_INDICATORS[sample.id] ?? [])
      expect(Object.isFrozen(result)).toBe(true)
      // every table has a page, every unrecognized table a reason
      for (const t of result.tables) {
        expect(t.pages.length).toBeGreaterThan(0)
        if (t.status === 'unrecognized') expect(t.reason?.zh.length).toBeGreaterThan(0)
      }
    })
  }

  it('the findings comparison sees a changed figure', () => {
    const transcribed = loadSample('000')
    const changed = {
      ...transcribed,
      tables: transcribed.tables.map((t) =>
        t.kind !== 'expenditure'
          ? t
          : {
              ...t,
              rows: t.rows.map((r, i) => (i === 0 ? { ...r, cells: { ...r.cells, total: '1.00' } } : r)),
            },
      ),
    }
    expect(mismatches(changed as Disclosure)).not.toEqual(mismatches(transcribed))
  })

  it('the projects comparison sees an indicator read wrong', () => {
    const transcribed = loadSample('001')
    const projects = transcribed.projects ?? []
    const changed = {
      ...transcribed,
      projects: projects.map((p, i) =>
        i === 0
          ? { ...p, indicators: p.indicators.map((it, k) => (k === 0 ? { ...it, target: '≥2次' } : it)) }
          : p,
      ),
    }
    const same = compareProjects(transcribed, transcribed)
    expect(same.sameIndicators).toBe(same.indicators)
    const c = compareProjects(changed as Disclosure, transcribed)
    expect(c.sameIndicators).toBe(same.indicators - 1)
    expect(c.extra).toHaveLength(1)
  })

  it('the comparison fails a document read one column off', async () => {
    const sample = SAMPLES[0]!
    const transcribed = loadSample(sample.id)
    const shifted = {
      ...transcribed,
      tables: transcribed.tables.map((t) => ({
        ...t,
        rows: t.rows.map((r) => {
          const keys = Object.keys(r.cells) as (keyof typeof r.cells)[]
          const values = keys.map((k) => r.cells[k])
          return { ...r, cells: Object.fromEntries(keys.map((k, i) => [k, values[(i + 1) % keys.length]])) }
        }),
      })),
    }
    const c = compareCells(shifted as typeof transcribed, transcribed)
    expect(c.same / c.total).toBeLessThan(0.9)
    expect(compareCells(transcribed, transcribed).same).toBe(compareCells(transcribed, transcribed).total)
  })
})
