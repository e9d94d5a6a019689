/**
 * Every place the analysis hands out, checked against the text it came from: inside the text,
 * start before end, never between the two halves of a surrogate pair, and every span's `text`
 * the very slice it points to. Returns the problems as sentences, so that a failing property
 * prints what is wrong rather than a bare assertion.
 */
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { DispatchData, DispatchMessage, Span } from '../../server/src/analysis'

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** An offset where a string can be cut without splitting a character's UTF-16 pair. */
export function isBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false
  if (offset === 0 || offset === text.length) return true
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)))
}

export class RangeChecker {
  readonly problems: string[] = []
  /** Header datelines that run across an annotation: their `text` has the annotation blanked
   * out (reported as a bug; see docs/guarantees.md), so only their range is checked. */
  readonly acrossAnnotations: string[] = []

  constructor(
    readonly text: string,
    readonly annotations: Array<{ start: number; end: number }> = [],
  ) {}

  range(what: string, start: number, end: number): void {
    if (!isBoundary(this.text, start) || !isBoundary(this.text, end) || start > end) {
      this.problems.push(
        `${what}: [${start}, ${end}) is not a range of the text (${this.text.length} units, pair-aligned)`,
      )
    }
  }

  offset(what: string, offset: number | null): void {
    if (offset === null) return
    // A mark's offset is the start of one character: strictly inside the text.
    if (!isBoundary(this.text, offset) || offset >= this.text.length) {
      this.problems.push(`${what}: ${offset} is not a character of the text`)
    }
  }

  span(what: string, span: Span | null | undefined, maskedAnnotations = false): void {
    if (!span) return
    this.range(what, span.start, span.end)
    const slice = this.text.slice(span.start, span.end)
    const across =
      maskedAnnotations && this.annotations.some((a) => a.start < span.end && a.end > span.start)
    if (slice !== span.text && across) {
      this.acrossAnnotations.push(what)
    } else if (slice !== span.text) {
      this.problems.push(
        `${what}: text ${JSON.stringify(span.text)} but the slice is ${JSON.stringify(slice)}`,
      )
    }
  }
}

/** Problems with the structured results (`file.data.dispatch`). */
export function dataProblems(text: string, data: DispatchData): string[] {
  const check = new RangeChecker(text, data.annotations)
  if (data.header) {
    check.range('header', data.header.start, data.header.end)
    check.span('header date', data.header.dateSpan)
    check.span('header dateline', data.header.datelineSpan)
  }
  for (const [i, p] of data.paragraphs.entries()) check.range(`paragraph ${i}`, p.start, p.end)
  for (const [i, s] of data.sentences.entries()) check.range(`sentence ${i}`, s.start, s.end)
  data.annotations.forEach((a, i) => {
    check.range(`annotation ${i}`, a.start, a.end)
    check.span(`annotation ${i} name`, a.name)
    check.span(`annotation ${i} role`, a.role)
    check.span(`annotation ${i} rule`, a.rule)
  })
  for (const speaker of data.speakers) {
    for (const [i, m] of speaker.mentions.entries()) {
      check.span(`speaker ${speaker.id} mention ${i}`, m)
    }
    check.span(`speaker ${speaker.id} anonymity reason`, speaker.anonymityReason)
  }
  data.attributions.forEach((a, i) => {
    check.span(`attribution ${i} (${a.kind})`, a)
    check.offset(`attribution ${i} open mark`, a.open)
    check.offset(`attribution ${i} close mark`, a.close)
    check.span(`attribution ${i} source`, a.source)
    check.span(`attribution ${i} antecedent`, a.antecedent)
    check.span(`attribution ${i} cue`, a.cue)
    check.span(`attribution ${i} medium`, a.medium)
  })
  return check.problems
}

/** Problems with the messages: offsets, and lines/columns that agree with the offsets. */
export function messageProblems(text: string, file: VFile): string[] {
  const check = new RangeChecker(text)
  const place = location(file)
  for (const [i, message] of (file.messages as DispatchMessage[]).entries()) {
    const what = `message ${i} (${message.ruleId})`
    if (message.ruleId === 'internal-error') {
      check.problems.push(`${what}: ${message.reason}`)
      continue
    }
    const range = message.place && 'start' in message.place ? message.place : null
    if (!range) {
      check.problems.push(`${what}: no range`)
      continue
    }
    const start = range.start.offset ?? Number.NaN
    const end = range.end.offset ?? Number.NaN
    check.range(what, start, end)
    for (const [side, point] of [
      ['start', range.start],
      ['end', range.end],
    ] as const) {
      const expected = place.toPoint(point.offset ?? -1)
      if (expected && (expected.line !== point.line || expected.column !== point.column)) {
        check.problems.push(
          `${what}: ${side} ${point.line}:${point.column} but offset ${point.offset} is ${expected.line}:${expected.column}`,
        )
      }
    }
    for (const [j, related] of (message.related ?? []).entries()) {
      check.span(`${what} related ${j}`, related)
    }
    for (const fix of message.fixes ?? []) {
      for (const [j, edit] of fix.edits.entries()) {
        check.range(`${what} fix "${fix.title}" edit ${j}`, edit.start, edit.end)
      }
    }
  }
  return check.problems
}
