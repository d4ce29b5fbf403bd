// Projects and their performance indicators read into Disclosure.projects (issue 11), from
// hand-made documents in tab text: the 项目支出表 with a pair-shaped 项目绩效目标汇总表 (河南), one form
// per project (河北), and the look-alikes the reader must report rather than guess at.
import { describe, expect, it } from 'vitest'
import { projectNameOfTitle } from '../../../src/read/interpret/projectsOfTables'
import { readDisclosure } from '../../../src/read/readDisclosure'
import { EXPENDITURE_HEAD, tab } from '../syntheticTable'

const PROJECTS = [
  '2025年项目支出表',
  '',
  '部门名称: 某某市示例局 单位: 万元',
  '',
  tab(
    ['类型', '项目名称', '项目单位', '合计', '一般公共预算'],
    ['', '', '合计', '30.00', '30.00'],
    ['特定目标类', '示例甲项目', '某某市示例局', '10.00', '10.00'],
    ['特定目标类', '示例乙项目', '某某市示例局', '20.00', '20.00'],
  ),
  '',
].join('\n')

const pairTable = (...body: (readonly string[])[]): string =>
  [
    '2025年部门预算项目绩效目标汇总表',
    '',
    '部门名称: 某某市示例局',
    '',
    tab(
      ['单位编码 (项目编码)', '项目单位 (项目名称)', '项目金额(万元)', '', '绩效目标', '', '', ''],
      ['', '', '', '', '成本指标', '', '产出指标', ''],
      ['', '', '资金总额', '政府预算资金', '三级指标', '指标值', '三级指标', '指标值'],
      ['101', '', '30.00', '30.00', '', '', '', ''],
      ['101001', '某某市示例局', '30.00', '30.00', '', '', '', ''],
      ...body,
    ),
    '',
  ].join('\n')

const read = async (...parts: string[]) => {
  const result = await readDisclosure([EXPENDITURE_HEAD, ...parts].join('\n'), { fileName: 'example.txt' })
  if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
  return result
}

describe('projects from the 项目支出表 and a pair-shaped 项目绩效目标汇总表', () => {
  it('gives each project its amounts by source, its code and its indicators by level', async () => {
    const result = await read(
      PROJECTS,
      pairTable(
        ['410100220000000011612', '示例甲项目', '10.00', '10.00', '总成本', '≤10万元', '培训次数', '≥2次'],
        ['', '', '', '', '', '', '培训合格率', '≥90%'],
        ['410100220000000011613', '示例乙项目', '20.00', '20.00', '总成本', '≤20万元', '检查覆盖率', '100%'],
      ),
    )
    expect(result.disclosure.projects).toEqual([
      {
        name: '示例甲项目',
        code: '410100220000000011612',
        unitCode: '101001',
        unitName: '某某市示例局',
        type: '特定目标类',
        amounts: { total: '10.00', 'src.gpb': '10.00' },
        indicators: [
          { level1: '成本指标', name: '总成本', target: '≤10万元' },
          { level1: '产出指标', name: '培训次数', target: '≥2次' },
          { level1: '产出指标', name: '培训合格率', target: '≥90%' },
        ],
      },
      {
        name: '示例乙项目',
        code: '410100220000000011613',
        unitCode: '101001',
        unitName: '某某市示例局',
        type: '特定目标类',
        amounts: { total: '20.00', 'src.gpb': '20.00' },
        indicators: [
          { level1: '成本指标', name: '总成本', target: '≤20万元' },
          { level1: '产出指标', name: '检查覆盖率', target: '100%' },
        ],
      },
    ])
  })

  it('reports a line one column off and a project the 项目支出表 does not name, and reads neither', async () => {
    const result = await read(
      PROJECTS,
      pairTable(
        ['410100220000000011612', '示例甲项目', '10.00', '10.00', '总成本', '≤10万元', '培训次数', '≥2次'],
        ['', '', '', '', '', '培训合格率', '≥90%', ''],
        ['410100220000000011619', '示例丁项目', '5.00', '5.00', '总成本', '≤5万元', '检查次数', '≥1次'],
      ),
    )
    const projects = result.disclosure.projects ?? []
    expect(projects.map((p) => p.name)).toEqual(['示例甲项目', '示例乙项目'])
    expect(projects[0]?.indicators.map((i) => i.name)).toEqual(['总成本', '培训次数'])
    const unsure = result.diagnostics.filter((d) => d.table === 'project-performance')
    expect(unsure.some((d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('培训合格率'))).toBe(true)
    expect(unsure.some((d) => d.code === 'ROW_UNMAPPED' && d.message.zh.includes('示例丁项目'))).toBe(true)
  })

  it('reads no indicator of a table printing indicators above its first project (a project at the middle of its merged cell)', async () => {
    const result = await read(
      PROJECTS,
      pairTable(
        ['', '', '', '', '总成本', '≤10万元', '培训次数', '≥2次'],
        ['410100220000000011612', '示例甲项目', '10.00', '10.00', '', '', '培训合格率', '≥90%'],
      ),
    )
    expect(result.disclosure.projects?.every((p) => p.indicators.length === 0)).toBe(true)
    expect(
      result.diagnostics.some(
        (d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('无法确定各指标属于哪个项目'),
      ),
    ).toBe(true)
  })
})

describe('a project form (项目编码, 项目名称, 预算数, 绩效目标, indicator list)', () => {
  const form = (...indicatorRows: (readonly string[])[]): string =>
    [
      '1、示例丙项目绩效目标表',
      '',
      '单位：万元',
      '',
      tab(
        ['项目编码', '13050024P00935510019K', '', '项目名称', '示例丙项目', ''],
        ['预算规模及 资金用途', '预算数', '70.00', '其中：财政资金', '70.00', '其他资金'],
        ['绩效目标', '保障办公正常运转', '', '', '', ''],
        ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
        ...indicatorRows,
      ),
      '',
    ].join('\n')

  it('is read into a project with its amounts, goal and indicators', async () => {
    const result = await read(
      form(
        ['产出指标', '数量指标', '保障科室数量', '保障科室正常运转', '7 个', '租赁合同'],
        ['', '质量指标', '需求达标率', '满足需求的比率', '≥90%', '租赁合同'],
        ['满意度指标', '服务对象满意度指标', '服务对象满意度', '满意人员比率', '≥90%', '调查问卷'],
      ),
    )
    expect(result.disclosure.projects).toEqual([
      {
        name: '示例丙项目',
        code: '13050024P00935510019K',
        amounts: { total: '70.00', 'src.fiscal': '70.00' },
        goal: '保障办公正常运转',
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '保障科室数量',
            target: '7 个',
            note: '绩效指标描述：保障科室正常运转；指标值确定依据：租赁合同',
          },
          {
            level1: '产出指标',
            level2: '质量指标',
            name: '需求达标率',
            target: '≥90%',
            note: '绩效指标描述：满足需求的比率；指标值确定依据：租赁合同',
          },
          {
            level1: '满意度指标',
            level2: '服务对象满意度指标',
            name: '服务对象满意度',
            target: '≥90%',
            note: '绩效指标描述：满意人员比率；指标值确定依据：调查问卷',
          },
        ],
      },
    ])
  })

  it('does not read a line printing a name without its target', async () => {
    const result = await read(
      form(
        ['产出指标', '数量指标', '保障科室数量', '保障科室正常运转', '', '租赁合同'],
        ['', '质量指标', '需求达标率', '满足需求的比率', '≥90%', '租赁合同'],
      ),
    )
    expect(result.disclosure.projects?.[0]?.indicators.map((i) => i.name)).toEqual(['需求达标率'])
    expect(
      result.diagnostics.some((d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('保障科室数量')),
    ).toBe(true)
  })
})

describe('a project form naming its project in its title (泉州: no 项目名称 field)', () => {
  const form = (title: string): string =>
    [
      title,
      '',
      tab(
        ['', '资金总额：', '', '40.00', ''],
        ['专项资金情况（万元）', '财政拨款：', '', '30.00', ''],
        ['', '其他资金：', '', '10.00', ''],
        ['项目实施期目标', '保障示例服务', '正常开展。', '', ''],
        ['', '一级指标', '二级指标', '三级指标', '目标值'],
        ['', '成本指标', '经济成本指标', '服务费标准控制率', '≤100%'],
        ['绩效目标指标', '产出指标', '时效指标', '服务响应及时率', '≥90%'],
        ['', '满意度指标', '服务对象满意度指标', '服务满意率', '≥90%'],
      ),
      '',
    ].join('\n')

  it('is read into a project named by the title, with its amounts, goal and indicators', async () => {
    const result = await read(form('示例服务项目绩效目标表'))
    expect(result.disclosure.projects).toEqual([
      {
        name: '示例服务项目',
        amounts: { total: '40.00', 'src.fiscal': '30.00' },
        goal: '保障示例服务正常开展。',
        indicators: [
          { level1: '成本指标', level2: '经济成本指标', name: '服务费标准控制率', target: '≤100%' },
          { level1: '产出指标', level2: '时效指标', name: '服务响应及时率', target: '≥90%' },
          { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务满意率', target: '≥90%' },
        ],
      },
    ])
  })

  it('gives its indicators to the 项目支出表 line of that name, with or without 项目', async () => {
    const result = await read(PROJECTS, form('示例甲绩效目标表'))
    const projects = result.disclosure.projects ?? []
    expect(projects.map((p) => p.name)).toEqual(['示例甲项目', '示例乙项目'])
    expect(projects[0]?.amounts).toEqual({ total: '10.00', 'src.gpb': '10.00' })
    expect(projects[0]?.indicators.map((i) => i.name)).toEqual([
      '服务费标准控制率',
      '服务响应及时率',
      '服务满意率',
    ])
    expect(projects[1]?.indicators).toEqual([])
  })

  it('reads no project from a form whose title names none, and reports its indicators', async () => {
    const result = await read(form('2025年项目支出绩效目标表'))
    expect(result.disclosure.projects ?? []).toEqual([])
    expect(
      result.diagnostics.some((d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('未印项目名称')),
    ).toBe(true)
  })

  it('takes a name from a title only when the title names a project', () => {
    expect(projectNameOfTitle('市行政中心保安服务项目绩效目标表')).toBe('市行政中心保安服务项目')
    expect(projectNameOfTitle('2026年 驻沪办房屋修缮经费项目绩效目标表')).toBe('驻沪办房屋修缮经费项目')
    expect(projectNameOfTitle('2026年项目支出绩效目标表')).toBeUndefined()
    expect(projectNameOfTitle('部门预算项目绩效目标表')).toBeUndefined()
    expect(projectNameOfTitle('2026年部门整体支出绩效目标表')).toBeUndefined()
    expect(projectNameOfTitle('示例服务项目绩效自评表')).toBeUndefined()
  })
})

describe('a goal list: each project with its 绩效目标 as text, no indicator grid (浙江)', () => {
  const goalList = (...body: (readonly string[])[]): string =>
    [
      '2025年市级部门项目支出绩效表',
      '',
      '部门名称: 某某市示例局 单位: 万元',
      '',
      tab(['单位名称', '项目名称', '金额', '绩效目标'], ...body),
      '',
    ].join('\n')

  it('gives each 项目支出表 line its goal, a wrapped goal joined', async () => {
    const result = await read(
      PROJECTS,
      goalList(
        ['某某市示例局', '示例甲项目', '10.00', '完成示例培训不少于2次；'],
        ['', '', '', '培训合格率不低于90%。'],
        ['某某市示例局', '示例乙项目', '20.00', '检查覆盖率100%。'],
      ),
    )
    const projects = result.disclosure.projects ?? []
    expect(projects.map((p) => [p.name, p.goal, p.amounts.total])).toEqual([
      ['示例甲项目', '完成示例培训不少于2次；培训合格率不低于90%。', '10.00'],
      ['示例乙项目', '检查覆盖率100%。', '20.00'],
    ])
    expect(projects.every((p) => p.indicators.length === 0)).toBe(true)
  })

  it('reads a project of its own where no 项目支出表 is printed, and reports a goal under no project', async () => {
    const result = await read(
      goalList(
        ['合计', '', '5.00', ''],
        ['', '', '', '不属于任何项目的目标'],
        ['某某市示例局', '示例丙项目', '5.00', '保障示例运转。'],
      ),
    )
    expect(result.disclosure.projects).toEqual([
      {
        name: '示例丙项目',
        unitName: '某某市示例局',
        amounts: { total: '5.00' },
        goal: '保障示例运转。',
        indicators: [],
      },
    ])
    expect(
      result.diagnostics.some((d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('不在任何项目名下')),
    ).toBe(true)
  })

  it('reports a project printed without its goal, and reads no goal from a table without a 绩效目标 column', async () => {
    const withoutGoal = await read(
      goalList(
        ['某某市示例局', '示例丙项目', '5.00', '保障示例运转。'],
        ['某某市示例局', '示例丁项目', '6.00', ''],
      ),
    )
    expect(withoutGoal.disclosure.projects?.map((p) => p.name)).toEqual(['示例丙项目'])
    expect(
      withoutGoal.diagnostics.some((d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('示例丁项目')),
    ).toBe(true)
    const noGoalColumn = await read(
      PROJECTS,
      [
        '2025年市级部门项目支出绩效表',
        '',
        tab(
          ['单位名称', '项目名称', '金额', '备注'],
          ['某某市示例局', '示例甲项目', '10.00', '完成示例培训'],
        ),
        '',
      ].join('\n'),
    )
    expect(noGoalColumn.disclosure.projects?.every((p) => p.goal === undefined)).toBe(true)
  })
})

describe('a list printing its projects beside the indicators (长沙)', () => {
  it('is reported, and none of its indicators is given to a project', async () => {
    const result = await read(
      PROJECTS,
      [
        '2025年项目支出绩效目标表',
        '',
        '部门名称: 某某市示例局 单位: 万元',
        '',
        tab(
          ['单位编码', '单位（项目）名称', '资金总额', '一级指标', '二级指标', '三级指标', '指标值'],
          ['', '', '', '成本指标', '经济成本指标', '总成本', '10'],
          ['101001', '示例甲项目', '10.00', '产出指标', '数量指标', '培训次数', '2'],
        ),
        '',
      ].join('\n'),
    )
    expect(result.disclosure.projects?.every((p) => p.indicators.length === 0)).toBe(true)
    expect(
      result.diagnostics.some((d) => d.code === 'CELL_UNPLACED' && d.message.zh.includes('并列的合并单元格')),
    ).toBe(true)
  })
})
