import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type {
  AbsentTable,
  AbsentTableSchema,
  AssetItem,
  AssetItemSchema,
  BudgetUnit,
  BudgetUnitSchema,
  Cells,
  CellsSchema,
  Column,
  ColumnSchema,
  DepartmentPerformance,
  DepartmentPerformanceSchema,
  Disclosure,
  DisclosureSchema,
  Indicator,
  IndicatorSchema,
  LineItem,
  LineItemSchema,
  PrintedTable,
  PrintedTableSchema,
  PriorFact,
  PriorFactSchema,
  ProcurementItem,
  ProcurementItemSchema,
  Project,
  ProjectSchema,
  Row,
  RowSchema,
  TextFigure,
  TextFigureSchema,
} from '../../src/model/index'
import type { CellRef, CellRefSchema, Operand, OperandSchema } from '../../src/model/textFigure'

// The named types exist so that the API reference links to them instead of expanding the
// zod-inferred structure inline; they must stay exactly the inferred types (checked by tsc, which
// type-checks test/). A property declared with a different type fails here.
describe('named model types equal the zod-inferred types', () => {
  it('every named type is its schema output', () => {
    expectTypeOf<Disclosure>().toEqualTypeOf<z.infer<typeof DisclosureSchema>>()
    expectTypeOf<PrintedTable>().toEqualTypeOf<z.infer<typeof PrintedTableSchema>>()
    expectTypeOf<Row>().toEqualTypeOf<z.infer<typeof RowSchema>>()
    expectTypeOf<Column>().toEqualTypeOf<z.infer<typeof ColumnSchema>>()
    expectTypeOf<Cells>().toEqualTypeOf<z.infer<typeof CellsSchema>>()
    expectTypeOf<AbsentTable>().toEqualTypeOf<z.infer<typeof AbsentTableSchema>>()
    expectTypeOf<BudgetUnit>().toEqualTypeOf<z.infer<typeof BudgetUnitSchema>>()
    expectTypeOf<PriorFact>().toEqualTypeOf<z.infer<typeof PriorFactSchema>>()
    expectTypeOf<Project>().toEqualTypeOf<z.infer<typeof ProjectSchema>>()
    expectTypeOf<DepartmentPerformance>().toEqualTypeOf<z.infer<typeof DepartmentPerformanceSchema>>()
    expectTypeOf<Indicator>().toEqualTypeOf<z.infer<typeof IndicatorSchema>>()
    expectTypeOf<LineItem>().toEqualTypeOf<z.infer<typeof LineItemSchema>>()
    expectTypeOf<ProcurementItem>().toEqualTypeOf<z.infer<typeof ProcurementItemSchema>>()
    expectTypeOf<AssetItem>().toEqualTypeOf<z.infer<typeof AssetItemSchema>>()
    expectTypeOf<TextFigure>().toEqualTypeOf<z.infer<typeof TextFigureSchema>>()
    expectTypeOf<CellRef>().toEqualTypeOf<z.infer<typeof CellRefSchema>>()
    expectTypeOf<Operand>().toEqualTypeOf<z.infer<typeof OperandSchema>>()
  })

  it('a property of another type is told apart', () => {
    // the check above is not vacuous: a narrower property type is not equal
    expectTypeOf<Omit<Row, 'key'> & { key?: 'total' }>().not.toEqualTypeOf<z.infer<typeof RowSchema>>()
  })
})
