/**
 * The measurements that run the analysis inside one process, bundled by esbuild as the CLI and
 * the server are (see bundled.ts), so that they time the code that ships. Each run prints one
 * JSON line:
 *   in-process.cjs throughput '<{"files": [...], "warmups": n, "rounds": n}>'
 *   in-process.cjs scaling <document> <warm-up document> <sample ms>
 * Times are CPU times of this process (on a machine shared with other work they vary far less
 * than wall time), each sample after a full garbage collection when --expose-gc is given.
 */
import { readFileSync } from 'node:fs'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { type AnalysisSettings, analyze, createProcessor } from '../server/src/analysis'
import { collectGarbage, cpuElapsed, cpuNow } from './stats'

/** Every rule on: `anonymous-source` only runs with the `report-all` policy. */
export const FULL_ANALYSIS: AnalysisSettings = { anonymity: 'report-all' }

const WARMUP_MS = 400

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

function timeRepeats(run: () => void, repeats: number): number {
  collectGarbage()
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
    if (round === 0) samples.firstPass.push(analysisMs / kilobytes)
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
  const once = warmupPath === documentPath ? timeRepeats(analyse, 1) : sampleMs
  const repeats = repeatsFor(once, sampleMs)
  return { ms: timeRepeats(analyse, repeats), repeats }
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
