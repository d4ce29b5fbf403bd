import type { PrintedTable } from '../../src/model/table'

/** Part of seed 000's 2024年部门支出总体情况表, as the model stores it. */
export const expenditureTable: PrintedTable = {
  id: 'expenditure',
  kind: 'expenditure',
  title: '2024年部门支出总体情况表',
  unit: '万元',
  labelHeader: [
    ['科目编码', '类'],
    ['科目编码', '款'],
    ['科目编码', '项'],
    ['单位代码'],
    ['单位（科目名称）'],
  ],
  columns: [
    { key: 'total', header: ['合计'] },
    { key: 'exp.basic', header: ['基本支出', '小计'] },
    { key: 'exp.basic.personnel.wages', header: ['基本支出', '人员经费', '工资福利支出'] },
    { key: 'exp.basic.personnel.family', header: ['基本支出', '人员经费', '对个人和家庭的补助'] },
    { key: 'exp.basic.public.goods', header: ['基本支出', '公用经费', '商品和服务支出'] },
    { key: 'exp.basic.public.capital', header: ['基本支出', '公用经费', '资本性支出'] },
    { key: 'exp.project', header: ['项目支出', '小计'] },
    { key: 'exp.project.operating', header: ['项目支出', '其他运转类'] },
    { key: 'exp.project.specific', header: ['项目支出', '特定目标类'] },
  ],
  rows: [
    {
      kind: 'total',
      name: '合计',
      cells: {
        total: '8944.03',
        'exp.basic': '658.67',
        'exp.basic.personnel.wages': '627.30',
        'exp.basic.personnel.family': '8.09',
        'exp.basic.public.goods': '23.28',
        'exp.basic.public.capital': '',
        'exp.project': '8285.36',
        'exp.project.operating': '',
        'exp.project.specific': '8285.36',
      },
    },
    { kind: 'unit', unitCode: '503', name: '卫辉市医疗保障局', cells: { total: '8944.03' } },
    {
      kind: 'detail',
      code: '2080501',
      codeSystem: 'functional',
      name: '行政单位离退休',
      cells: { total: '8.09', 'exp.basic': '8.09', 'exp.basic.personnel.family': '8.09' },
    },
  ],
  notes: ['注：报表金额单位转换时可能存在四舍五入尾数误差。'],
}

/** A two-block summary table (收支总表), revenue block 0 and expenditure block 1. */
export const summaryTable: PrintedTable = {
  id: 'summary',
  kind: 'summary',
  title: '2024年部门收支总体情况表',
  unit: '万元',
  columns: [
    { key: 'total', header: ['收入', '金额'], block: 0 },
    { key: 'total', header: ['支出', '金额'], block: 1 },
  ],
  rows: [
    {
      kind: 'detail',
      key: 'src.gpb',
      ordinal: '一',
      name: '一般公共预算',
      block: 0,
      cells: { total: '8938.04' },
    },
    { kind: 'total', key: 'rev.total', name: '收入总计', block: 0, cells: { total: '8944.03' } },
    {
      kind: 'detail',
      code: '201',
      codeSystem: 'functional',
      ordinal: '一',
      name: '一般公共服务',
      block: 1,
      cells: { total: '' },
    },
    {
      kind: 'detail',
      code: '208',
      codeSystem: 'functional',
      ordinal: '八',
      name: '社会保障和就业',
      block: 1,
      cells: { total: '81.37' },
    },
    { kind: 'total', key: 'exp.total', name: '支出总计', block: 1, cells: { total: '8944.03' } },
  ],
}
