// misd helper: the text figures of one corpus PDF whose sentence contains a word (argv: file, word).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDisclosure } from '../src/read/readDisclosure'

const [file = '', word = ''] = process.argv.slice(2)
const path = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pdf', file)
const result = await readDisclosure(new Uint8Array(readFileSync(path)), { fileName: file })
if (result.status === 'disclosure')
  for (const f of result.disclosure.text?.figures ?? [])
    if (f.sentence.includes(word)) console.log(JSON.stringify(f))
