import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { collectInputs } from '../../src/cli/collectInputs'

const dir = mkdtempSync(join(tmpdir(), 'medbudget-inputs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('walks folders in name order, takes links to files, skips links to folders, hidden files and other kinds', async () => {
  const real = join(dir, 'real')
  const batch = join(dir, 'batch')
  mkdirSync(real)
  mkdirSync(join(batch, 'sub'), { recursive: true })
  writeFileSync(join(real, 'a.pdf'), '')
  writeFileSync(join(batch, 'b.json'), '{}')
  writeFileSync(join(batch, 'sub', 'c.txt'), '')
  writeFileSync(join(batch, 'notes.docx'), '')
  writeFileSync(join(batch, '.hidden.pdf'), '')
  symlinkSync(join(real, 'a.pdf'), join(batch, 'a-link.pdf'))
  symlinkSync(real, join(batch, 'folder-link'))
  expect(await collectInputs([batch])).toEqual([
    join(batch, 'a-link.pdf'),
    join(batch, 'b.json'),
    join(batch, 'sub', 'c.txt'),
  ])
})
