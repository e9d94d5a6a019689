/**
 * Workspace symbols: the speakers of every dispatch, open or not, matched on name and role.
 */
import type { WorkspaceSymbol } from 'vscode-languageserver'
import type { DocumentAnalysis } from './analysisCache'
import { toRange } from './convert'
import { SPEAKER_SYMBOL_KIND } from './documentSymbols'

/** Case- and accent-insensitive, as people type names: `benali` finds `Benali`, `etat` `État`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1))
}

export function workspaceSymbols(analyses: DocumentAnalysis[], query: string): WorkspaceSymbol[] {
  const wanted = fold(query.trim())
  const symbols: WorkspaceSymbol[] = []
  for (const analysis of analyses) {
    for (const speaker of analysis.data.speakers) {
      const haystack = fold(`${speaker.name} ${speaker.role ?? ''}`)
      if (wanted !== '' && !haystack.includes(wanted)) continue
      const anchor = speaker.mentions[0]
      const range = anchor
        ? toRange(analysis.snapshot, anchor.start, anchor.end)
        : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
      symbols.push({
        name: speaker.name,
        kind: SPEAKER_SYMBOL_KIND[speaker.kind],
        containerName: fileName(analysis.uri),
        location: { uri: analysis.uri, range },
      })
    }
  }
  return symbols
}
