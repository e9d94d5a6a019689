/**
 * Workspace symbols: the speakers of every dispatch, open or not, matched on name and role.
 */
import type { WorkspaceSymbol } from 'vscode-languageserver'
import type { DocumentAnalysis } from './analysisCache'
import { toRange } from './convert'
import { SPEAKER_SYMBOL_KIND } from './documentSymbols'

/** One speaker of one dispatch, ready to be matched: all a closed file keeps for this request. */
export interface SpeakerSymbol {
  /** Name and role, folded (see `fold`). */
  haystack: string
  symbol: WorkspaceSymbol
}

/** Case- and accent-insensitive, as people type names: `benali` finds `Benali`, `etat` `État`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1))
}

/** The speakers of one analysis as symbols, whatever the query. */
export function speakerSymbols(analysis: DocumentAnalysis): SpeakerSymbol[] {
  return analysis.data.speakers.map((speaker) => {
    const anchor = speaker.mentions[0]
    const range = anchor
      ? toRange(analysis.snapshot, anchor.start, anchor.end)
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
    return {
      haystack: fold(`${speaker.name} ${speaker.role ?? ''}`),
      symbol: {
        name: speaker.name,
        kind: SPEAKER_SYMBOL_KIND[speaker.kind],
        containerName: fileName(analysis.uri),
        location: { uri: analysis.uri, range },
      },
    }
  })
}

export function workspaceSymbols(speakers: SpeakerSymbol[], query: string): WorkspaceSymbol[] {
  const wanted = fold(query.trim())
  return speakers
    .filter((speaker) => wanted === '' || speaker.haystack.includes(wanted))
    .map((speaker) => speaker.symbol)
}
