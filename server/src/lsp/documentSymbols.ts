/**
 * The outline: the dateline first, then each speaker (kind as icon, role as detail) with its
 * quotations and claims in text order, then the unattributed items under their own group.
 */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver'
import type { Attribution, SpeakerKind } from '../analysis'
import { messageRange, sortedMessages } from '../analysis'
import type { DocumentAnalysis } from './analysisCache'
import { firstWords, toRange } from './convert'
import { attributionSpan } from './find'

/** VS Code shows a symbol kind as an icon; these read best for sources. */
export const SPEAKER_SYMBOL_KIND: Record<SpeakerKind, SymbolKind> = {
  person: SymbolKind.Object,
  anonymous: SymbolKind.Variable,
  group: SymbolKind.Array,
  organization: SymbolKind.Namespace,
  document: SymbolKind.File,
}

const UNATTRIBUTED_RULES = new Set(['unattributed-quote', 'unattributed-claim'])

function attributionSymbol(analysis: DocumentAnalysis, attribution: Attribution): DocumentSymbol {
  const span = attributionSpan(attribution)
  const range = toRange(analysis.snapshot, span.start, span.end)
  const quote = attribution.kind === 'quote'
  return {
    name: quote ? `«${firstWords(attribution.text)}»` : firstWords(attribution.text),
    detail: attribution.cue?.text ?? (quote ? analysis.ui.quotation : analysis.ui.claim),
    kind: quote ? SymbolKind.String : SymbolKind.Event,
    range,
    selectionRange: range,
  }
}

/** The smallest range holding every child, so that the editor's breadcrumbs nest them. */
function enclosing(first: DocumentSymbol, children: DocumentSymbol[]): DocumentSymbol['range'] {
  let { start, end } = first.range
  for (const child of children) {
    const c = child.range
    if (
      c.start.line < start.line ||
      (c.start.line === start.line && c.start.character < start.character)
    ) {
      start = c.start
    }
    if (c.end.line > end.line || (c.end.line === end.line && c.end.character > end.character)) {
      end = c.end
    }
  }
  return { start, end }
}

export function documentSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  const { data, snapshot, ui } = analysis
  const symbols: DocumentSymbol[] = []
  if (data.header) {
    const span = data.header.datelineSpan
    const range = toRange(snapshot, data.header.start, data.header.end)
    symbols.push({
      name: data.header.dateline,
      detail: data.header.date,
      kind: SymbolKind.Module,
      range,
      selectionRange: toRange(snapshot, span.start, span.end),
    })
  }
  for (const speaker of data.speakers) {
    const children = data.attributions
      .filter((a) => a.speaker === speaker.id)
      .map((a) => attributionSymbol(analysis, a))
    const first = speaker.mentions[0]
    const anchor = first ?? data.attributions.find((a) => a.speaker === speaker.id)
    if (!anchor) continue
    const selectionRange = toRange(snapshot, anchor.start, anchor.end)
    const head: DocumentSymbol = {
      name: speaker.name,
      kind: SPEAKER_SYMBOL_KIND[speaker.kind],
      range: selectionRange,
      selectionRange,
    }
    symbols.push({
      ...head,
      detail: speaker.role ?? ui.kind[speaker.kind],
      range: enclosing(head, children),
      children,
    })
  }
  const unattributed = unattributedSymbols(analysis)
  if (unattributed.length > 0) {
    const head = unattributed[0] as DocumentSymbol
    symbols.push({
      name: ui.unattributedGroup,
      kind: SymbolKind.Null,
      range: enclosing(head, unattributed),
      selectionRange: head.selectionRange,
      children: unattributed,
    })
  }
  return symbols
}

/** Unattributed attributions, and the unattributed-claim findings that are not one of them. */
function unattributedSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  const items = analysis.data.attributions
    .filter((a) => a.speaker === null)
    .map((a) => ({ start: attributionSpan(a).start, symbol: attributionSymbol(analysis, a) }))
  const covered = analysis.data.attributions.filter((a) => a.speaker === null).map(attributionSpan)
  for (const message of sortedMessages(analysis.file)) {
    if (!message.ruleId || !UNATTRIBUTED_RULES.has(message.ruleId)) continue
    const { start, end } = messageRange(message)
    if (covered.some((span) => span.start <= start && end <= span.end)) continue
    const range = toRange(analysis.snapshot, start, end)
    const words = analysis.snapshot.getText().slice(start, end)
    items.push({
      start,
      symbol: {
        name: firstWords(words),
        detail: message.ruleId,
        kind: message.ruleId === 'unattributed-quote' ? SymbolKind.String : SymbolKind.Event,
        range,
        selectionRange: range,
      },
    })
  }
  return items.sort((a, b) => a.start - b.start).map((item) => item.symbol)
}
