/**
 * Run file tasks and hand each outcome on in input order: on this thread for a few files; past
 * WORKER_THRESHOLD (starting workers costs more than it saves for a handful of files), on this
 * thread and a pool of worker threads, one thread per core.
 */
import { availableParallelism } from 'node:os'
import type { CliIo } from './io'
import { runInPool } from './pool'
import { readRegularFileSync } from './read-file-sync'
import { type FileTask, runFileTask, runFileTaskSync, type TaskOutcome } from './tasks'

export const WORKER_THRESHOLD = 32

/** Worker threads started for many files when the caller does not say: one per core but the
 * one this thread analyses on. */
export function defaultWorkerCount(): number {
  return Math.max(0, availableParallelism() - 1)
}

export async function processFiles(
  tasks: readonly FileTask[],
  io: CliIo,
  deliver: (outcome: TaskOutcome) => void,
): Promise<void> {
  if (tasks.length > WORKER_THRESHOLD && io.createWorker) {
    const workerCount = io.workerCount ?? defaultWorkerCount()
    // This thread takes tasks between messages, and reads as the workers do (synchronously,
    // from the file system): awaiting each read left it idle half the time.
    const runHere = async (task: FileTask) => runFileTaskSync(task, readRegularFileSync)
    await runInPool(tasks, { createWorker: io.createWorker, workerCount, runHere }, deliver)
    return
  }
  for (const task of tasks) deliver(await runFileTask(task, io.readFile))
}
