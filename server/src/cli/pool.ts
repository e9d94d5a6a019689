/**
 * Many files on worker threads: results come back in any order and are handed on in input
 * order, as soon as each next one is ready. At most `window` tasks are out at once, so memory
 * stays bounded however many files there are, even when one slow file holds up the output.
 */
import type { Worker } from 'node:worker_threads'
import type { FileTask, TaskOutcome } from './tasks'

export interface PoolOptions {
  createWorker: () => Worker
  workerCount: number
}

export async function runInPool(
  tasks: readonly FileTask[],
  options: PoolOptions,
  deliver: (outcome: TaskOutcome) => void,
): Promise<void> {
  const workerCount = Math.max(1, Math.min(options.workerCount, tasks.length))
  const window = workerCount * 8
  const workers: Worker[] = []
  const waiting = new Map<number, TaskOutcome>()
  let nextToSend = 0
  let nextToDeliver = 0

  try {
    await new Promise<void>((resolve, reject) => {
      if (tasks.length === 0) return resolve()
      const feed = (worker: Worker) => {
        if (nextToSend < tasks.length && nextToSend - nextToDeliver < window) {
          worker.postMessage(tasks[nextToSend++])
          return true
        }
        return false
      }
      const idle: Worker[] = []
      const onOutcome = (worker: Worker, outcome: TaskOutcome) => {
        waiting.set(outcome.index, outcome)
        let ready = waiting.get(nextToDeliver)
        while (ready) {
          waiting.delete(nextToDeliver)
          nextToDeliver++
          deliver(ready)
          ready = waiting.get(nextToDeliver)
        }
        if (nextToDeliver === tasks.length) return resolve()
        // Delivering may have opened the window for workers that were left idle.
        while (idle.length > 0 && feed(idle[idle.length - 1])) idle.pop()
        if (!feed(worker)) idle.push(worker)
      }
      for (let count = 0; count < workerCount; count++) {
        const worker = options.createWorker()
        workers.push(worker)
        worker.on('message', (outcome: TaskOutcome) => {
          try {
            onOutcome(worker, outcome)
          } catch (error) {
            reject(error)
          }
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (nextToDeliver < tasks.length)
            reject(new Error(`a worker thread stopped (code ${code})`))
        })
        if (!feed(worker)) idle.push(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
