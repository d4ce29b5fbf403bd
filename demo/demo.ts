// The main job: a tour of @medbudget/core on a bundled real disclosure.
// 1. codes  2. tables  3. reconciliation.  Run with `npm run demo` (optionally: npm run demo -- 003).
import { join } from 'node:path'
import { loadSample, SAMPLES, type SampleId } from '../src/samples/index'
import { runDemo } from './runDemo'

const id = (process.argv[2] ?? '000') as SampleId
if (!SAMPLES.some((s) => s.id === id)) {
  console.error(`unknown sample "${id}"; choose one of ${SAMPLES.map((s) => s.id).join(', ')}`)
  process.exit(2)
}
runDemo(loadSample(id), { name: id, outDir: join(process.cwd(), 'out') })
