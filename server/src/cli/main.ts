/**
 * The `dispatch-lens` bin, bundled to dist/cli.js: the only file that touches `process`. The same
 * bundle is the worker-thread script, so that the worker code ships without a bundle of its own.
 */

import { isMainThread, parentPort, Worker } from 'node:worker_threads'
import { readRegularFile } from '../node/read-regular-file'
import { EXIT_TROUBLE } from './errors'
import type { CliIo } from './io'
import { run } from './run'
import { serveTasks } from './worker'

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function wantsColor(): boolean {
  const force = process.env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  return process.stdout.isTTY === true && process.env.NO_COLOR === undefined
}

/** A reader that goes away (`dispatch-lens lint | head`) is an I/O error, not a crash. */
function exitWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const why = error.code === 'EPIPE' ? 'was closed before the report was written' : error.message
    process.stderr.write(`dispatch-lens: standard output ${why}.\n`)
    process.exit(EXIT_TROUBLE)
  })
}

if (isMainThread) {
  exitWhenStdoutCloses()
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    readFile: readRegularFile,
    color: wantsColor(),
    createWorker: () => new Worker(__filename),
  }
  run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code
  })
} else if (parentPort) {
  serveTasks(parentPort)
}
