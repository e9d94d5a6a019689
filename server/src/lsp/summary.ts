/**
 * The one-line summary of a dispatch (header code lens, status bar), the speaker list of the
 * quick pick, and the publishable text.
 */
import type { CodeLens } from 'vscode-languageserver'
import { strip } from '../analysis'
import type { DocumentAnalysis } from './analysisCache'
import { toRange } from './convert'
import { attributionsOf } from './find'
import {
  SHOW_SPEAKERS_COMMAND,
  type SpeakerItem,
  type StrippedText,
  type Summary,
} from './protocol'

export function summary(analysis: DocumentAnalysis): Summary {
  const { data, file, ui } = analysis
  const countRule = (id: string) => file.messages.filter((m) => m.ruleId === id).length
  const quotations = data.attributions.filter((a) => a.kind === 'quote').length
  const claims = data.attributions.filter((a) => a.kind === 'claim' && a.speaker !== null).length
  const unattributedClaims = countRule('unattributed-claim')
  const unattributedQuotations = countRule('unattributed-quote')
  const parts = [ui.sources(data.speakers.length), ui.quotations(quotations)]
  if (unattributedQuotations > 0) parts.push(ui.unattributedQuotations(unattributedQuotations))
  if (unattributedClaims > 0) parts.push(ui.unattributedClaims(unattributedClaims))
  return {
    sources: data.speakers.length,
    quotations,
    claims,
    unattributedClaims,
    unattributedQuotations,
    text: parts.join(' · '),
  }
}

export function codeLenses(analysis: DocumentAnalysis): CodeLens[] {
  const { data, snapshot, uri } = analysis
  const range = data.header
    ? toRange(snapshot, data.header.start, data.header.end)
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
  return [
    {
      range,
      command: { title: summary(analysis).text, command: SHOW_SPEAKERS_COMMAND, arguments: [uri] },
    },
  ]
}

export function speakerItems(analysis: DocumentAnalysis): SpeakerItem[] {
  const { data, snapshot } = analysis
  return data.speakers.map((speaker) => {
    const said = attributionsOf(data, speaker)
    const quotations = said.filter((a) => a.kind === 'quote').length
    const anchor = speaker.mentions[0] ?? said[0] ?? { start: 0, end: 0 }
    return {
      id: speaker.id,
      name: speaker.name,
      kind: analysis.ui.kind[speaker.kind],
      role: speaker.role,
      quotations,
      claims: said.length - quotations,
      range: toRange(snapshot, anchor.start, anchor.end),
    }
  })
}

export function strippedText(analysis: DocumentAnalysis): StrippedText {
  return { text: strip(analysis.snapshot.getText()) }
}
