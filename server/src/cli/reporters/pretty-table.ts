/**
 * One file's report laid out exactly as vfile-reporter lays it out (its summary line left out),
 * without building VFiles and without measuring every cell with `string-width`, which cost more
 * than the rest of the report (a profile of `lint` on 1 MB: 14% of the run in `stringWidth`).
 *
 * It answers only when every cell is plain text whose width is its length (see `isNarrow`) and
 * no reason spans several lines; otherwise it returns null and the caller asks vfile-reporter.
 * test/cli/pretty-table.test.ts checks the two against each other.
 */
import type { FileReport, LintMessage } from '../report'

/** What vfile-reporter writes around the parts it colours (its own codes). */
const COLORS = {
  bold: '\u001B[1m',
  underline: '\u001B[4m',
  normalIntensity: '\u001B[22m',
  noUnderline: '\u001B[24m',
  red: '\u001B[31m',
  cyan: '\u001B[36m',
  green: '\u001B[32m',
  yellow: '\u001B[33m',
  defaultColor: '\u001B[39m',
}
const NO_COLORS: typeof COLORS = {
  bold: '',
  underline: '',
  normalIntensity: '',
  noUnderline: '',
  red: '',
  cyan: '',
  green: '',
  yellow: '',
  defaultColor: '',
}

/**
 * Characters that `string-width` counts as one column each, one per UTF-16 unit, and that never
 * join a neighbour into one grapheme: printable ASCII, Latin-1 and Latin Extended-A/B letters
 * and signs (not © and ®, which are emoji, nor the soft hyphen), and the general punctuation
 * of dispatches (dashes, curly quotes, ellipsis, per mille, primes, single guillemets, narrow
 * no-break space). Anything else (control characters, combining marks, wide or emoji
 * characters) sends the file to vfile-reporter.
 */
const NARROW = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u024F\u2010-\u2027\u202F-\u203B]*$/

export function isNarrow(text: string): boolean {
  return NARROW.test(text)
}

const LABELS: Record<LintMessage['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
}

/** vfile-sort's order: place, then errors before warnings before infos, then source, rule and
 * reason (`localeCompare`, as vfile-sort). */
function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    severityRank(a) - severityRank(b) ||
    a.source.localeCompare(b.source) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  )
}

function severityRank(message: LintMessage): number {
  return message.severity === 'error' ? 0 : message.severity === 'warning' ? 1 : 2
}

/** unist-util-stringify-position of a start–end place (a missing line or column shows as 1). */
function place(message: LintMessage): string {
  return `${message.line || 1}:${message.column || 1}-${message.endLine || 1}:${message.endColumn || 1}`
}

/**
 * The report of one file as vfile-reporter writes it for `[file]` with `defaultName`, minus the
 * blank line and summary it adds when there are errors or warnings; null when a cell is not
 * plain narrow text.
 */
export function prettyTable(
  report: FileReport,
  color: boolean,
  defaultName: string,
): string | null {
  const style = color ? COLORS : NO_COLORS
  const messages = [...report.messages].sort(compareMessages)
  const cells: string[][] = []
  const widths = [0, 0, 0, 0, 0]
  let fatal = false
  for (const message of messages) {
    const { message: reason, rule, source } = message
    if (!isNarrow(reason) || !isNarrow(rule) || !isNarrow(source)) return null
    const position = place(message)
    const label = LABELS[message.severity]
    if (message.severity === 'error') fatal = true
    const row = [position, label, reason, rule, source]
    for (let index = 0; index < row.length; index++) {
      if (row[index].length > widths[index]) widths[index] = row[index].length
    }
    cells.push(row)
  }

  const name = report.file || defaultName
  const nameColor = fatal ? style.red : messages.length > 0 ? style.yellow : style.green
  const left = `${style.underline}${nameColor}${name}${style.defaultColor}${style.noUnderline}`
  const lines = [messages.length > 0 ? left : `${left}: no issues found`]
  for (const row of cells) {
    const shown = [
      row[0],
      `${row[1] === 'error' ? style.red : style.yellow}${row[1]}${style.defaultColor}`,
      `${style.bold}${color ? colorCode(row[2], style) : row[2]}${style.normalIntensity}`,
      row[3],
      row[4],
    ]
    let line = ''
    for (let index = 0; index < shown.length; index++) {
      line += shown[index] + ' '.repeat(widths[index] + 1 - row[index].length)
    }
    lines.push(line.trimEnd())
  }
  return lines.join('\n')
}

/** vfile-reporter's `formatReason`: a run of backticks up to the next run of the same length is
 * code, shown in cyan. */
function colorCode(reason: string, style: typeof COLORS): string {
  const splits: { index: number; size: number }[] = []
  let index = reason.indexOf('`')
  while (index !== -1) {
    const split = { index, size: 1 }
    splits.push(split)
    while (reason.codePointAt(index + 1) === 96) {
      split.size++
      index++
    }
    index = reason.indexOf('`', index + 1)
  }
  let result = ''
  let textStart = 0
  for (let open = 0; open < splits.length; open++) {
    let close = open + 1
    while (close < splits.length && splits[close].size !== splits[open].size) close++
    if (close < splits.length) {
      const codeStart = splits[open].index
      const codeEnd = splits[close].index + splits[close].size
      result += `${reason.slice(textStart, codeStart)}${style.cyan}${reason.slice(codeStart, codeEnd)}${style.defaultColor}`
      textStart = codeEnd
      open = close
    }
  }
  return result + reason.slice(textStart)
}
