/**
 * Semantic tokens: quotations coloured by speaker (one modifier per speaker slot, mapped to
 * theme colours in package.json), reporting cues, speaker mentions and annotations.
 */
import {
  type SemanticTokens,
  SemanticTokensBuilder,
  type SemanticTokensLegend,
} from 'vscode-languageserver'
import type { DocumentAnalysis } from './analysisCache'
import { attributionSpan } from './find'

export const TOKEN_TYPES = ['quotation', 'cue', 'speaker', 'annotation'] as const
export const SPEAKER_SLOTS = 8
export const TOKEN_MODIFIERS = [
  ...Array.from({ length: SPEAKER_SLOTS }, (_, i) => `speaker${i + 1}`),
  'unattributed',
]
export const LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: TOKEN_MODIFIERS,
}

type TokenType = (typeof TOKEN_TYPES)[number]

interface Interval {
  start: number
  end: number
  type: TokenType
  modifiers: number
}

/** Where spans overlap (a cue inside a quotation), the narrower kind wins. */
const PRIORITY: Record<TokenType, number> = { quotation: 0, speaker: 1, cue: 2, annotation: 3 }

function speakerModifier(index: number): number {
  return index < 0 ? 1 << SPEAKER_SLOTS : 1 << (index % SPEAKER_SLOTS)
}

function intervals(analysis: DocumentAnalysis): Interval[] {
  const { data } = analysis
  const slot = new Map(data.speakers.map((speaker, index) => [speaker.id, index]))
  const result: Interval[] = []
  for (const attribution of data.attributions) {
    const index = attribution.speaker === null ? -1 : (slot.get(attribution.speaker) ?? -1)
    if (attribution.kind === 'quote') {
      const span = attributionSpan(attribution)
      result.push({ ...span, type: 'quotation', modifiers: speakerModifier(index) })
    }
    if (attribution.cue) {
      result.push({
        start: attribution.cue.start,
        end: attribution.cue.end,
        type: 'cue',
        modifiers: 0,
      })
    }
  }
  data.speakers.forEach((speaker, index) => {
    for (const mention of speaker.mentions) {
      if (mention.kind === 'annotation') continue
      result.push({
        start: mention.start,
        end: mention.end,
        type: 'speaker',
        modifiers: speakerModifier(index),
      })
    }
  })
  for (const annotation of data.annotations) {
    result.push({ start: annotation.start, end: annotation.end, type: 'annotation', modifiers: 0 })
  }
  return result.filter((interval) => interval.end > interval.start)
}

/** Cut overlapping intervals into disjoint pieces, each taking its highest-priority interval. */
export function flatten(input: Interval[]): Interval[] {
  const bounds = [...new Set(input.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b)
  const pieces: Interval[] = []
  for (let b = 0; b < bounds.length - 1; b++) {
    const start = bounds[b] as number
    const end = bounds[b + 1] as number
    let best: Interval | null = null
    for (const interval of input) {
      if (interval.start <= start && end <= interval.end) {
        if (!best || PRIORITY[interval.type] > PRIORITY[best.type]) best = interval
      }
    }
    if (!best) continue
    const previous = pieces.at(-1)
    if (
      previous &&
      previous.end === start &&
      previous.type === best.type &&
      previous.modifiers === best.modifiers
    ) {
      previous.end = end
    } else {
      pieces.push({ start, end, type: best.type, modifiers: best.modifiers })
    }
  }
  return pieces
}

export function semanticTokens(analysis: DocumentAnalysis): SemanticTokens {
  const { snapshot } = analysis
  const text = snapshot.getText()
  const builder = new SemanticTokensBuilder()
  for (const piece of flatten(intervals(analysis))) {
    // Tokens may not span lines: cut at each line end.
    let start = piece.start
    while (start < piece.end) {
      const newline = text.slice(start, piece.end).search(/\r?\n/)
      const end = newline === -1 ? piece.end : start + newline
      if (end > start) {
        const position = snapshot.positionAt(start)
        builder.push(
          position.line,
          position.character,
          end - start,
          TOKEN_TYPES.indexOf(piece.type),
          piece.modifiers,
        )
      }
      if (newline === -1) break
      start = end + (text[end] === '\r' ? 2 : 1)
    }
  }
  return builder.build()
}
