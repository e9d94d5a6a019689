/**
 * What the CLI needs from the outside world, passed in so that `run()` is testable without a
 * process: the bin (`main.ts`) builds the real one, tests build fakes.
 */
import type { Worker } from 'node:worker_threads'

export interface TextSink {
  write(text: string): void
}

export interface CliIo {
  /** Folder that relative paths, globs and the default `lint` target are resolved against. */
  cwd: string
  stdout: TextSink
  stderr: TextSink
  /** The whole of standard input (read only when `-` is given). */
  readStdin(): Promise<Uint8Array>
  /** Read a file (dispatches and config files). Rejects with a Node error (`code`) on failure.
   * Folders are listed and globs expanded on the real file system. */
  readFile(path: string): Promise<Uint8Array>
  /** Colour the `pretty` report (the bin decides from the terminal and NO_COLOR). */
  color?: boolean
  /** Start a worker thread running the CLI's worker loop. Without it every file is processed
   * on the calling thread. With it, many files are read from the real file system, not with
   * `readFile` (by the workers, or by the calling thread when there is none). */
  createWorker?: () => Worker
  /** How many workers to start for many files (default: available parallelism − 1); with 0 the
   * calling thread analyses them. `--jobs` overrides it. */
  workerCount?: number
}
