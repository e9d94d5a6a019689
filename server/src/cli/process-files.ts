/**
 * Run file tasks and hand each outcome on in input order: on this thread for a few files, on a
 * pool of worker threads past WORKER_THRESHOLD (starting workers costs more than it saves for a
 * handful of files).
 */
import { availableParallelism } from 'node:os'
import type { CliIo } from './io'
import { runInPool } from './pool'
import { type FileTask, runFileTask, type TaskOutcome } from './tasks'

export const WORKER_THRESHOLD = 32

/** Worker threads started for many files when the caller does not say. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1)
}

export async function processFiles(
  tasks: readonly FileTask[],
  io: CliIo,
  deliver: (outcome: TaskOutcome) => void,
): Promise<void> {
  if (tasks.length > WORKER_THRESHOLD && io.createWorker) {
    const workerCount = io.workerCount ?? defaultWorkerCount()
    await runInPool(tasks, { createWorker: io.createWorker, workerCount }, deliver)
    return
  }
  for (const task of tasks) deliver(await runFileTask(task, io.readFile))
}
