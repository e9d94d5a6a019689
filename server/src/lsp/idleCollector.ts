/**
 * Giving memory back after documents are closed. Closing drops every cache of the document at
 * once (`AnalysisCache.forget`), but V8 keeps the pages its heap grew to: the old space stays
 * as large and as fragmented as it was with every document open, and the young generation at
 * the 2 × 16 MB it grew to, until V8's memory reducer runs (half a minute later or more, if
 * ever). So once closing is over (no close, open or edit for a second) and every document is
 * closed, or many were, the server collects twice (see `IdleCollector`) and V8 returns the
 * freed pages to the system: about 30 ms of collection in all, when nothing else is asked.
 *
 * This needs `gc`, which Node only exposes when started with `--expose-gc`: the VS Code client
 * starts the server with `SERVER_NODE_OPTIONS` (protocol.ts). Started without it, the server
 * works as before and leaves the heap to V8.
 */
import { setFlagsFromString } from 'node:v8'

/** How long closing must have paused before collecting. */
export const IDLE_COLLECT_DELAY_MS = 1000
/** V8 shrinks its young generation at a collection only when little was allocated over the
 * last 5 s: the second collection waits that long after the first. */
export const SHRINK_DELAY_MS = 5500
/** Closing this many documents calls for a collection even if others stay open. */
export const MANY_CLOSED = 20

export interface Collection {
  /** JS heap committed (`heapTotal`) before the first collection and after the second, in
   * bytes. */
  heapBefore: number
  heapAfter: number
  /** Time spent collecting (both collections). */
  durationMs: number
}

export interface Collectors {
  /** A full collection that also compacts the old space. */
  compacting(): void
  /** A plain full collection. */
  full(): void
}

/** The collections, or null when Node was started without `--expose-gc`. */
export function collectors(): Collectors | null {
  const gc = (globalThis as { gc?: unknown }).gc
  if (typeof gc !== 'function') return null
  return {
    compacting: () => {
      // A forced collection only compacts the pages V8's heuristics pick; this one should leave
      // no page partly used. The flag is read during the collection and put back right after.
      setFlagsFromString('--compact-on-every-full-gc')
      try {
        gc()
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc')
      }
    },
    full: () => gc(),
  }
}

/** Timers, replaceable in tests. */
export interface Timers {
  set(run: () => void, delayMs: number): unknown
  clear(timer: unknown): void
}

const NODE_TIMERS: Timers = {
  set: (run, delayMs) => {
    const timer = setTimeout(run, delayMs)
    // A pending collection never keeps the process alive.
    timer.unref()
    return timer
  },
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}

/**
 * After closing: the first collection compacts the old space and returns its empty pages; the
 * second, once allocation has been low for V8's 5 s window, lets V8 shrink the young
 * generation back (it grows to 2 × 16 MB while documents are analysed). Any open, edit or close
 * in between starts over.
 */
export class IdleCollector {
  private timer: unknown
  private closedSinceLast = 0
  private pending: { heapBefore: number; durationMs: number } | undefined
  /** Collections run so far (`dispatch/stats` reports it). */
  collections = 0

  constructor(
    private readonly collect: Collectors | null,
    private readonly openDocuments: () => number,
    private readonly onCollected: (collection: Collection) => void,
    private readonly timers: Timers = NODE_TIMERS,
    private readonly delays = { idle: IDLE_COLLECT_DELAY_MS, shrink: SHRINK_DELAY_MS },
  ) {}

  /** A document was closed: collect once closing has paused, if it is worth it. */
  closed(): void {
    if (!this.collect) return
    this.closedSinceLast++
    this.pending = undefined
    this.schedule(() => this.first(), this.delays.idle)
  }

  /** A document was opened or edited: wait for the user to pause before collecting. */
  active(): void {
    if (this.timer === undefined) return
    if (this.pending) {
      // Compacted already; the young generation is in use again, leave it to V8.
      this.pending = undefined
      this.dispose()
      return
    }
    this.schedule(() => this.first(), this.delays.idle)
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer)
    this.timer = undefined
  }

  private schedule(run: () => void, delayMs: number): void {
    this.dispose()
    this.timer = this.timers.set(() => {
      this.timer = undefined
      run()
    }, delayMs)
  }

  private first(): void {
    const collect = this.collect
    if (!collect) return
    if (this.openDocuments() > 0 && this.closedSinceLast < MANY_CLOSED) return
    this.closedSinceLast = 0
    const heapBefore = process.memoryUsage().heapTotal
    const start = performance.now()
    collect.compacting()
    this.pending = { heapBefore, durationMs: performance.now() - start }
    this.schedule(() => this.second(), this.delays.shrink)
  }

  private second(): void {
    const collect = this.collect
    const pending = this.pending
    this.pending = undefined
    if (!collect || !pending) return
    const start = performance.now()
    collect.full()
    this.collections++
    this.onCollected({
      heapBefore: pending.heapBefore,
      heapAfter: process.memoryUsage().heapTotal,
      durationMs: pending.durationMs + performance.now() - start,
    })
  }
}
