/**
 * The `sources --format json` object of one file, exactly as the CLI documents it: the analysis
 * data reduced to what a newsroom tool needs (who, what, where), with stable keys and nulls.
 */
import type { VFile } from 'vfile'
import {
  type Attribution,
  type Language,
  messageRange,
  messageSeverity,
  type Span,
  type SpeakerKind,
  sortedMessages,
} from '../analysis'
import type { MessageSeverity } from '../analysis/messages'

export interface SourcesSpan {
  start: number
  end: number
  text: string
}

export interface SourcesSpeaker {
  id: string
  name: string
  kind: SpeakerKind
  role: string | null
  mentions: SourcesSpan[]
}

export interface SourcesAttribution {
  kind: 'quote' | 'claim'
  text: string
  start: number
  end: number
  speaker: string | null
  source: SourcesSpan | null
  cue: string | null
  medium: string | null
  method: Attribution['method']
}

export interface SourcesDiagnostic {
  rule: string
  severity: MessageSeverity
  message: string
  start: number
  end: number
}

export interface SourcesFile {
  file: string
  language: Language
  header: { date: string; dateline: string } | null
  speakers: SourcesSpeaker[]
  attributions: SourcesAttribution[]
  diagnostics: SourcesDiagnostic[]
}

/** Map one analysis to its `sources` object; `file` is the path as the user gave it. */
export function sourcesJson(file: string, analysis: VFile): SourcesFile {
  const data = analysis.data.dispatch
  return {
    file,
    language: data?.language ?? 'en',
    header: data?.header ? { date: data.header.date, dateline: data.header.dateline } : null,
    speakers: (data?.speakers ?? []).map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      kind: speaker.kind,
      role: speaker.role ?? null,
      mentions: speaker.mentions.map(span),
    })),
    attributions: (data?.attributions ?? []).map((attribution) => ({
      kind: attribution.kind,
      text: attribution.text,
      start: attribution.start,
      end: attribution.end,
      speaker: attribution.speaker ?? null,
      source: attribution.source ? span(attribution.source) : null,
      cue: attribution.cue?.text ?? null,
      medium: attribution.medium?.text ?? null,
      method: attribution.method,
    })),
    diagnostics: sortedMessages(analysis).map((message) => ({
      rule: message.ruleId ?? 'unknown',
      severity: messageSeverity(message),
      message: message.reason,
      ...messageRange(message),
    })),
  }
}

/** Only the three documented keys, whatever else the analysis keeps on a span. */
function span(value: Span): SourcesSpan {
  return { start: value.start, end: value.end, text: value.text }
}
