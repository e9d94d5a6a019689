/**
 * (1) Analysis throughput against the limit of our own stack: the full analysis (all plugins,
 * every rule on) of a set of dispatches, versus retext-latin parsing the same text paragraph by
 * paragraph, in this process, interleaved (the order flips every round, so the garbage one
 * leaves behind is paid by each in turn), after warm-up rounds.
 */
import { readFileSync } from 'node:fs'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { type AnalysisSettings, analyze, createProcessor } from '../server/src/analysis'
import { atMost, elapsed, type Figure } from './stats'

/** Every rule on: `anonymous-source` only runs with the `report-all` policy. */
export const FULL_ANALYSIS: AnalysisSettings = { anonymity: 'report-all' }

export interface ThroughputOptions {
  files: string[]
  warmups: number
  rounds: number
}

function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).filter((paragraph) => paragraph.trim().length > 0)
}

export function measureThroughput(options: ThroughputOptions): Figure[] {
  const texts = options.files.map((file) => readFileSync(file, 'utf8'))
  const paragraphs = texts.flatMap(paragraphsOf)
  const kilobytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024
  const processor = createProcessor(FULL_ANALYSIS)
  const latin = unified().use(retextLatin).freeze()
  let findings = 0

  const runAnalysis = (): number => {
    const start = performance.now()
    for (const text of texts) findings += analyze(text, { processor }).messages.length
    return elapsed(start)
  }
  const runLatin = (): number => {
    const start = performance.now()
    for (const paragraph of paragraphs) latin.runSync(latin.parse(paragraph))
    return elapsed(start)
  }

  const analysisMs: number[] = []
  const latinMs: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < options.warmups + options.rounds; round++) {
    let analysisTime: number
    let latinTime: number
    if (round % 2 === 0) {
      analysisTime = runAnalysis()
      latinTime = runLatin()
    } else {
      latinTime = runLatin()
      analysisTime = runAnalysis()
    }
    if (round < options.warmups) continue
    analysisMs.push(analysisTime / kilobytes)
    latinMs.push(latinTime / kilobytes)
    ratios.push(analysisTime / latinTime)
  }
  if (findings === 0) throw new Error('the analysis found nothing in the bench corpus')

  const section = `Throughput (${texts.length} dispatches, ${Math.round(kilobytes)} KB)`
  return [
    { section, label: 'full analysis', unit: 'ms/KB', samples: analysisMs, digits: 3 },
    { section, label: 'retext-latin, per paragraph', unit: 'ms/KB', samples: latinMs, digits: 3 },
    {
      section,
      label: 'analysis / retext-latin',
      unit: '×',
      samples: ratios,
      goal: atMost(1.5),
      digits: 2,
    },
  ]
}
