/**
 * Run file tasks and hand each outcome on in input order: on this thread for a few files; past
 * WORKER_THRESHOLD (starting workers costs more than it saves for a handful of files), on a
 * pool of worker threads, one per core but one, this thread feeding them and printing; with a
 * single core, on this thread alone.
 *
 * This thread could analyse beside the workers (runInPool's `runHere`): measured on 2 shared
 * cores (load 3-4), one more analysing thread cost ~1 s more CPU (its own JIT warm-up) and
 * 0.4 s more wall time on 2,000 dispatches. It only does when there is no worker.
 *
 * `--jobs N` sets the threads that analyse: 1 is this thread alone (no worker), N > 1 is N
 * workers (this thread feeding them, as above).
 */
import { availableParallelism } from 'node:os'
import type { CliIo } from './io'
import { runInPool } from './pool'
import { readRegularFileSync } from './read-file-sync'
import { type FileTask, runFileTask, runFileTaskSync, type TaskOutcome } from './tasks'

export const WORKER_THRESHOLD = 32

/** Worker threads for `--jobs`: 1 analysing thread is this one, with no worker. */
export function workerCountForJobs(jobs: number): number {
  return jobs <= 1 ? 0 : jobs
}

/** Worker threads started for many files when the caller does not say: one per core but one. */
export function defaultWorkerCount(): number {
  return Math.max(0, availableParallelism() - 1)
}

export async function processFiles(
  tasks: readonly FileTask[],
  io: CliIo,
  deliver: (outcome: TaskOutcome) => void,
  jobs?: number,
): Promise<void> {
  if (tasks.length > WORKER_THRESHOLD && io.createWorker) {
    const workerCount =
      jobs !== undefined ? workerCountForJobs(jobs) : (io.workerCount ?? defaultWorkerCount())
    // Without workers, this thread reads as they do (synchronously, from the file system):
    // awaiting each read left it idle a sixth of the time.
    const runHere =
      workerCount === 0
        ? async (task: FileTask) => runFileTaskSync(task, readRegularFileSync)
        : undefined
    await runInPool(tasks, { createWorker: io.createWorker, workerCount, runHere }, deliver)
    return
  }
  for (const task of tasks) deliver(await runFileTask(task, io.readFile))
}
