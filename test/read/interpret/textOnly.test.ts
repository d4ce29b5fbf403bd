import { describe, expect, it } from 'vitest'
import { explanatoryTextOnly } from '../../../src/read/interpret/explanatoryTextOnly'
import { readDisclosure } from '../../../src/read/readDisclosure'
import { reconcile } from '../../../src/reconcile/reconcile'

// The explanatory text of a department budget whose tables were published as a separate attachment,
// as `pdftotext -layout` writes it (an invented department; figures consistent, as published ones are).
const TEXT_ONLY = [
  '某某市示例局部门 2026 年度部门预算',
  '       信息公开',
  '',
  '第一部分 2026 年度部门预算情况说明',
  '     一、部门情况说明',
  '     某某市示例局预算单位 2 个，分别为：某某市示例局（行政）、某某市示例中心。',
  '     二、收入预算情况说明',
  '     2026 年度收入预算 1200.00 万元，比 2025 年年初预',
  '算数 1000.00 万元增加 200.00 万元，增长 20.00%。主要',
  '原因是项目增加。',
  '     （一）本年财政拨款收入 1150.00 万元',
  '     1.一般公共预算拨款收入 1150.00 万元。',
  '     （二）上年结转结余 50.00 万元',
  '     三、支出预算情况说明',
  '     2026 年支出预算 1200.00 万元。',
  '     （一）基本支出。基本支出预算 300.00 万元，占本',
  '年支出预算 25.00%。',
  '     （二）项目支出。项目支出预算 900.00 万元，占本',
  '年支出预算 75.00%。',
  '     四、财政拨款“三公”经费预算情况说明',
  '     2026 年财政拨款“三公”经费预算 30.00 万元。其中：',
  '     （一）因公出国（境）费用。2026 年预算数 10.00 万元，',
  '主要用于考察学习。',
  '     （二）公务接待费。2026 年预算数 5.00 万元。',
  '     （三）公务用车购置和运行维护费。2026 年预算数 15.00',
  '万元，包括公务用车购置费预算 9.00 万元、公务用车运行',
  '维护费预算 6.00 万元。',
  '     五、其他情况说明',
  '     （一）政府采购预算说明',
  '     2026 年某某市示例局政府采购预算总额 100.00 万',
  '元，其中：政府采购货物预算 40.00 万元，政府采购服务预算 60.00 万元。',
  '     （二）机关运行经费说明',
  '     2026 年某某市示例局机关运行经费财政拨款预算 80.00 万元。',
  '     六、名词解释',
  '     基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
  '     项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。',
  '',
  '    第二部分   2026 年度部门预算报表',
  '  附件：某某市示例局 2026 年度部门预算报表',
].join('\n')

// The same text from a department of a city whose province has a known layout (浙江).
const IN_HANGZHOU = TEXT_ONLY.replaceAll('某某市', '杭州市')

const reconcileRead = async (text: string) => {
  const result = await readDisclosure(text)
  if (result.status !== 'disclosure') throw new Error('not read')
  return reconcile(result.disclosure)
}

const NOTICE = [
  '某某市人民政府办公室文件',
  '某政办发〔2026〕11 号',
  '某某市人民政府办公室关于印发 2026 年民生实事实施方案的通知',
  '各区人民政府，市政府各部门：',
  '  《实施方案》已经市政府同意，现印发给你们，请认真组织实施。',
  '  一、项目预算安排 500 万元，由市财政统筹；二、支出进度按月报送。',
].join('\n')

describe('a disclosure whose tables are a separate attachment', () => {
  it('is read as a disclosure of text only: figures, glossary, no tables, and says so', async () => {
    const result = await readDisclosure(TEXT_ONLY, { fileName: 'text-only.txt' })
    expect(result.status).toBe('disclosure')
    if (result.status !== 'disclosure') return
    expect(result.textOnly).toBe(true)
    const doc = result.disclosure
    expect(doc.tables).toEqual([])
    expect(doc.kind).toBe('budget')
    expect(doc.fiscalYear).toBe(2026)
    expect(doc.glossary?.map((g) => g.term)).toEqual(['基本支出', '项目支出'])
    const values = doc.text?.figures.map((f) => f.value) ?? []
    for (const v of ['1200.00', '1150.00', '300.00', '30.00', '15.00', '100.00', '80.00'])
      expect(values).toContain(v)
    // no province or city of a known layout named, no tables: no template, no absence claimed
    expect(doc.template).toBe('unknown-layout')
    expect(doc.absent).toEqual([])
    const codes = result.diagnostics.map((d) => d.code)
    expect(codes).toContain('TABLES_NOT_IN_FILE')
    // no table to tie a figure to: one diagnostic says it, not one per figure
    expect(codes).not.toContain('TEXT_FIGURE_UNLINKED')
  })

  it('records the tables of its province layout as absent from this file, with the reason', async () => {
    const result = await readDisclosure(IN_HANGZHOU)
    if (result.status !== 'disclosure') throw new Error('not read')
    const doc = result.disclosure
    expect(doc.template).toBe('zhejiang-budget-2026')
    expect(doc.absent.length).toBe(11)
    expect(
      doc.absent.every((a) => a.reason === 'not-published' && /报表不在本文件中/.test(a.note ?? '')),
    ).toBe(true)
  })

  it('raises no false alarm in reconcile: absent tables are notes, the text agrees with itself', async () => {
    expect((await reconcileRead(TEXT_ONLY)).findings.filter((f) => f.rule === 'required-tables')).toEqual([])
    const result = await readDisclosure(IN_HANGZHOU)
    if (result.status !== 'disclosure') throw new Error('not read')
    const report = reconcile(result.disclosure)
    expect(report.findings.filter((f) => f.status === 'mismatch')).toEqual([])
    const required = report.findings.filter((f) => f.rule === 'required-tables')
    expect(required.length).toBeGreaterThan(0)
    expect(required.every((f) => f.severity === 'info')).toBe(true)
    // the growth is computed from the current and the prior amount the sentence prints
    const growth = result.disclosure.text?.figures.find((f) => f.kind === 'growth')
    expect(growth?.operands?.prior).toBeDefined()
    expect(report.summary.checks).toBeGreaterThan(0)
  })

  it('still finds a contradiction of the text with itself', async () => {
    const wrong = TEXT_ONLY.replace('增长 20.00%', '增长 25.00%')
    const result = await readDisclosure(wrong)
    if (result.status !== 'disclosure') throw new Error('not read')
    const mismatches = reconcile(result.disclosure).findings.filter((f) => f.status === 'mismatch')
    expect(mismatches.map((f) => f.rule)).toEqual(['text-growth'])
  })

  it('a notice is still not a disclosure', async () => {
    const result = await readDisclosure(NOTICE)
    expect(result.status).toBe('not-a-disclosure')
  })
})

describe('explanatoryTextOnly', () => {
  const lines = (text: string) => text.split('\n').map((t) => ({ text: t, page: 1 }))

  it('needs the name of a disclosure, the sections of its text and amounts', () => {
    expect(explanatoryTextOnly(lines(TEXT_ONLY))).toBe(true)
    // without the name in the opening lines
    expect(explanatoryTextOnly(lines(TEXT_ONLY.replaceAll('部门预算', '工作总结')))).toBe(false)
    // the name, but not the sections (a report on a budget)
    expect(
      explanatoryTextOnly(
        lines('某某局 2026 年度部门预算执行报告\n全年支出 100.00 万元，200.00 万元，300.00 万元。'),
      ),
    ).toBe(false)
    // the sections, but no amounts
    expect(
      explanatoryTextOnly(
        lines(
          '某某局部门预算\n收入预算情况\n支出预算情况\n三公经费情况\n政府采购情况\n机关运行经费情况\n名词解释',
        ),
      ),
    ).toBe(false)
    expect(explanatoryTextOnly(lines(NOTICE))).toBe(false)
    expect(explanatoryTextOnly([])).toBe(false)
  })

  it('is bounded on a very long text', () => {
    const long = lines(`${TEXT_ONLY}\n${'收入预算 1.00 万元。'.repeat(50_000)}`)
    expect(explanatoryTextOnly(long)).toBe(true)
  })
})
