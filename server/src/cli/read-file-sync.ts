/**
 * `readRegularFile` for a worker thread: the same checks, read synchronously. A worker has
 * nothing else to do while it reads, and the promise version costs it five round trips to
 * libuv's thread pool per file (stat, open, fstat, read, close).
 */
import { readFileSync, statSync } from 'node:fs'
import { FileRefused, MAX_FILE_BYTES } from '../node/read-regular-file'

export function readRegularFileSync(path: string): Uint8Array {
  // Looked at before it is opened: opening a pipe with no writer blocks.
  const stats = statSync(path)
  if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
  if (!stats.isFile()) {
    throw new FileRefused('ENOTREG', 'not a regular file (a device, a pipe or a socket)')
  }
  if (stats.size > MAX_FILE_BYTES) {
    throw new FileRefused('ETOOBIG', `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)
  }
  return readFileSync(path)
}
