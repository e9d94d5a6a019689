/**
 * One analysis per (document, version): computed on first use by whichever feature asks, then
 * shared by every other feature. Each document keeps its paragraph cache, so an edit re-analyses
 * only the paragraphs that changed (plus the analysis's cheap document-wide passes).
 */

import { VFile } from 'vfile'
import { TextDocument } from 'vscode-languageserver-textdocument'
import {
  analyze,
  createParagraphCache,
  type DispatchData,
  DOCS_BASE,
  emptyData,
  type ParagraphCache,
} from '../analysis'
import type { ServerSettings } from './settings'
import { type UiStrings, uiStrings } from './ui'

/** Everything a provider needs about one version of one document. */
export interface DocumentAnalysis {
  uri: string
  version: number
  /** The text of this version, frozen: the live document moves on while providers run. */
  snapshot: TextDocument
  file: VFile
  data: DispatchData
  settings: ServerSettings
  ui: UiStrings
}

interface Entry {
  version: number
  generation: number
  analysis: DocumentAnalysis
}

export interface AnalysisSource {
  uri: string
  languageId: string
  version: number
  getText(): string
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>()
  private readonly paragraphCaches = new Map<string, ParagraphCache>()
  /** Bumped when settings change: every cached analysis is then out of date. */
  private settingsGeneration = 0
  /** How many analyses were run, per URI (the server's `dispatch/stats` request reports it). */
  readonly runs = new Map<string, number>()

  /** The analysis of this version, computing it only if no feature has asked for it yet. */
  get(document: AnalysisSource, settings: ServerSettings): DocumentAnalysis {
    const entry = this.entries.get(document.uri)
    if (
      entry &&
      entry.version === document.version &&
      entry.generation === this.settingsGeneration
    ) {
      return entry.analysis
    }
    const analysis = this.compute(document, settings)
    this.entries.set(document.uri, {
      version: document.version,
      generation: this.settingsGeneration,
      analysis,
    })
    return analysis
  }

  /** Changes whenever cached analyses are dropped for new settings (part of result ids). */
  get generation(): number {
    return this.settingsGeneration
  }

  /** The analysis of this exact version if it was already computed. */
  peek(uri: string, version: number): DocumentAnalysis | undefined {
    const entry = this.entries.get(uri)
    if (entry && entry.version === version && entry.generation === this.settingsGeneration) {
      return entry.analysis
    }
    return undefined
  }

  forget(uri: string): void {
    this.entries.delete(uri)
    this.paragraphCaches.delete(uri)
    this.runs.delete(uri)
  }

  /** Settings changed: paragraph results may depend on them (verbs, language), drop them too. */
  invalidateAll(): void {
    this.settingsGeneration++
    this.entries.clear()
    this.paragraphCaches.clear()
  }

  /** Documents with anything cached (an analysis, paragraph results or a run count). */
  cachedDocuments(): number {
    return new Set([...this.entries.keys(), ...this.paragraphCaches.keys(), ...this.runs.keys()])
      .size
  }

  paragraphCacheSize(uri: string): number {
    return this.paragraphCaches.get(uri)?.entries.size ?? 0
  }

  private compute(document: AnalysisSource, settings: ServerSettings): DocumentAnalysis {
    let cache = this.paragraphCaches.get(document.uri)
    if (!cache) {
      cache = createParagraphCache()
      this.paragraphCaches.set(document.uri, cache)
    }
    this.runs.set(document.uri, (this.runs.get(document.uri) ?? 0) + 1)
    return analyzeDocument(document, settings, cache)
  }
}

/** The largest document analysed as one types: 2 million UTF-16 units (about 2 MB), some 700
 * times a long dispatch; the analysis of that takes about 4 s. */
export const MAX_ANALYSED_UNITS = 2_000_000

function tooLargeFile(text: string, path: string, reason: string): VFile {
  const file = new VFile({ value: text, path })
  file.data.dispatch = emptyData()
  const message = file.message(reason, {
    place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    ruleId: 'too-large',
    source: 'dispatch-lens',
  })
  message.fatal = undefined
  message.url = DOCS_BASE.replace(/rules\/$/, 'guarantees.md')
  return file
}

/** Analyse one version of a document (also used for the closed files of the workspace). */
export function analyzeDocument(
  document: AnalysisSource,
  settings: ServerSettings,
  cache?: ParagraphCache,
): DocumentAnalysis {
  const text = document.getText()
  const ui = uiStrings(settings.uiLocale)
  // Past the limit the editor stays responsive: one information instead of an analysis.
  const file =
    text.length > MAX_ANALYSED_UNITS
      ? tooLargeFile(text, document.uri, ui.tooLarge(text.length, MAX_ANALYSED_UNITS))
      : analyze(text, { settings: settings.analysis, path: document.uri, cache })
  return {
    uri: document.uri,
    version: document.version,
    snapshot: TextDocument.create(document.uri, document.languageId, document.version, text),
    file,
    data: file.data.dispatch ?? emptyData(),
    settings,
    ui,
  }
}
