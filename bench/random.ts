/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same corpus and the
 * same edits on every machine, so two bench runs measure the same work.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, bound). */
  below(bound: number): number
  pick<T>(items: readonly T[]): T
  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[]
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const below = (bound: number): number => Math.floor(next() * bound)
  return {
    next,
    below,
    pick: (items) => items[below(items.length)],
    shuffled: (items) => {
      const copy = [...items]
      for (let index = copy.length - 1; index > 0; index--) {
        const other = below(index + 1)
        ;[copy[index], copy[other]] = [copy[other], copy[index]]
      }
      return copy
    },
  }
}
