import type { VFile } from 'vfile'
import type { Cue } from './attribute/cues'
import type { Lexicon } from './lexicon'
import type { DispatchMessage } from './messages'
import type { HeaderProblem } from './parse/header'
import type { QuoteSpan } from './parse/structure'
import { type RuleId, ruleUrl } from './rules'
import type { AnalysisSettings, Fix, Severity, Span } from './types'

/** What the passes share besides the public `file.data.dispatch`; never serialised. */
export interface DispatchContext {
  text: string
  /** Annotations masked with spaces. */
  masked: string
  /** `masked` with the inside of quotations blanked. */
  view: string
  lexicon: Lexicon
  settings: AnalysisSettings
  locale: 'en' | 'fr'
  quotes: QuoteSpan[]
  cues: Cue[]
  headerProblem: HeaderProblem | null
  toPoint: (offset: number) => { line: number; column: number; offset: number }
}

declare module 'vfile' {
  interface DataMap {
    dispatchContext: DispatchContext
    /** The caller's cue cache for this document, during one analysis. */
    cueCache: import('./attribute/attribute').CueCache
  }
}

const LINE_END = /\r\n|\r|\n/g

/**
 * Offsets to 1-based lines and columns, as vfile-location counts them (a line ends at `\r\n`,
 * `\n` or `\r`; an offset out of the text is line 1, column 1). Every node of the tree has two
 * points, made mostly in text order: the line of the last point is tried first, before a
 * binary search.
 */
export function createPointMapper(file: VFile): DispatchContext['toPoint'] {
  const value = String(file)
  /** The offset where each line starts. */
  const starts = [0]
  LINE_END.lastIndex = 0
  while (LINE_END.test(value)) starts.push(LINE_END.lastIndex)
  const last = starts.length - 1
  let line = 0
  return (offset) => {
    if (!(typeof offset === 'number' && offset > -1 && offset <= value.length)) {
      return { line: 1, column: 1, offset }
    }
    if (offset < starts[line] || (line < last && offset >= starts[line + 1])) {
      // The last line that starts at or before `offset`.
      let low = 0
      let high = last
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (starts[middle] <= offset) low = middle
        else high = middle - 1
      }
      line = low
    }
    return { line: line + 1, column: offset - starts[line] + 1, offset }
  }
}

export interface Report {
  rule: RuleId
  start: number
  end: number
  reason: string
  fixes?: Fix[]
  related?: Array<Span & { message: string }>
  actual?: string
}

const FATAL: Record<Exclude<Severity, 'off'>, boolean | undefined> = {
  error: true,
  warning: false,
  info: undefined,
}

/** Adds one finding as a vfile message, with its rule's url, severity and quick fixes. */
export function report(
  file: VFile,
  context: DispatchContext,
  severity: Exclude<Severity, 'off'>,
  finding: Report,
): void {
  // A VFileMessage is an Error: its constructor captures a stack trace, most of the cost of a
  // message, which it then replaces with `''`. No frame is captured for it to throw away; the
  // message is the same, and the limit is restored before anything else runs.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: DispatchMessage
  try {
    message = file.message(finding.reason, {
      place: { start: context.toPoint(finding.start), end: context.toPoint(finding.end) },
      ruleId: finding.rule,
      source: 'dispatch-lens',
    }) as DispatchMessage
  } finally {
    Error.stackTraceLimit = limit
  }
  message.fatal = FATAL[severity]
  message.url = ruleUrl(finding.rule)
  message.actual = finding.actual ?? context.text.slice(finding.start, finding.end)
  if (finding.fixes?.length) {
    message.fixes = finding.fixes
    message.expected = finding.fixes.map((fix) => fix.edits.map((edit) => edit.newText).join(''))
  }
  if (finding.related?.length) message.related = finding.related
}
