/**
 * The worker side of the pool: answers each task posted by the main thread with its outcome.
 * Runs inside the bundled `dist/cli.js` when it is started as a worker thread.
 */

import type { MessagePort } from 'node:worker_threads'
import { readRegularFile } from '../node/read-regular-file'
import { type FileTask, runFileTask } from './tasks'

export function serveTasks(port: MessagePort): void {
  port.on('message', (task: FileTask) => {
    runFileTask(task, readRegularFile).then(
      (outcome) => port.postMessage(outcome),
      (error: unknown) =>
        port.postMessage({
          index: task.index,
          kind: 'failed',
          message: `internal error on '${task.display}': ${error instanceof Error ? error.message : String(error)}. Please report it.`,
        }),
    )
  })
}
