import { describe, expect, it } from 'vitest'
import { nameSimilarity } from '../../src/codes/nameSimilarity'

describe('nameSimilarity', () => {
  it('is 1 for names equal after normalisation', () => {
    expect(nameSimilarity('卫生健康支出', '（十）卫生健康')).toBe(1)
  })
  it('is 0 for names sharing nothing', () => {
    expect(nameSimilarity('住房公积金', '行政运行')).toBe(0)
    expect(nameSimilarity('', '行政运行')).toBe(0)
  })
  it('ranks a near name above a distant one', () => {
    const near = nameSimilarity('医疗保障事务', '医疗保障管理事务')
    const far = nameSimilarity('医疗保障事务', '住房保障支出')
    expect(near).toBeGreaterThan(0.5)
    expect(far).toBeLessThan(near)
  })
  it('scores a wrapped fragment contained in a name at least 0.5', () => {
    expect(nameSimilarity('基金的补助', '财政对城乡居民基本医疗保险基金的补助')).toBeGreaterThanOrEqual(0.5)
  })
  it('is symmetric', () => {
    expect(nameSimilarity('行政运行', '事业运行')).toBe(nameSimilarity('事业运行', '行政运行'))
  })
})
