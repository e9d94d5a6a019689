/**
 * Many files on worker threads, and on this thread too when `runHere` is given: results come
 * back in any order and are handed on in input order, as soon as each next one is ready.
 *
 * Tasks go to a worker in batches (one message each way per batch, not per file) and each
 * worker is kept two batches ahead, so that it never waits for this thread between batches.
 * This thread takes one task at a time, one per turn of the event loop. At most `window` tasks are out at
 * once (sent and not yet handed on), so memory stays bounded however many files there are,
 * even when one slow file holds up the output.
 */
import type { Worker } from 'node:worker_threads'
import type { FileTask, TaskOutcome } from './tasks'

export interface PoolOptions {
  createWorker: () => Worker
  workerCount: number
  /** Run a task on this thread: given, this thread takes tasks too, between messages. */
  runHere?: (task: FileTask) => Promise<TaskOutcome>
  /** Most tasks in one message to a worker (default 8). */
  batchSize?: number
}

/** Batches a worker holds at once: one it works on, one waiting. */
const BATCHES_AHEAD = 2

/** Most tasks out at once (sent and not yet handed on) for this many threads. */
export function poolWindow(threads: number, batchSize: number): number {
  return Math.max(threads * batchSize * (BATCHES_AHEAD + 2), 16)
}

export async function runInPool(
  tasks: readonly FileTask[],
  options: PoolOptions,
  deliver: (outcome: TaskOutcome) => void,
): Promise<void> {
  const runHere = options.runHere
  const workerCount = Math.max(
    runHere ? 0 : 1,
    Math.min(options.workerCount, tasks.length - (runHere ? 1 : 0)),
  )
  const batchSize = Math.max(1, options.batchSize ?? 8)
  const threads = workerCount + (runHere ? 1 : 0)
  const window = poolWindow(threads, batchSize)
  const workers: Worker[] = []
  const waiting = new Map<number, TaskOutcome>()
  const batchesOut = new Map<Worker, number>()
  let nextToSend = 0
  let nextToDeliver = 0
  let settled = false
  let hereBusy = false

  try {
    await new Promise<void>((resolve, reject) => {
      if (tasks.length === 0) return resolve()
      const fail = (error: unknown) => {
        settled = true
        reject(error)
      }
      /** How many tasks may go out now: within the window, and a fair share near the end so
       * that no thread is left alone with a long batch. */
      const available = (most: number) => {
        const open = window - (nextToSend - nextToDeliver)
        const remaining = tasks.length - nextToSend
        const share = Math.ceil(remaining / (threads * BATCHES_AHEAD))
        return Math.max(0, Math.min(most, open, remaining, share))
      }
      const feed = (worker: Worker) => {
        while ((batchesOut.get(worker) ?? 0) < BATCHES_AHEAD) {
          const size = available(batchSize)
          if (size === 0) return
          worker.postMessage(tasks.slice(nextToSend, nextToSend + size))
          nextToSend += size
          batchesOut.set(worker, (batchesOut.get(worker) ?? 0) + 1)
        }
      }
      const receive = (outcomes: readonly TaskOutcome[]) => {
        if (settled) return
        for (const outcome of outcomes) waiting.set(outcome.index, outcome)
        let ready = waiting.get(nextToDeliver)
        while (ready) {
          waiting.delete(nextToDeliver)
          nextToDeliver++
          deliver(ready)
          ready = waiting.get(nextToDeliver)
        }
        if (nextToDeliver === tasks.length) {
          settled = true
          resolve()
          return
        }
        // Delivering may have opened the window for threads that were left waiting.
        for (const worker of workers) feed(worker)
        workHere()
      }
      /** This thread's share: one task per turn of the event loop, so that the workers'
       * messages are heard (and the workers fed) between two tasks; chaining tasks through
       * promises alone would keep the workers waiting until the window is full. */
      const workHere = () => {
        if (!runHere || hereBusy || settled) return
        hereBusy = true
        setImmediate(() => {
          if (settled || available(1) === 0) {
            hereBusy = false
            return
          }
          const task = tasks[nextToSend++]
          runHere(task)
            .then((outcome) => {
              hereBusy = false
              receive([outcome])
            })
            .catch(fail)
        })
      }
      for (let count = 0; count < workerCount; count++) {
        const worker = options.createWorker()
        workers.push(worker)
        worker.on('message', (outcomes: TaskOutcome[]) => {
          try {
            batchesOut.set(worker, (batchesOut.get(worker) ?? 1) - 1)
            receive(outcomes)
          } catch (error) {
            fail(error)
          }
        })
        worker.on('error', fail)
        worker.on('exit', (code) => {
          if (!settled) fail(new Error(`a worker thread stopped (code ${code})`))
        })
        feed(worker)
      }
      workHere()
    })
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
