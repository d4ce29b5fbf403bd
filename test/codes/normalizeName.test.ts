import { describe, expect, it } from 'vitest'
import { normalizeName } from '../../src/codes/normalizeName'

describe('normalizeName', () => {
  it.each([
    ['机关事业单位基本养老保险缴费支 出', '机关事业单位基本养老保险缴费支出'],
    ['机关事业单位基本养老保险\n缴费支出', '机关事业单位基本养老保险缴费支出'],
    ['维修（护）费', '维修(护)费'],
    ['维修 (护) 费', '维修(护)费'],
    ['（十）卫生健康支出', '卫生健康支出'],
    ['十、卫生健康', '卫生健康支出'],
    ['卫生健康支出（类）', '卫生健康支出'],
    ['社会保障和就业（类）支出', '社会保障和就业支出'],
    ['医疗保障管理事务（款）', '医疗保障管理事务'],
    ['医疗保障管理事务款', '医疗保障管理事务'],
    ['行政运行（项）', '行政运行'],
    ['ＡＢ卫生', 'AB卫生'],
    ['<b>卫生健康</b>', '卫生健康'],
    ['“三公”经费', '"三公"经费'],
  ])('treats %j like %j', (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b))
  })

  it.each([
    ['卫生健康支出', '卫生健康管理事务'],
    ['行政单位医疗', '事业单位医疗'],
    ['城乡社区支出', '城乡社区事务'],
    ['其他支出', '其他卫生健康支出'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normalizeName(a)).not.toBe(normalizeName(b))
  })

  it('does not strip a short name down to nothing', () => {
    expect(normalizeName('支出')).toBe('支出')
    expect(normalizeName('其他支出')).toBe('其他')
    expect(normalizeName('款')).toBe('款')
  })
})
