// misd helper: the figures read from a few prose lines (argv: lines).
import { readExplanatoryText } from '../src/read/text/index'

const lines = process.argv.slice(2).map((text) => ({ text, page: 1 }))
const { figures } = readExplanatoryText(lines, { amountUnit: '万元', tables: [] })
for (const f of figures) console.log(JSON.stringify(f))
