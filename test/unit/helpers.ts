/**
 * Shared helpers of the analysis unit tests: run the one processor on a text and look at its
 * results through the words of the text, so that every expected range is checked against the
 * exact substring it must cover.
 */
import assert from 'node:assert/strict'
import type { VFile } from 'vfile'
import {
  type AnalysisSettings,
  type Attribution,
  analyze,
  type DispatchData,
  type DispatchMessage,
  type Fix,
  messageFixes,
  messageRange,
  messageSeverity,
  type Speaker,
  sortedMessages,
} from '../../server/src/analysis'

export interface Analysis {
  text: string
  file: VFile
  data: DispatchData
  messages: DispatchMessage[]
}

export function analyzeText(text: string, settings?: AnalysisSettings): Analysis {
  const file = analyze(text, { settings })
  const data = file.data.dispatch
  assert.ok(data, 'the analysis always fills file.data.dispatch')
  return { text, file, data, messages: sortedMessages(file) }
}

/** The offsets of the `occurrence`-th (0-based) occurrence of `phrase` in `text`. */
export function spanOf(
  text: string,
  phrase: string,
  occurrence = 0,
): { start: number; end: number } {
  let start = -1
  for (let n = 0; n <= occurrence; n++) {
    start = text.indexOf(phrase, start + 1)
    assert.ok(start !== -1, `“${phrase}” occurs ${occurrence + 1} time(s) in the text`)
  }
  return { start, end: start + phrase.length }
}

/** Everything a reader of a message sees, with its range as the words it covers. */
export interface MessageView {
  ruleId: string | undefined
  source: string | undefined
  severity: string
  text: string
  start: number
  end: number
  reason: string
  url: string | undefined
}

export function viewMessage(text: string, message: DispatchMessage): MessageView {
  const { start, end } = messageRange(message)
  return {
    ruleId: message.ruleId,
    source: message.source,
    severity: messageSeverity(message),
    text: text.slice(start, end),
    start,
    end,
    reason: message.reason,
    url: message.url,
  }
}

const DOCS = 'https://github.com/dispatch-lens/dispatch-lens/blob/main/docs/rules/'

/** The full expected view of a message whose range is the `occurrence`-th `phrase`. */
export function expectedMessage(
  text: string,
  rule: string,
  severity: 'error' | 'warning' | 'info',
  phrase: string,
  reason: string,
  occurrence = 0,
): MessageView {
  const { start, end } = spanOf(text, phrase, occurrence)
  return {
    ruleId: rule,
    source: 'dispatch-lens',
    severity,
    text: phrase,
    start,
    end,
    reason,
    url: `${DOCS}${rule}.md`,
  }
}

/** Asserts the messages of an analysis, in text order, in full. */
export function assertMessages(analysis: Analysis, expected: MessageView[]): void {
  assert.deepEqual(
    analysis.messages.map((message) => viewMessage(analysis.text, message)),
    expected,
  )
  for (const message of analysis.messages) {
    // `String(message)` is what generic vfile tools print: place then reason.
    const { start } = messageRange(message)
    const before = analysis.text.slice(0, start).split(/\r\n|\n|\r/)
    const line = before.length
    const column = (before.at(-1) ?? '').length + 1
    assert.equal(message.line, line)
    assert.equal(message.column, column)
    assert.match(String(message), new RegExp(`^${line}:${column}-\\d+:\\d+: `))
    assert.ok(String(message).endsWith(message.reason))
    assert.equal(message.actual, analysis.text.slice(start, messageRange(message).end))
  }
}

/** The fixes of a message with each edit shown as its offset and new text. */
export function fixesOf(message: DispatchMessage): Fix[] {
  return messageFixes(message)
}

export function speakerById(data: DispatchData, id: string | null): Speaker | undefined {
  return data.speakers.find((speaker) => speaker.id === id)
}

/** An attribution as a reader checks it: the words of each part and the speaker's name. */
export interface AttributionView {
  kind: Attribution['kind']
  text: string
  speaker: string | null
  source: string | null
  cue: string | null
  medium: string | null
  method: Attribution['method']
}

export function viewAttribution(data: DispatchData, attribution: Attribution): AttributionView {
  return {
    kind: attribution.kind,
    text: attribution.text,
    speaker: speakerById(data, attribution.speaker)?.name ?? null,
    source: attribution.source?.text ?? null,
    cue: attribution.cue?.text ?? null,
    medium: attribution.medium?.text ?? null,
    method: attribution.method,
  }
}

export function viewAttributions(analysis: Analysis): AttributionView[] {
  return analysis.data.attributions.map((a) => viewAttribution(analysis.data, a))
}

/** Every span of an attribution must be the very words of the text at its offsets. */
export function assertSpansMatchText(analysis: Analysis): void {
  const { text, data } = analysis
  for (const a of data.attributions) {
    assert.equal(text.slice(a.start, a.end), a.text)
    for (const span of [a.source, a.cue, a.medium, a.antecedent]) {
      if (span) assert.equal(text.slice(span.start, span.end), span.text)
    }
  }
  for (const speaker of data.speakers) {
    for (const mention of speaker.mentions) {
      assert.equal(text.slice(mention.start, mention.end), mention.text)
    }
  }
}
