import { describe, expect, it } from 'vitest'
import { labelLayout } from '../../../src/read/interpret/labelColumns'
import type { GridColumn } from '../../../src/read/layout/types'

const label = (header: string[]): GridColumn => ({ header, role: 'label' })

describe('labelLayout: the government economic code beside the department one', () => {
  it('reads a second 类/款/名称 after the department 类 and 款 as the government code, its heading lost', () => {
    const { roles } = labelLayout(
      [label(['类']), label(['款']), label(['科目名称']), label(['类']), label(['款']), label(['科目名称'])],
      undefined,
    )
    expect(roles.get('lei')).toBe(0)
    expect(roles.get('kuan')).toBe(1)
    expect(roles.get('name')).toBe(2)
    expect(roles.get('gov-lei')).toBe(3)
    expect(roles.get('gov-kuan')).toBe(4)
    expect(roles.get('gov-name')).toBe(5)
  })

  it('leaves a functional 类/款/项 layout alone (no second code)', () => {
    const { roles } = labelLayout(
      [label(['类']), label(['款']), label(['项']), label(['科目名称'])],
      undefined,
    )
    expect(roles.has('gov-lei')).toBe(false)
    expect(roles.has('gov-name')).toBe(false)
    expect(roles.get('name')).toBe(3)
  })
})
