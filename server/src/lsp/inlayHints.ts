/**
 * Inlay hints: `— Z. Mujahid` after a quotation or claim whose speaker is not named beside it
 * (found through a pronoun, a description, a surname or the paragraph's earlier speaker).
 */
import { type InlayHint, InlayHintKind, MarkupKind, type Range } from 'vscode-languageserver'
import type { Method, Speaker } from '../analysis'
import type { DocumentAnalysis } from './analysisCache'
import { speakerById } from './find'

const DISTANT: ReadonlySet<Method> = new Set(['pronoun', 'description', 'surname', 'adjacent'])
const MAX_LABEL = 40

/** `Zabihullah Mujahid` → `Z. Mujahid`; descriptions are shortened, not abbreviated. */
export function shortName(speaker: Speaker): string {
  if (speaker.kind === 'person') {
    const words = speaker.name.trim().split(/\s+/)
    if (words.length < 2) return speaker.name
    const initials = words.slice(0, -1).map((word) => `${word.charAt(0)}.`)
    return [...initials, words.at(-1)].join(' ')
  }
  return speaker.name.length > MAX_LABEL ? `${speaker.name.slice(0, MAX_LABEL - 1)}…` : speaker.name
}

export function inlayHints(analysis: DocumentAnalysis, range: Range): InlayHint[] {
  const { data, snapshot, ui } = analysis
  const from = snapshot.offsetAt(range.start)
  const to = snapshot.offsetAt(range.end)
  const hints: InlayHint[] = []
  for (const attribution of data.attributions) {
    if (!DISTANT.has(attribution.method)) continue
    const speaker = speakerById(data, attribution.speaker)
    if (!speaker) continue
    const at = attribution.close !== null ? attribution.close + 1 : attribution.end
    if (at < from || at > to) continue
    hints.push({
      position: snapshot.positionAt(at),
      label: `— ${shortName(speaker)}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: {
        kind: MarkupKind.Markdown,
        value: `${speaker.name} (${ui.kind[speaker.kind]}) — ${ui.method[attribution.method]}${
          attribution.source ? ` *${attribution.source.text}*` : ''
        }`,
      },
    })
  }
  return hints
}
