/**
 * Writes the synthetic Shanghai-template 决算 of test/fixtures/final-account/ in its two text shapes
 * (run by hand after changing the generator; test/read/finalAccountShanghai.test.ts checks that the
 * committed files are what the generator makes). Usage:
 *
 *   npx tsx scripts/make-final-account-fixture.ts
 */
import { writeFileSync } from 'node:fs'
import { shanghaiFinalAccount } from '../test/fixtures/final-account/shanghaiFinalAccount'

const OUT = 'test/fixtures/final-account'
const fixture = shanghaiFinalAccount()
writeFileSync(`${OUT}/shanghai-2024.tab.txt`, fixture.tab)
writeFileSync(`${OUT}/shanghai-2024.layout.txt`, fixture.layout)
console.log(`wrote ${OUT}/shanghai-2024.tab.txt and shanghai-2024.layout.txt`)
