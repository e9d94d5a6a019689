import type { FileReport, LintTotals } from '../report'

/**
 * A lint reporter, fed as results arrive (in input order) so that output streams and memory
 * stays bounded: `start`, then `file` once per file, then `end`. Each returns text to print.
 */
export interface LintReporter {
  start(): string
  file(report: FileReport): string
  end(totals: LintTotals): string
}

export interface ReporterOptions {
  /** Working folder, for reporters that need absolute locations (SARIF). */
  cwd: string
  color: boolean
  /** `--quiet`: only errors were kept, files without any are not listed. */
  quiet: boolean
  version: string
}
