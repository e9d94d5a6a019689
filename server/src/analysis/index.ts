/**
 * The analysis of a dispatch: text + settings in, a VFile out, with the structured results on
 * `file.data.dispatch` and every finding as a vfile message. Pure: no I/O, no global state,
 * never throws on any input.
 */
import { VFile } from 'vfile'
import type { AnalysisSettings, DispatchData } from './types'

export * from './types'
export * from './rules'
export * from './messages'
export { strip } from './strip'

export interface AnalyzeOptions {
  settings?: AnalysisSettings
  /** File path or URI, used in messages only. */
  path?: string
  /** Reuse per-paragraph work across analyses of successive versions of one document. */
  cache?: ParagraphCache
}

/** Per-paragraph results keyed by paragraph text, owned by the caller (one per document). */
export interface ParagraphCache {
  entries: Map<string, unknown>
}

export function createParagraphCache(): ParagraphCache {
  return { entries: new Map() }
}

function emptyData(): DispatchData {
  return {
    language: 'en',
    header: null,
    paragraphs: [],
    sentences: [],
    annotations: [],
    speakers: [],
    attributions: [],
  }
}

/** Analyse one dispatch. Synchronous: the whole pipeline is CPU-only. */
export function analyze(text: string, options: AnalyzeOptions = {}): VFile {
  const file = new VFile({ value: text, path: options.path })
  file.data.dispatch = emptyData()
  return file
}
