// Goals, tasks and indicators of a department-wide performance form (部门整体绩效目标表 / 部门整体自评表)
// from hand-made grids, each rule checked both ways.
import { describe, expect, it } from 'vitest'
import { departmentTargetsOf, splitGoals } from '../../../src/read/interpret/departmentTargets'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import type { GridColumn, GridTable } from '../../../src/read/layout/types'

const grid = (header: readonly string[], rows: readonly (readonly string[])[]): GridTable => ({
  title: '部门整体绩效目标表',
  pages: [7],
  notes: [],
  columns: header.map((h): GridColumn => ({ header: [h], role: 'label' })),
  rows: rows.map((cells) => ({ cells, page: 7 })),
})

describe('splitGoals', () => {
  it('splits where the form numbers its goals, and keeps an unnumbered text whole', () => {
    expect(splitGoals('目标1：发放救助资金 目标2：完成参保')).toEqual([
      '目标1：发放救助资金',
      '目标2：完成参保',
    ])
    expect(splitGoals('1、确保待遇落实。 2、打击欺诈骗保。')).toEqual(['确保待遇落实。', '打击欺诈骗保。'])
    expect(splitGoals('<p>贯彻落实政策。</p> <p>负责参保登记。</p>')).toEqual([
      '贯彻落实政策。',
      '负责参保登记。',
    ])
    expect(splitGoals('完成全年参保任务，参保率达到 95%')).toEqual(['完成全年参保任务，参保率达到 95%'])
  })
})

describe('departmentTargetsOf', () => {
  it('reads the goals beside 年度履职目标, the tasks under 任务名称 and the indicator list', () => {
    const read = departmentTargetsOf(
      grid(
        ['年度履职目标', '目标1：发放救助资金 目标2：完成参保', '', ''],
        [
          ['年度主要任务', '任务名称', '主要内容', ''],
          ['', '救助资金发放', '按月发放', ''],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '救助人次', '≥100人次'],
          ['', '质量指标', '发放准确率', '100%'],
        ],
      ),
      'department-performance',
    )
    expect(read.goals).toEqual(['目标1：发放救助资金', '目标2：完成参保'])
    expect(read.tasks).toEqual([{ name: '救助资金发放', content: '按月发放' }])
    expect(read.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '救助人次', target: '≥100人次' },
      { level1: '产出指标', level2: '质量指标', name: '发放准确率', target: '100%' },
    ])
    expect(read.diagnostics).toEqual([])
  })

  it('a line slid one column left is not read, and says so with its page; the lines in place are', () => {
    const read = departmentTargetsOf(
      grid(
        ['一级指标', '二级指标', '三级指标', '指标值'],
        [
          ['投入管理指标', '工作目标管理', '工作任务科学性', '科学'],
          ['预算和财务管理', '预算编制完整性', '完整', ''],
          ['', '专项资金细化率', '≥90%', ''],
          ['', '', '绩效指标合理性', '合理'],
        ],
      ),
      'department-performance',
    )
    expect(read.indicators.map((i) => i.name)).toEqual(['工作任务科学性', '绩效指标合理性'])
    expect(read.indicators[1]).toMatchObject({ level1: '投入管理指标', level2: '工作目标管理' })
    expect(read.diagnostics.filter((d) => d.code === 'CELL_UNPLACED' && d.page === 7)).toHaveLength(2)
  })

  it('a line slid one column right (a name under 指标值, a value after it) is reported, not joined to the target above', () => {
    const read = departmentTargetsOf(
      grid(
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值说明'],
        [
          ['投入管理指标', '绩效管理', '评价结果应用率', '100%', '评价结果应用情况'],
          ['', '', '', '物业管理经费完成率', '≥95%'],
          ['', '', '', '城乡医疗救助资金完成率', '≥95%'],
        ],
      ),
      'department-performance',
    )
    expect(read.indicators).toEqual([
      {
        level1: '投入管理指标',
        level2: '绩效管理',
        name: '评价结果应用率',
        target: '100%',
        note: '指标值说明：评价结果应用情况',
      },
    ])
    const unplaced = read.diagnostics.filter((d) => d.code === 'CELL_UNPLACED' && d.page === 7)
    expect(unplaced.map((d) => /“(.*)”/.exec(d.message.zh)?.[1])).toEqual([
      '物业管理经费完成率',
      '城乡医疗救助资金完成率',
    ])
    expect(unplaced[0]?.message.zh).toContain('指标名称印在指标值列')
  })

  it('the rest of a wrapped 指标值 (no value beside it) is still joined to the target above', () => {
    const read = departmentTargetsOf(
      grid(
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值说明'],
        [
          ['效益指标', '履职效益', '政策知晓度', '知晓度得到', '宣传覆盖'],
          ['', '', '', '提高', ''],
        ],
      ),
      'department-performance',
    )
    expect(read.indicators.map((i) => i.target)).toEqual(['知晓度得到提高'])
    expect(read.diagnostics).toEqual([])
  })

  it('a self-evaluation’s 分值 and 得分 are the weight and score; one that is no number leaves the line unread', () => {
    const read = departmentTargetsOf(
      grid(
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        [
          ['产出指标', '重点工作任务完成', '重点工作完成情况', '圆满完成任务', '100%', '10', '10'],
          ['', '', '决算真实性', '真实', '100%', '2', '0.00%'],
        ],
      ),
      'department-self-evaluation',
    )
    expect(read.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '重点工作任务完成',
        name: '重点工作完成情况',
        target: '圆满完成任务',
        actual: '100%',
        weight: '10',
        score: '10',
      },
    ])
    expect(read.diagnostics.map((d) => d.code)).toEqual(['CELL_UNPLACED'])
  })

  it('reads the tasks from the header lines as printed, where fitting the header to the columns mixed them', () => {
    // tab text: the goal and task lines print no amount, so they stand in the header
    const text = [
      '部门整体绩效目标表',
      '',
      '年度履职目标\t目标1：发放救助资金\t\t',
      '年度主要任务\t任务名称\t主要内容\t',
      '\t救助资金发放\t按月发放\t',
      '\t参保缴费\t按年征缴\t',
      '预算情况\t部门预算总额（万元）\t8,944.03\t',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t救助人次\t≥100人次',
    ].join('\n')
    const [table] = layoutText(text).tables
    if (table === undefined) throw new Error('no table')
    expect(table.headerLines?.[1]).toEqual(['年度主要任务', '任务名称', '主要内容', ''])
    const read = departmentTargetsOf(table, 'department-performance')
    expect(read.goals).toEqual(['目标1：发放救助资金'])
    expect(read.tasks).toEqual([
      { name: '救助资金发放', content: '按月发放' },
      { name: '参保缴费', content: '按年征缴' },
    ])
    expect(read.indicators.map((i) => i.name)).toEqual(['救助人次'])
    // the fitted header paths alone put 按月发放 under 任务名称: no task line can be told from them
    const { headerLines: _printed, ...fitted } = table
    expect(departmentTargetsOf(fitted, 'department-performance').tasks).toEqual([])
  })

  it('the indicator list’s heading under the tasks is no task', () => {
    const read = departmentTargetsOf(
      {
        ...grid(['', '', '', ''], [['', '产出指标', '数量指标', '救助人次', '≥100人次']]),
        headerLines: [
          ['年度主要任务', '任务名称', '主要内容', ''],
          ['', '救助资金发放', '按月发放', ''],
          ['', '一级指标', '二级指标', '三级指标', '指标值'],
        ],
      },
      'department-performance',
    )
    expect(read.tasks).toEqual([{ name: '救助资金发放', content: '按月发放' }])
  })

  it('a scored line printed one column left as a whole is read one column right, where its scores fall in place', () => {
    const header = [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差度',
      '',
    ]
    const read = departmentTargetsOf(
      grid(header, [
        ['投入管理指标', '工作目标管理', '工作任务科学性', '科学', '100%', '2', '2', '0.00%', ''],
        ['预算和财务管理', '预算编制完整性', '完整', '100%', '2', '2', '0.00%', '', ''],
        ['', '决算真实性', '真实', '100%', '2', '2', '0.00%', '', ''],
      ]),
      'department-self-evaluation',
    )
    expect(read.indicators.map((i) => [i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ['工作目标管理', '工作任务科学性', '科学', '100%', '2', '2'],
      ['预算和财务管理', '预算编制完整性', '完整', '100%', '2', '2'],
      ['预算和财务管理', '决算真实性', '真实', '100%', '2', '2'],
    ])
    expect(read.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['CELL_UNPLACED', 'info'],
      ['CELL_UNPLACED', 'info'],
    ])
  })

  it('a line one column left is not moved without scores that fall in place: a 预算 form, or scores that are no numbers', () => {
    const unscored = departmentTargetsOf(
      grid(
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值说明'],
        [
          ['投入管理指标', '工作目标管理', '工作任务科学性', '科学', ''],
          ['预算和财务管理', '预算编制完整性', '完整', '', ''],
        ],
      ),
      'department-performance',
    )
    expect(unscored.indicators.map((i) => i.name)).toEqual(['工作任务科学性'])
    expect(unscored.diagnostics.map((d) => d.severity)).toEqual(['warning'])
    const scored = departmentTargetsOf(
      grid(
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差度', ''],
        [
          ['投入管理指标', '工作目标管理', '工作任务科学性', '科学', '100%', '2', '2', '0.00%', ''],
          ['预算和财务管理', '预算编制完整性', '完整', '100%', '合规', '2', '0.00%', '', ''],
        ],
      ),
      'department-self-evaluation',
    )
    expect(scored.indicators.map((i) => i.name)).toEqual(['工作任务科学性'])
    expect(scored.diagnostics.map((d) => d.severity)).toEqual(['warning'])
  })

  it('a form without an indicator heading gives its goals and no indicators', () => {
    const read = departmentTargetsOf(grid(['项目', '金额'], [['年度履职目标', '完成参保']]), 't')
    expect(read.goals).toEqual(['完成参保'])
    expect(read.indicators).toEqual([])
  })
})
