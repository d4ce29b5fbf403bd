import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import { detectTextShape } from '../../../src/read/source/detectTextShape'

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8')

describe('detectTextShape', () => {
  it('tells tab text, column-aligned text and plain text apart', () => {
    expect(detectTextShape('项目\t金额\n合计\t1.00\n小计\t1.00')).toBe('text-tabs')
    expect(detectTextShape('项目      金额\n合计      1.00\n小计      1.00\n说明')).toBe('text-layout')
    expect(detectTextShape('一段说明文字。\n另一段。')).toBe('plain')
  })
})

describe('layoutText on tab text', () => {
  it('finds a table by its title, unit, department, header and body', () => {
    const doc = layoutText(
      [
        '第一部分 概况',
        '本部门2024年收入合计1.00万元。',
        '2024年部门收支总体情况表',
        '部门名称：某某局',
        '单位：',
        '万元',
        '收入\t\t支出\t',
        '项目\t金额\t项目\t金额',
        '一、一般公共预算\t1.00\t一、卫生健康支出\t1.00',
        '\t\t二、住房保障支出\t',
        '收入总计\t1.00\t支出总计\t1.00',
        '注：本表反映部门收支。',
        '第二部分 名词解释',
      ].join('\n'),
    )
    expect(doc.source).toBe('text-tabs')
    expect(doc.tables).toHaveLength(1)
    const t = doc.tables[0]!
    expect(t.title).toBe('2024年部门收支总体情况表')
    expect(t.unit).toBe('万元')
    expect(t.department).toBe('某某局')
    expect(t.notes).toEqual(['注：本表反映部门收支。'])
    expect(t.columns.map((c) => c.header)).toEqual([
      ['收入', '项目'],
      ['收入', '金额'],
      ['支出', '项目'],
      ['支出', '金额'],
    ])
    expect(t.columns.map((c) => `${c.role}${c.block}`)).toEqual(['label0', 'value0', 'label1', 'value1'])
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['一、一般公共预算', '1.00', '一、卫生健康支出', '1.00'],
      ['', '', '二、住房保障支出', ''],
      ['收入总计', '1.00', '支出总计', '1.00'],
    ])
    expect(doc.prose.map((p) => p.text)).toEqual([
      '第一部分 概况',
      '本部门2024年收入合计1.00万元。',
      '第二部分 名词解释',
    ])
  })

  it('does not open a table at a sentence or a contents line that mentions one', () => {
    const doc = layoutText(
      [
        '- 一、2024年部门收支总体情况表',
        '详见附表。本部门收支总体情况表',
        '一、部门职责\t14',
        '二、收支总表\t3',
        '项目\t金额',
      ].join('\n'),
    )
    expect(doc.tables.map((t) => t.title)).toEqual([''])
    expect(doc.prose.map((p) => p.text)).toContain('- 一、2024年部门收支总体情况表')
  })

  it('fits misaligned header rows to the body columns', () => {
    const doc = layoutText(
      [
        '2024年部门支出总体情况表',
        '单位：万元',
        '科目编码\t\t\t单位代码\t单位（科目名称）\t合计\t基本支出\t\t\t\t项目支出\t\t\t',
        '\t\t\t\t\t\t小计\t人员经费\t\t公用经费\t\t小计\t其他运转类\t特定目标类',
        '类\t款\t项\t工资福利支出\t对个人和家庭的补助\t商品和服务支出\t\t资本性支出\t\t\t\t\t\t',
        '208\t05\t01\t\t行政单位离退休\t8.09\t8.09\t\t8.09\t\t\t\t\t',
        '210\t11\t01\t\t行政单位医疗\t547.26\t2.26\t2.26\t\t\t\t545.00\t\t545.00',
      ].join('\n'),
    )
    const t = doc.tables[0]!
    expect(t.columns.map((c) => c.header.join('/'))).toEqual([
      '科目编码/类',
      '科目编码/款',
      '科目编码/项',
      '单位代码',
      '单位（科目名称）',
      '合计',
      '基本支出/小计',
      '基本支出/人员经费/工资福利支出',
      '基本支出/人员经费/对个人和家庭的补助',
      '基本支出/公用经费/商品和服务支出',
      '基本支出/公用经费/资本性支出',
      '项目支出/小计',
      '项目支出/其他运转类',
      '项目支出/特定目标类',
    ])
    expect(t.columns.map((c) => c.role).join('')).toBe(
      ['label', 'label', 'label', 'label', 'label'].join('') + 'value'.repeat(9),
    )
    expect(t.columns.every((c) => c.block === undefined)).toBe(true)
    expect(t.rows[1]!.cells).toHaveLength(14)
  })

  it('keeps a table continued with its page furniture and header repeated as one table', () => {
    const doc = layoutText(
      [
        '部门预算收支总表',
        '417 某某局',
        '单位：万元',
        '项目\t预算数',
        '一、卫生健康支出\t1.00',
        '417 某某局',
        '预算年度：2024',
        '单位：万元',
        '项目\t预算数',
        '二、住房保障支出\t2.00',
      ].join('\f'),
    )
    expect(doc.pages).toBe(10)
    expect(doc.tables).toHaveLength(1)
    expect(doc.tables[0]!.rows.map((r) => r.cells[0])).toEqual(['一、卫生健康支出', '二、住房保障支出'])
    expect(doc.tables[0]!.department).toBe('某某局')
    expect(doc.tables[0]!.pages).toEqual([1, 4, 5, 9, 10])
  })

  it('reads the table number printed beside the title', () => {
    const doc = layoutText(
      ['收入决算表', '公开 02 表', '金额单位：万元', '项目\t金额', '合计\t3.00'].join('\n'),
    )
    expect(doc.tables[0]!.number).toBe('公开02表')
    expect(doc.tables[0]!.unit).toBe('万元')
  })

  it('keeps header-only tables (本表无数据) with their notes', () => {
    const doc = layoutText(
      [
        '2024年政府性基金预算支出情况表',
        '单位：万元',
        '科目编码\t科目名称\t合计',
        '\t合计\t',
        '备注：本表无数据。',
      ].join('\n'),
    )
    const t = doc.tables[0]!
    expect(t.rows.map((r) => r.cells)).toEqual([['', '合计', '']])
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'label', 'value'])
    expect(t.notes).toEqual(['备注：本表无数据。'])
  })
})

describe('layoutText on the seeds', () => {
  it('finds the standard tables of each seed with their units', () => {
    const titles = layoutText(seed('000_7bfb42c5bf8cfd77.txt')).tables.map((t) => t.title)
    expect(titles.slice(0, 10)).toEqual([
      '2024年部门收支总体情况表',
      '2024年部门收入总体情况表',
      '2024年部门支出总体情况表',
      '2024年财政拨款收支总体情况表',
      '2024年一般公共预算支出情况表',
      '2024年一般公共预算基本支出表',
      '2024年支出经济分类汇总表',
      '2024年一般公共预算“三公”经费支出情况表',
      '2024年政府性基金预算支出情况表',
      '2024年项目支出表',
    ])
    const final = layoutText(seed('002_a13058ed52681298.txt'))
    expect(final.tables.filter((t) => t.number?.startsWith('公开')).map((t) => t.number)).toEqual([
      '公开01表',
      '公开02表',
      '公开03表',
      '公开04表',
      '公开05表',
      '公开06表',
      '公开07表',
      '公开08表',
      '公开09表',
    ])
    expect(final.tables.every((t) => t.rows.every((r) => r.cells.length === t.columns.length))).toBe(true)
  })

  it('reads the two-sided 收支总表 of seed 000 as one table with both sides', () => {
    const t = layoutText(seed('000_7bfb42c5bf8cfd77.txt')).tables[0]!
    expect(t.columns.map((c) => c.block)).toEqual([0, 0, 1, 1])
    expect(t.rows.at(-1)!.cells).toEqual(['收入总计', '8,944.03', '支出总计', '8,944.03'])
  })
})
