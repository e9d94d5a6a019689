/**
 * The floors of the publishing gate (gate.ts): a whole process that finds the `.dispatch` files
 * of a folder, reads each one and parses it, and does nothing else: no analysis, no report,
 * one thread. Bundled by gate.ts with the options of the shipped CLI, so that it starts as the
 * CLI does; prints how many files it parsed.
 *
 * - `latin`: retext-latin's parser, what a linter of the retext family starts from.
 * - `dispatch`: the parser of Dispatch Lens alone (header, annotations, paragraphs,
 *   quotations, sentences, words, language; `parse/`), which the analysis runs instead of
 *   retext-latin: the true floor of our CLI, which must at least read and parse every file.
 *
 *   parse-floor.cjs latin|dispatch <folder>
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { createProcessor } from '../server/src/analysis'

function dispatchesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.dispatch'))
    .sort()
    .map((name) => join(folder, name))
}

const [parser, folder] = process.argv.slice(2)
if ((parser !== 'latin' && parser !== 'dispatch') || !folder) {
  process.stderr.write('Usage: parse-floor latin|dispatch <folder>\n')
  process.exit(2)
}
const latin = unified().use(retextLatin).freeze()
const dispatch = createProcessor()
let parsed = 0
for (const path of dispatchesIn(folder)) {
  const text = readFileSync(path, 'utf8')
  if (parser === 'latin') latin.runSync(latin.parse(text))
  else dispatch.parse(new VFile({ value: text, path }))
  parsed++
}
process.stdout.write(`${parsed}\n`)
