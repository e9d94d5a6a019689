/** Summaries of timing samples, and the figures the bench reports. */

export interface Spread {
  min: number
  median: number
  max: number
}

export function spread(samples: readonly number[]): Spread {
  if (samples.length === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN }
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { min: sorted[0], median, max: sorted[sorted.length - 1] }
}

/** Nearest-rank percentile: the smallest sample with at least `p`% of samples at or below. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

export interface Goal {
  /** How the issue states it: `≤ 1.5`. */
  text: string
  met: (value: number) => boolean
}

export function atMost(limit: number, unit = ''): Goal {
  return { text: `≤ ${limit}${unit ? ` ${unit}` : ''}`, met: (value) => value <= limit }
}

/** One line of the results: a quantity measured once per round. */
export interface Figure {
  section: string
  label: string
  unit: string
  /** One value per round (or per run); the table shows min / median / max. */
  samples: number[]
  /** Checked on the median. */
  goal?: Goal
  /** Digits after the point. */
  digits?: number
}

export function goalStatus(figure: Figure): string {
  if (!figure.goal) return ''
  const { median } = spread(figure.samples)
  if (Number.isNaN(median)) return 'not measured'
  return figure.goal.met(median) ? 'met' : 'missed'
}

export function formatValue(value: number, digits = 1): string {
  if (Number.isNaN(value)) return '–'
  return value.toFixed(digits)
}

/** Milliseconds since `start` (a `performance.now()` value). */
export function elapsed(start: number): number {
  return performance.now() - start
}

/** CPU time (user + system) of this process so far, in ms. On a machine shared with other
 * work, the CPU time of synchronous work varies far less than its wall time. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export function cpuElapsed(start: number): number {
  return cpuNow() - start
}

/** A full collection before a sample (when node runs with --expose-gc, as `npm run bench`
 * does), so that no sample pays for the garbage of the one before it. */
export function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}
