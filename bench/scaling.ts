/**
 * (2) Scaling: analysis time per KB for each document size, and each size's figure over the
 * 1 KB one (a superlinear step anywhere, such as speaker merging or coreference across a long
 * document, shows as a ratio above 1). Each sample runs in a fresh process (in-process.ts)
 * that warms up first, so that sizes do not pay for each other's garbage or compiled code;
 * sizes are interleaved within a round, starting from a different size each round. Documents
 * of 1 MB and more warm up on the 100 KB one. The largest run in fewer rounds, and stop early
 * when one run exceeds the budget. Times are CPU times of the analysis alone.
 */
import { runBundled } from './bundled'
import { atMost, type Figure, spread } from './stats'

export interface ScalingOptions {
  sizes: Array<{ label: string; path: string; bytes: number }>
  rounds: number
  /** Documents of this many bytes or more run in `bigRounds` rounds only. */
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

/** Documents up to this size warm up on themselves; larger ones (1 MB, 10 MB) on the largest
 * document below it, so that warming up does not take minutes. The generated sizes overshoot
 * their nominal size a little: the 100 KB document is past 100 × 1024 bytes. */
const WARMUP_LIMIT = 200 * 1024

async function sample(path: string, warmupPath: string, sampleMs: number): Promise<number> {
  const result = await runBundled<{ ms: number }>(['scaling', path, warmupPath, String(sampleMs)])
  return result.ms
}

export async function measureScaling(options: ScalingOptions): Promise<ScalingResult> {
  const warmupPath =
    [...options.sizes].reverse().find((size) => size.bytes <= WARMUP_LIMIT)?.path ??
    options.sizes[0].path
  const documents = options.sizes.map((size) => ({
    ...size,
    big: size.bytes >= options.bigBytes,
    warmupPath: size.bytes > WARMUP_LIMIT ? warmupPath : size.path,
    samples: [] as number[],
    overBudget: false,
  }))
  const notes: string[] = []
  for (let round = 0; round < options.rounds; round++) {
    const order = documents.map((_, index) => documents[(index + round) % documents.length])
    for (const document of order) {
      if (document.big && (document.overBudget || document.samples.length >= options.bigRounds)) {
        continue
      }
      const ms = await sample(document.path, document.warmupPath, options.sampleMs)
      document.samples.push(ms / (document.bytes / 1024))
      if (document.big && ms > options.bigBudgetMs) {
        document.overBudget = true
        notes.push(
          `${document.label}: one analysis took ${(ms / 1000).toFixed(1)} s of CPU, over the ` +
            `${(options.bigBudgetMs / 1000).toFixed(0)} s budget: ` +
            `${document.samples.length} round(s) only.`,
        )
      }
    }
  }

  const section = 'Scaling (CPU time per KB of one document)'
  const figures: Figure[] = documents.map((document) => ({
    section,
    label: `${document.label} (${document.bytes.toLocaleString('en')} bytes)`,
    unit: 'ms/KB CPU',
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
