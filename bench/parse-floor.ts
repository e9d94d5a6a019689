/**
 * The floor of the publishing gate (gate.ts): a whole process that finds the `.dispatch` files
 * of a folder, reads each one and parses it with retext-latin, and does nothing else: no
 * analysis, no report, one thread. Any linter built on our stack (unified, nlcst) pays at least
 * this. Bundled by gate.ts with the options of the shipped CLI, so that it starts as the CLI
 * does; prints how many files it parsed.
 *
 *   parse-floor.cjs <folder>
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import retextLatin from 'retext-latin'
import { unified } from 'unified'

function dispatchesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.dispatch'))
    .sort()
    .map((name) => join(folder, name))
}

const latin = unified().use(retextLatin).freeze()
let parsed = 0
for (const path of dispatchesIn(process.argv[2] ?? '.')) {
  latin.runSync(latin.parse(readFileSync(path, 'utf8')))
  parsed++
}
process.stdout.write(`${parsed}\n`)
