/**
 * The human report, as vfile-reporter makes it, one file at a time (so it streams) with one
 * summary line at the end: `✖ 1 error, ⚠ 2 warnings`, as unified's tools print it. Plain text is
 * laid out here (`pretty-table.ts`); vfile-reporter still lays out a file with wide, combining
 * or control characters in a cell.
 */
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { reporter } from 'vfile-reporter'
import { type FileReport, type LintMessage, type LintTotals, STDIN_NAME } from '../report'
import { prettyTable } from './pretty-table'
import type { LintReporter, ReporterOptions } from './reporter'

export function prettyReporter(options: ReporterOptions): LintReporter {
  let previousHadMessages = false
  let printedAny = false
  return {
    start: () => '',
    file(report) {
      if (options.quiet && report.messages.length === 0) return ''
      let text =
        prettyTable(report, options.color, STDIN_NAME) ?? vfileReport(report, options.color)
      // vfile-reporter separates a file with messages from the next by a blank line.
      if (previousHadMessages) text = `\n${text}`
      previousHadMessages = report.messages.length > 0
      printedAny = true
      return `${text}\n`
    },
    end(totals) {
      const summary = summaryLine(totals, options.color)
      if (!summary) return ''
      return `${printedAny ? '\n' : ''}${summary}\n`
    },
  }
}

/** The same text from vfile-reporter itself. */
export function vfileReport(report: FileReport, color: boolean): string {
  return withoutSummary(reporter([toVFile(report)], { color, defaultName: STDIN_NAME }), report)
}

/** vfile-reporter ends each report with a blank line and a summary when there are errors or
 * warnings; one summary for the whole run is printed at the end instead. */
function withoutSummary(text: string, report: FileReport): string {
  const failing = report.messages.some((message) => message.severity !== 'info')
  return failing ? text.split('\n').slice(0, -2).join('\n') : text
}

function toVFile(report: FileReport): VFile {
  const file = new VFile(report.file === null ? {} : { path: report.file })
  for (const message of report.messages) file.messages.push(toVFileMessage(message))
  return file
}

function toVFileMessage(message: LintMessage): VFileMessage {
  const result = new VFileMessage(message.message, {
    place: {
      start: { line: message.line, column: message.column, offset: message.start },
      end: { line: message.endLine, column: message.endColumn, offset: message.end },
    },
    ruleId: message.rule,
    source: message.source,
  })
  result.fatal =
    message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined
  if (message.url) result.url = message.url
  return result
}

/** The same words and marks as vfile-reporter's own summary line. */
export function summaryLine(totals: LintTotals, color: boolean): string {
  const red = color ? '\u001B[31m' : ''
  const yellow = color ? '\u001B[33m' : ''
  const reset = color ? '\u001B[39m' : ''
  const parts: string[] = []
  if (totals.errors)
    parts.push(`${red}✖${reset} ${totals.errors} error${totals.errors === 1 ? '' : 's'}`)
  if (totals.warnings) {
    parts.push(`${yellow}⚠${reset} ${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}`)
  }
  if (parts.length === 0) return ''
  const total = totals.errors + totals.warnings + totals.infos
  const only = total === totals.errors || total === totals.warnings
  return only ? parts.join(', ') : `${total} messages (${parts.join(', ')})`
}
