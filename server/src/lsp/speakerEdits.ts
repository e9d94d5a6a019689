/**
 * References and rename of a speaker. References are every mention and attribution the
 * analysis linked to the speaker. Rename always updates the speaker's `[@…]` annotations; the
 * names in the prose are changed on request: as edits the user confirms in the preview when the
 * client supports change annotations, else only when the rename starts on a name in the text.
 */
import {
  type AnnotatedTextEdit,
  ErrorCodes,
  type Location,
  type Position,
  type Range,
  ResponseError,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver'
import type { Speaker } from '../analysis'
import type { DocumentAnalysis } from './analysisCache'
import { toRange } from './convert'
import { attributionSpan, attributionsOf, speakerOfAnnotation, targetAt } from './find'

interface SpeakerHit {
  speaker: Speaker
  /** The words under the cursor that name the speaker. */
  span: { start: number; end: number }
  inAnnotation: boolean
}

function speakerHit(analysis: DocumentAnalysis, offset: number): SpeakerHit | null {
  const target = targetAt(analysis.data, offset)
  if (!target) return null
  if (target.kind === 'mention') {
    return { speaker: target.speaker, span: target.mention, inAnnotation: false }
  }
  if (target.kind === 'annotation' && target.speaker && target.annotation.name) {
    return { speaker: target.speaker, span: target.annotation.name, inAnnotation: true }
  }
  return null
}

export function references(
  analysis: DocumentAnalysis,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const { data, snapshot, uri } = analysis
  const target = targetAt(data, offset)
  const speaker = target && target.kind !== 'header' ? target.speaker : null
  if (!speaker) return []
  const spans = [
    ...speaker.mentions.slice(includeDeclaration ? 0 : 1),
    ...attributionsOf(data, speaker).map(attributionSpan),
  ].sort((a, b) => a.start - b.start || a.end - b.end)
  return spans.map((span) => ({ uri, range: toRange(snapshot, span.start, span.end) }))
}

export function prepareRename(
  analysis: DocumentAnalysis,
  offset: number,
): { range: Range; placeholder: string } {
  const hit = speakerHit(analysis, offset)
  if (!hit) throw new ResponseError(ErrorCodes.InvalidRequest, analysis.ui.notASpeaker)
  return {
    range: toRange(analysis.snapshot, hit.span.start, hit.span.end),
    placeholder: hit.speaker.name,
  }
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name
}

export function rename(
  analysis: DocumentAnalysis,
  position: Position,
  newName: string,
  annotationSupport: boolean,
): WorkspaceEdit | null {
  const { data, snapshot, uri, version, ui } = analysis
  const hit = speakerHit(analysis, snapshot.offsetAt(position))
  const name = newName.trim()
  if (!hit || name === '' || /[[\]|\n]/.test(name)) return null
  const { speaker } = hit
  const annotationEdits: TextEdit[] = data.annotations
    .filter((a) => a.name && speakerOfAnnotation(data, a) === speaker)
    .map((a) => ({
      range: toRange(snapshot, a.name?.start ?? a.start, a.name?.end ?? a.end),
      newText: name,
    }))
  const textEdits: TextEdit[] = []
  const oldSurname = lastWord(speaker.name)
  for (const mention of speaker.mentions) {
    if (mention.kind !== 'name') continue
    let newText: string | null = null
    if (mention.text === speaker.name) newText = name
    else if (mention.text === oldSurname) newText = lastWord(name)
    if (newText !== null) {
      textEdits.push({ range: toRange(snapshot, mention.start, mention.end), newText })
    }
  }
  if (!annotationSupport) {
    const edits = hit.inAnnotation ? annotationEdits : [...annotationEdits, ...textEdits]
    return { changes: { [uri]: edits } }
  }
  const annotated: AnnotatedTextEdit[] = [
    ...annotationEdits.map((edit) => ({ ...edit, annotationId: 'annotations' })),
    ...textEdits.map((edit) => ({ ...edit, annotationId: 'text' })),
  ]
  return {
    documentChanges: [{ textDocument: { uri, version }, edits: annotated }],
    changeAnnotations: {
      annotations: { label: ui.renameAnnotations, needsConfirmation: false },
      text: { label: ui.renameInText, needsConfirmation: true },
    },
  }
}
