import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const FUNCTIONAL = join(ROOT, 'src/codes/functional/index.ts')
const ECONOMIC = join(ROOT, 'src/codes/economic/index.ts')

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8', // keep Chinese text readable, so the assertions below can see it
    external: ['decimal.js', 'zod'],
    logLevel: 'silent',
  })
  return result.outputFiles.map((f) => f.text).join('\n')
}

describe('entry points keep the two classifications apart', () => {
  it('the functional bundle holds functional data and no economic data', async () => {
    const text = await bundle(FUNCTIONAL)
    expect(text).toContain('卫生健康支出')
    expect(text).toContain('2101501')
    for (const economic of ['工资福利支出', '机关工资福利支出', '商品和服务支出']) {
      expect(text, economic).not.toContain(economic)
    }
    // Quoted: functional codes such as 2050101 contain the digits of economic codes.
    for (const economic of ['"50101"', '"30101"']) expect(text, economic).not.toContain(economic)
  }, 60_000)

  it.skipIf(!existsSync(ECONOMIC))(
    'the economic bundle holds economic data and no functional data',
    async () => {
      const text = await bundle(ECONOMIC)
      expect(text).toContain('工资福利支出')
      for (const functional of ['卫生健康支出', '2101501', '医疗保障管理事务', '社会保障和就业支出']) {
        expect(text, functional).not.toContain(functional)
      }
    },
    60_000,
  )
})
