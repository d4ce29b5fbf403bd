// The main job: from a published disclosure (a PDF) to the model, its standard tables and the
// reconciliation report. 0. reading  1. codes  2. tables  3. reconciliation.
//   npm run demo                   the PDF test/fixtures/pdf/sample-000.pdf (printed from sample 000)
//   npm run demo -- 预算.pdf        your PDF (or a .txt extracted from one, or a .json document)
//   npm run demo -- 003            a bundled sample, as typed (000–004)
import { join } from 'node:path'
import { readDemoInput } from './readInput'
import { runDemo } from './runDemo'

const input = await readDemoInput(process.argv[2], (line) => console.log(line))
if (!input.ok) {
  console.error(input.message)
  process.exit(2)
}
runDemo(input.doc, { name: input.name, outDir: join(process.cwd(), 'out') })
