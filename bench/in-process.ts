/**
 * The measurements that run the analysis inside one process, bundled by esbuild as the CLI and
 * the server are (see bundled.ts), so that they time the code that ships. Each run prints one
 * JSON line:
 *   in-process.cjs throughput '<{"files": [...], "warmups": n, "rounds": n}>'
 *   in-process.cjs scaling <document> <warm-up document> <sample ms>
 * Times are CPU times of this process (on a machine shared with other work they vary far less
 * than wall time). The throughput forces no garbage collection; each scaling sample starts
 * after a full one (see timeRepeats).
 */
import { readFileSync } from 'node:fs'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { type AnalysisSettings, analyze, createProcessor } from '../server/src/analysis'
import { collectGarbage, cpuElapsed, cpuNow } from './stats'

/** Every rule on: `anonymous-source` only runs with the `report-all` policy. */
export const FULL_ANALYSIS: AnalysisSettings = { anonymity: 'report-all' }

const WARMUP_MS = 400
/** CPU time each side of the throughput runs before its rounds. */
const THROUGHPUT_WARMUP_MS = 3000

function warmUp(run: () => void, ms: number): void {
  const start = cpuNow()
  do run()
  while (cpuElapsed(start) < ms)
}

export interface ThroughputSamples {
  dispatches: number
  kilobytes: number
  /** CPU ms per KB, one value per round. */
  analysis: number[]
  latin: number[]
  /** Analysis time over retext-latin time, within each round. */
  ratios: number[]
  /** CPU ms per KB of the very first analysis pass of this fresh process (one value): it
   * compiles the patterns and runs before the JIT has optimised anything, as the first
   * files of a `lint` run do in each thread. */
  firstPass: number[]
}

function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).filter((paragraph) => paragraph.trim().length > 0)
}

/** Repeat `run` enough times for one sample to last about `sampleMs` of CPU (the clock is
 * coarse for short samples): the warm-up tells how long one run takes. */
function repeatsFor(lastRunMs: number, sampleMs: number): number {
  return Math.max(1, Math.ceil(sampleMs / Math.max(lastRunMs, 0.001)))
}

/**
 * CPU ms per run. With `collect`, after a full collection (when --expose-gc is given).
 *
 * The throughput does not collect: a forced full collection makes V8 throw away optimised
 * code whose embedded objects died (`--trace-deopt` says "weak objects"), about a hundred
 * functions of the analysis, so the sample after it re-optimises them: that measured about
 * twice the analysis's steady cost per KB, while a `lint` of 2,000 dispatches runs one
 * mark-compact in all. The young generation collects the other side's garbage on its own.
 *
 * The scaling collects: its question is whether the cost per KB grows with the size, and a
 * large document's own garbage reaches the old generation within one analysis (so it pays
 * mark-compacts, and the re-optimisation after them, that a small one never meets unless
 * every sample starts the same way).
 */
function timeRepeats(run: () => void, repeats: number, collect = false): number {
  if (collect) collectGarbage()
  const start = cpuNow()
  for (let repeat = 0; repeat < repeats; repeat++) run()
  return cpuElapsed(start) / repeats
}

/** The full analysis of the dispatches against retext-latin parsing each of their paragraphs,
 * interleaved: the order flips every round, after warm-up rounds. */
function throughput(options: {
  files: string[]
  warmups: number
  rounds: number
  sampleMs: number
}): ThroughputSamples {
  const texts = options.files.map((file) => readFileSync(file, 'utf8'))
  const paragraphs = texts.flatMap(paragraphsOf)
  const kilobytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024
  const processor = createProcessor(FULL_ANALYSIS)
  const latin = unified().use(retextLatin).freeze()
  let findings = 0
  const analysisPass = () => {
    for (const text of texts) findings += analyze(text, { processor }).messages.length
  }
  const latinPass = () => {
    for (const paragraph of paragraphs) latin.runSync(latin.parse(paragraph))
  }
  const samples: ThroughputSamples = {
    dispatches: texts.length,
    kilobytes,
    analysis: [],
    latin: [],
    ratios: [],
    firstPass: [],
  }
  // The first pass of this fresh process, alone; then both sides run until the JIT has
  // settled (the analysis has many functions, re-optimised as new shapes reach them: a few
  // passes over 200 dispatches are not enough) before the rounds are timed.
  samples.firstPass.push(timeRepeats(analysisPass, 1) / kilobytes)
  warmUp(analysisPass, THROUGHPUT_WARMUP_MS)
  warmUp(latinPass, THROUGHPUT_WARMUP_MS / 3)
  let analysisRepeats = 1
  let latinRepeats = 1
  for (let round = 0; round < options.warmups + options.rounds; round++) {
    const analysisFirst = round % 2 === 0
    const first = analysisFirst
      ? timeRepeats(analysisPass, analysisRepeats)
      : timeRepeats(latinPass, latinRepeats)
    const second = analysisFirst
      ? timeRepeats(latinPass, latinRepeats)
      : timeRepeats(analysisPass, analysisRepeats)
    const [analysisMs, latinMs] = analysisFirst ? [first, second] : [second, first]
    if (round < options.warmups) {
      analysisRepeats = repeatsFor(analysisMs, options.sampleMs)
      latinRepeats = repeatsFor(latinMs, options.sampleMs)
      continue
    }
    samples.analysis.push(analysisMs / kilobytes)
    samples.latin.push(latinMs / kilobytes)
    samples.ratios.push(analysisMs / latinMs)
  }
  if (findings === 0) throw new Error('the analysis found nothing in the bench corpus')
  return samples
}

/** One scaling sample: warm up on the warm-up document, then time enough analyses of the
 * document for the sample to last `sampleMs` of CPU. CPU ms per analysis. */
function scalingSample(documentPath: string, warmupPath: string, sampleMs: number) {
  const processor = createProcessor(FULL_ANALYSIS)
  const text = readFileSync(documentPath, 'utf8')
  const warmup = readFileSync(warmupPath, 'utf8')
  const warmupStart = cpuNow()
  for (let runs = 0; runs < 2 || cpuElapsed(warmupStart) < WARMUP_MS; runs++) {
    analyze(warmup, { processor })
  }
  const analyse = () => analyze(text, { processor })
  const once = warmupPath === documentPath ? timeRepeats(analyse, 1, true) : sampleMs
  const repeats = repeatsFor(once, sampleMs)
  return { ms: timeRepeats(analyse, repeats, true), repeats }
}

function main(args: string[]): unknown {
  const [command, ...rest] = args
  if (command === 'throughput' && rest.length === 1) return throughput(JSON.parse(rest[0]))
  if (command === 'scaling' && rest.length === 3) {
    return scalingSample(rest[0], rest[1], Number(rest[2]))
  }
  process.stderr.write(
    'Usage: in-process throughput <json options> | scaling <document> <warm-up> <sample ms>\n',
  )
  process.exit(2)
}

process.stdout.write(`${JSON.stringify(main(process.argv.slice(2)))}\n`)
