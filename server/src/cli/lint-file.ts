import { location } from 'vfile-location'
import {
  type AnalysisSettings,
  analyze,
  messageFixes,
  messageRange,
  messageSeverity,
  sortedMessages,
} from '../analysis'
import type { FileReport, LintMessage } from './report'

/** Lint one dispatch's text: its findings in text order, as plain data. */
export function lintText(
  text: string,
  file: string | null,
  settings: AnalysisSettings,
): FileReport {
  const analysis = analyze(text, { settings, path: file ?? undefined })
  const lines = location(text)
  const pointAt = (offset: number) =>
    lines.toPoint(offset) ?? lines.toPoint(text.length) ?? { line: 1, column: 1 }
  const messages = sortedMessages(analysis).map((message): LintMessage => {
    const { start, end } = messageRange(message)
    const from = pointAt(start)
    const to = pointAt(end)
    return {
      rule: message.ruleId ?? 'unknown',
      source: message.source ?? 'dispatch-lens',
      severity: messageSeverity(message),
      message: message.reason,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start,
      end,
      url: message.url ?? null,
      fixes: messageFixes(message),
    }
  })
  return { file, messages }
}
