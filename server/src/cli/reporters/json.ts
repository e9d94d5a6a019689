/**
 * `--format json`: an array with one object per file, written as each file is ready.
 * `[{"file", "errorCount", "warningCount", "infoCount", "messages": [{"rule", "severity",
 * "message", "line", "column", "endLine", "endColumn", "start", "end", "url", "fixes"}]}]`
 */
import { countMessages } from '../report'
import type { LintReporter } from './reporter'

export function jsonReporter(): LintReporter {
  let first = true
  return {
    start: () => '[',
    file(report) {
      const counts = countMessages(report.messages)
      const entry = {
        file: report.file,
        errorCount: counts.errors,
        warningCount: counts.warnings,
        infoCount: counts.infos,
        messages: report.messages.map((message) => ({
          rule: message.rule,
          severity: message.severity,
          message: message.message,
          line: message.line,
          column: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
          start: message.start,
          end: message.end,
          url: message.url,
          fixes: message.fixes,
        })),
      }
      const separator = first ? '\n' : ',\n'
      first = false
      return separator + JSON.stringify(entry)
    },
    end: () => (first ? ']\n' : '\n]\n'),
  }
}
