/**
 * Running the CLI in-process with a fake outside world: `run()` gets captured stdout/stderr,
 * a given stdin and the real file system (files are written to a temporary folder per test).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after } from 'node:test'
import { Worker } from 'node:worker_threads'
import type { CliIo } from '../../server/src/cli/io'
import { run } from '../../server/src/cli/run'

export const ROOT = join(import.meta.dirname, '..', '..')
export const FIXTURES = join(import.meta.dirname, 'fixtures')
export const SEED = join(ROOT, 'examples', 'kandahar.dispatch')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  stdin?: string | Uint8Array
  /** Replace reading some files (to simulate errors the file system cannot be made to give). */
  readFile?: (path: string) => Promise<Uint8Array>
  createWorker?: () => Worker
  workerCount?: number
}

export async function runCli(argv: string[], options: RunOptions): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const stdin = options.stdin ?? ''
  const io: CliIo = {
    cwd: options.cwd,
    stdout: {
      write: (text) => {
        stdout += text
      },
    },
    stderr: {
      write: (text) => {
        stderr += text
      },
    },
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    readFile: options.readFile ?? ((path) => readFile(path)),
    color: false,
    createWorker: options.createWorker,
    workerCount: options.workerCount,
  }
  const code = await run(argv, io)
  return { code, stdout, stderr }
}

/** A temporary folder holding `files` (path → content), removed after the test file. */
export async function tempFolder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'dispatch-lens-cli-'))
  after(() => rm(folder, { recursive: true, force: true }))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true })
    await writeFile(join(folder, path), content)
  }
  return folder
}

export function fixture(name: string): Promise<string> {
  return readFile(join(FIXTURES, name), 'utf8')
}

/** A worker running the TypeScript sources (the bin uses its own bundle instead). */
export function sourceWorker(): Worker {
  const tsx = require.resolve('tsx/cjs')
  const main = join(ROOT, 'server', 'src', 'cli', 'main.ts')
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(main)})`, {
    eval: true,
  })
}
