/**
 * Completion inside annotations being typed: speaker names after `[@`, rule ids after
 * `[!allow `. The annotation is usually unfinished, so the context is read from the line.
 */
import {
  type CompletionItem,
  CompletionItemKind,
  MarkupKind,
  type Position,
} from 'vscode-languageserver'
import { RULES } from '../analysis'
import type { DocumentAnalysis } from './analysisCache'
import { attributionsOf } from './find'

const SPEAKER_NAME = /\[@([^\]|[\n]*)$/
const ALLOW_RULE = /\[!allow\s+([\w-]*)$/

export function completion(analysis: DocumentAnalysis, position: Position): CompletionItem[] {
  const { snapshot, data, ui } = analysis
  const lineStart = snapshot.offsetAt({ line: position.line, character: 0 })
  const before = snapshot.getText().slice(lineStart, snapshot.offsetAt(position))
  const speakerMatch = SPEAKER_NAME.exec(before)
  if (speakerMatch) {
    const typed = speakerMatch[1] ?? ''
    const range = {
      start: { line: position.line, character: position.character - typed.length },
      end: position,
    }
    const items: CompletionItem[] = data.speakers.map((speaker, index) => {
      const said = attributionsOf(data, speaker)
      const quotes = said.filter((a) => a.kind === 'quote').length
      return {
        label: speaker.name,
        kind: CompletionItemKind.Reference,
        detail: speaker.role ?? ui.kind[speaker.kind],
        documentation: {
          kind: MarkupKind.Markdown,
          value: `${ui.kind[speaker.kind]} · ${ui.quotations(quotes)} · ${ui.claims(said.length - quotes)}`,
        },
        sortText: String(index).padStart(4, '0'),
        textEdit: { range, newText: speaker.name },
      }
    })
    items.push({
      label: 'anonymous',
      kind: CompletionItemKind.Keyword,
      detail: ui.kind.anonymous,
      sortText: '9999',
      textEdit: { range, newText: 'anonymous | ' },
    })
    return items
  }
  const ruleMatch = ALLOW_RULE.exec(before)
  if (ruleMatch) {
    const typed = ruleMatch[1] ?? ''
    const range = {
      start: { line: position.line, character: position.character - typed.length },
      end: position,
    }
    return RULES.map((rule) => ({
      label: rule.id,
      kind: CompletionItemKind.EnumMember,
      detail: rule.summary,
      textEdit: { range, newText: rule.id },
    }))
  }
  return []
}
