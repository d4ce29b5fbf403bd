// Procurement lines stated only in the explanatory text (政府采购货物预算…万元), from hand-made prose,
// each rule checked both ways.
import { describe, expect, it } from 'vitest'
import { procurementOfProse } from '../../../src/read/text/procurementOfProse'

const prose = (...lines: string[]) => lines.map((text) => ({ text, page: 3 }))

describe('procurementOfProse', () => {
  it('reads one line per category, named as printed, the amount as printed', () => {
    expect(
      procurementOfProse(
        prose(
          '政府采购预算安排610万元，其中：政府采购货物预算150万元、政府采购工程预算0万元、政府采购服务预算460.00万元。',
        ),
        '万元',
      ),
    ).toEqual([
      { item: '政府采购货物预算', category: '货物', amount: '150' },
      { item: '政府采购工程预算', category: '工程', amount: '0' },
      { item: '政府采购服务预算', category: '服务', amount: '460.00' },
    ])
  })

  it('names the line by what the sentence says it mainly buys, and reads a sentence wrapped over lines', () => {
    expect(
      procurementOfProse(
        prose(
          '政府采购预算安排5.00万元，其中：政府采购货物支出 5.00 万元，主要为：办公设备；',
          '政府采购服务支出 1,200.50 万元。',
        ),
        '万元',
      ),
    ).toEqual([
      { item: '办公设备', category: '货物', amount: '5.00' },
      { item: '政府采购服务支出', category: '服务', amount: '1200.50' },
    ])
  })

  it('reads the categories after 其中 when the sentence does not repeat 政府采购 before each', () => {
    expect(
      procurementOfProse(prose('政府采购预算20万元，其中货物类采购15万元、服务类5万元。'), '万元'),
    ).toEqual([
      { item: '货物类采购', category: '货物', amount: '15' },
      { item: '服务类', category: '服务', amount: '5' },
    ])
  })

  it('reads nothing from look-alikes: 政府购买服务, a passage not about 政府采购, an amount in another unit', () => {
    expect(procurementOfProse(prose('政府采购预算为0，政府购买服务5万元。'), '万元')).toEqual([])
    expect(procurementOfProse(prose('物业管理服务支出5万元，其中：服务 5万元。'), '万元')).toEqual([])
    expect(procurementOfProse(prose('政府采购预算12000元，其中：政府采购货物预算12000元。'), '万元')).toEqual(
      [],
    )
  })

  it('keeps the first statement: a category restated later gives no second line', () => {
    expect(
      procurementOfProse(
        prose('其中：政府采购货物预算5万元。', '政府采购货物预算执行5万元，政府采购服务预算3万元。'),
        '万元',
      ),
    ).toEqual([{ item: '政府采购货物预算', category: '货物', amount: '5' }])
  })
})
