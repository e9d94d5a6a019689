/**
 * Reads a file only when it is a regular file of a sane size: a device (`/dev/zero`), a named
 * pipe or a socket given as a dispatch or a configuration would otherwise be read without end
 * or block forever. Shared by the CLI and the language server (never by the analysis).
 */
import { readFile, stat } from 'node:fs/promises'

/** Larger than any dispatch or configuration: 64 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

/** Why a file was not read; `code` is what error handlers switch on. */
export class FileRefused extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'ETOOBIG',
    message: string,
  ) {
    super(message)
  }
}

export async function readRegularFile(path: string): Promise<Uint8Array> {
  // Looked at before it is opened: opening a pipe with no writer blocks.
  const stats = await stat(path)
  if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
  if (!stats.isFile()) {
    throw new FileRefused('ENOTREG', 'not a regular file (a device, a pipe or a socket)')
  }
  if (stats.size > MAX_FILE_BYTES) {
    throw new FileRefused('ETOOBIG', `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)
  }
  return readFile(path)
}
