/**
 * (2) Scaling: analysis time per KB for each document size, and each size's figure over the
 * 1 KB one (a superlinear step anywhere, such as speaker merging or coreference across a long
 * document, shows as a ratio above 1). Sizes are interleaved within each round; a small
 * document is analysed several times per sample so that a sample lasts long enough to time.
 * The largest sizes run in fewer rounds, and stop early when one run exceeds the budget.
 */
import { readFileSync } from 'node:fs'
import { analyze, createProcessor } from '../server/src/analysis'
import { atMost, elapsed, type Figure, spread } from './stats'
import { FULL_ANALYSIS } from './throughput'

export interface ScalingOptions {
  sizes: Array<{ label: string; path: string; bytes: number }>
  warmups: number
  rounds: number
  /** Documents of this many bytes or more run in `bigRounds` rounds, without warm-up. */
  bigBytes: number
  bigRounds: number
  /** No further round of a big document once one run took longer than this. */
  bigBudgetMs: number
  /** A sample of a small document repeats the analysis until it lasts about this long. */
  sampleMs: number
}

export interface ScalingResult {
  figures: Figure[]
  notes: string[]
}

export function measureScaling(options: ScalingOptions): ScalingResult {
  const processor = createProcessor(FULL_ANALYSIS)
  const documents = options.sizes.map((size) => ({
    ...size,
    text: readFileSync(size.path, 'utf8'),
    big: size.bytes >= options.bigBytes,
    repeats: 1,
    samples: [] as number[],
    overBudget: false,
  }))
  const notes: string[] = []
  const analyse = (text: string) => analyze(text, { processor })

  for (let round = 0; round < options.warmups + options.rounds; round++) {
    const warmup = round < options.warmups
    for (const document of documents) {
      if (document.big && (warmup || document.overBudget)) continue
      if (document.big && document.samples.length >= options.bigRounds) continue
      const start = performance.now()
      for (let repeat = 0; repeat < document.repeats; repeat++) analyse(document.text)
      const ms = elapsed(start)
      if (warmup) {
        const once = ms / document.repeats
        document.repeats = Math.max(document.repeats, Math.ceil(options.sampleMs / once))
        continue
      }
      document.samples.push(ms / document.repeats / (document.bytes / 1024))
      if (document.big && ms > options.bigBudgetMs) {
        document.overBudget = true
        notes.push(
          `${document.label}: one analysis took ${(ms / 1000).toFixed(1)} s, over the ` +
            `${(options.bigBudgetMs / 1000).toFixed(0)} s budget of a round: ` +
            `${document.samples.length} round(s) only.`,
        )
      }
    }
  }

  const section = 'Scaling (time per KB of one document)'
  const figures: Figure[] = documents.map((document) => ({
    section,
    label: `${document.label} (${document.bytes.toLocaleString('en')} bytes)`,
    unit: 'ms/KB',
    samples: document.samples,
    digits: 3,
  }))
  const [smallest, ...larger] = documents
  const base = spread(smallest.samples).median
  for (const document of larger) {
    // Each run of the larger document over the median of the smallest: the smallest is
    // measured in every round, the largest maybe once or twice.
    figures.push({
      section,
      label: `${document.label} / ${smallest.label}`,
      unit: '×',
      samples: document.samples.map((sample) => sample / base),
      goal: atMost(1.5),
      digits: 2,
    })
  }
  return { figures, notes }
}
