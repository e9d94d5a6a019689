/**
 * (1) Analysis throughput against the limit of our own stack: the full analysis (all plugins,
 * every rule on) of a set of dispatches, versus retext-latin parsing the same text paragraph by
 * paragraph, in one process (in-process.ts, bundled), interleaved (the order flips every round,
 * so the garbage one leaves behind is paid by each in turn), after warm-up rounds.
 */
import { runBundled } from './bundled'
import type { ThroughputSamples } from './in-process'
import { atMost, type Figure } from './stats'

export interface ThroughputOptions {
  files: string[]
  warmups: number
  rounds: number
  /** Each side repeats its pass until one sample lasts about this much CPU time. */
  sampleMs: number
}

export async function measureThroughput(options: ThroughputOptions): Promise<Figure[]> {
  const samples = await runBundled<ThroughputSamples>(['throughput', JSON.stringify(options)])
  const section = `Throughput (${samples.dispatches} dispatches, ${Math.round(samples.kilobytes)} KB)`
  return [
    { section, label: 'full analysis', unit: 'ms/KB CPU', samples: samples.analysis, digits: 3 },
    {
      section,
      label: 'full analysis, first pass of a fresh process',
      unit: 'ms/KB CPU',
      samples: samples.firstPass,
      digits: 3,
    },
    {
      section,
      label: 'retext-latin, per paragraph',
      unit: 'ms/KB CPU',
      samples: samples.latin,
      digits: 3,
    },
    {
      section,
      label: 'analysis / retext-latin',
      unit: '×',
      samples: samples.ratios,
      goal: atMost(1.5),
      digits: 2,
    },
  ]
}
