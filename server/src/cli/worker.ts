/**
 * The worker side of the pool: answers each batch of tasks posted by the main thread with their
 * outcomes, in one message. Runs inside the bundled `dist/cli.js` when it is started as a
 * worker thread.
 */

import type { MessagePort } from 'node:worker_threads'
import { readRegularFileSync } from './read-file-sync'
import { type FileTask, runFileTaskSync, type TaskOutcome } from './tasks'

export function serveTasks(port: MessagePort): void {
  port.on('message', (batch: FileTask[]) => {
    port.postMessage(batch.map(runTask))
  })
}

function runTask(task: FileTask): TaskOutcome {
  try {
    return runFileTaskSync(task, readRegularFileSync)
  } catch (error) {
    return {
      index: task.index,
      kind: 'failed',
      message: `internal error on '${task.display}': ${error instanceof Error ? error.message : String(error)}. Please report it.`,
    }
  }
}
