/**
 * What one linted file gives the reporters: plain data, so that it crosses from worker threads
 * unchanged and every reporter reads the same thing.
 */
import type { Fix } from '../analysis'
import type { MessageSeverity } from '../analysis/messages'

export interface LintMessage {
  rule: string
  /** Who raised it (`dispatch-lens`), as vfile's `source`. */
  source: string
  severity: MessageSeverity
  message: string
  /** 1-based lines and columns (columns in UTF-16 code units); `end` is exclusive. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** UTF-16 offsets into the file's text. */
  start: number
  end: number
  url: string | null
  fixes: Fix[]
}

export interface FileReport {
  /** The path as shown to the user (relative to the working folder), or null for stdin. */
  file: string | null
  messages: LintMessage[]
}

export interface LintTotals {
  files: number
  errors: number
  warnings: number
  infos: number
}

export function countMessages(messages: readonly LintMessage[]): Omit<LintTotals, 'files'> {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const message of messages) {
    if (message.severity === 'error') errors++
    else if (message.severity === 'warning') warnings++
    else infos++
  }
  return { errors, warnings, infos }
}

/** Name shown for standard input. */
export const STDIN_NAME = '<stdin>'
