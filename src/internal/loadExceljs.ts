import type ExcelJSModule from 'exceljs'
import { MedbudgetError } from '../errors'

/**
 * `exceljs`, loaded on the first call: a program that imports the `/xlsx` entry (or the `medbudget`
 * bin, which bundles it) runs without the optional peer until it reads or writes a workbook.
 * @param purpose - what needs it, in Chinese and English (`['生成 xlsx', 'writing an .xlsx file']`)
 * @example
 * ```ts
 * const ExcelJS = await loadExceljs(['读取 xlsx', 'reading an .xlsx file'])
 * ```
 * @internal
 */
export async function loadExceljs(purpose: readonly [zh: string, en: string]): Promise<typeof ExcelJSModule> {
  try {
    const module = (await import('exceljs')) as { default?: typeof ExcelJSModule } & typeof ExcelJSModule
    return module.default ?? module
  } catch {
    throw new MedbudgetError(
      'EXCELJS_MISSING',
      `${purpose[0]}需要安装 exceljs：npm install exceljs`,
      `${purpose[1]} needs exceljs: npm install exceljs`,
    )
  }
}
