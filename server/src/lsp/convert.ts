/**
 * Pure converters from the analysis (file offsets, vfile messages) to LSP types. Quick fixes
 * travel inside `Diagnostic.data`, so code actions are rebuilt from the diagnostic alone.
 */

import {
  type Diagnostic,
  DiagnosticSeverity,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import {
  type DispatchMessage,
  type Fix,
  messageFixes,
  messageRange,
  messageSeverity,
  ruleUrl,
  sortedMessages,
} from '../analysis'
import type { DocumentAnalysis } from './analysisCache'

export const DIAGNOSTIC_SOURCE = 'dispatch-lens'

export function toRange(snapshot: TextDocument, start: number, end: number): Range {
  return { start: snapshot.positionAt(start), end: snapshot.positionAt(Math.max(start, end)) }
}

/** 1-based line of an offset, as people read it. */
export function lineOf(snapshot: TextDocument, offset: number): number {
  return snapshot.positionAt(offset).line + 1
}

export function contains(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end
}

export interface LspFix {
  title: string
  edits: TextEdit[]
}

/** What a diagnostic carries for its code actions (the server keeps no code-action state). */
export interface DiagnosticData {
  ruleId: string
  version: number
  fixes: LspFix[]
  /** Where `[!allow rule]` goes: the end of the diagnostic's paragraph. */
  allowAt: Position | null
}

export function toLspFix(snapshot: TextDocument, fix: Fix): LspFix {
  return {
    title: fix.title,
    edits: fix.edits.map((edit) => ({
      range: toRange(snapshot, edit.start, edit.end),
      newText: edit.newText,
    })),
  }
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const

export function toDiagnostic(message: DispatchMessage, analysis: DocumentAnalysis): Diagnostic {
  const { snapshot, data } = analysis
  const { start, end } = messageRange(message)
  const ruleId = message.ruleId ?? 'dispatch'
  const paragraph = data.paragraphs.find((p) => p.start <= start && start <= p.end)
  const diagnostic: Diagnostic = {
    range: toRange(snapshot, start, end),
    severity: SEVERITY[messageSeverity(message)],
    code: ruleId,
    codeDescription: { href: message.url ?? ruleUrl(ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: message.reason,
  }
  if (message.related && message.related.length > 0) {
    diagnostic.relatedInformation = message.related.map((place) => ({
      location: { uri: analysis.uri, range: toRange(snapshot, place.start, place.end) },
      message: place.message,
    }))
  }
  const diagnosticData: DiagnosticData = {
    ruleId,
    version: analysis.version,
    fixes: messageFixes(message).map((fix) => toLspFix(snapshot, fix)),
    allowAt: paragraph ? snapshot.positionAt(paragraph.end) : null,
  }
  diagnostic.data = diagnosticData
  return diagnostic
}

export function toDiagnostics(analysis: DocumentAnalysis): Diagnostic[] {
  return sortedMessages(analysis.file).map((message) => toDiagnostic(message, analysis))
}

/** The first words of a quotation or claim, for hovers, outline and completion details. */
export function firstWords(text: string, max = 8): string {
  const words = text.trim().split(/\s+/)
  const head = words.slice(0, max).join(' ')
  return words.length > max ? `${head}…` : head
}

/** Escape what Markdown would interpret in text taken from the dispatch. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&')
}
