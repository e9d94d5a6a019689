/**
 * The analysis of a dispatch: text + settings in, a VFile out, with the structured results on
 * `file.data.dispatch` and every finding as a vfile message. Pure: no I/O, no global state,
 * never throws on any input.
 */
import { VFile } from 'vfile'
import type { CueCache } from './attribute/attribute'
import { createProcessor } from './pipeline'
import type { AnalysisSettings, DispatchData } from './types'

export * from './messages'
export * from './rules'
export { strip } from './strip'
export * from './types'

export interface AnalyzeOptions {
  settings?: AnalysisSettings
  /** File path or URI, used in messages only. */
  path?: string
  /** Reuse per-paragraph work across analyses of successive versions of one document. */
  cache?: ParagraphCache
  /** A processor made once by `createProcessor(settings)`, to reuse across many files. */
  processor?: ReturnType<typeof createProcessor>
}

/** Work kept across successive versions of one document (the reporting cues of each
 * sentence, by the sentence's text), owned by the caller: one per open document. */
export interface ParagraphCache {
  entries: CueCache
}

export function createParagraphCache(): ParagraphCache {
  return { entries: new Map() }
}

export { createProcessor } from './pipeline'

/** The results of an analysis that found nothing (empty text, or an internal failure). */
export function emptyData(): DispatchData {
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

const DEFAULT_SETTINGS: AnalysisSettings = {}

/**
 * Processors by settings: building one compiles the cue patterns, which costs more than
 * analysing a short dispatch. Keyed by the settings' JSON (worker threads receive copies), at
 * most a few kept; a cache only, it never changes a result.
 */
const processors = new Map<string, ReturnType<typeof createProcessor>>()

function processorFor(settings: AnalysisSettings): ReturnType<typeof createProcessor> {
  const key = JSON.stringify(settings)
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor(settings)
    if (processors.size >= 8) processors.delete(processors.keys().next().value as string)
    processors.set(key, processor)
  }
  return processor
}

/** Analyse one dispatch. Synchronous: the whole pipeline is CPU-only, and it never throws: an
 * internal failure becomes one error message on the file rather than an exception. */
export function analyze(text: string, options: AnalyzeOptions = {}): VFile {
  const file = new VFile({ value: text, path: options.path })
  if (options.cache) file.data.cueCache = options.cache.entries
  const processor = options.processor ?? processorFor(options.settings ?? DEFAULT_SETTINGS)
  try {
    const tree = processor.parse(file)
    processor.runSync(tree, file)
  } catch (error) {
    file.data.dispatch ??= emptyData()
    const message = file.message(
      `Internal error while analysing this file (${error instanceof Error ? error.message : String(error)}); please report it with the file.`,
      { ruleId: 'internal-error', source: 'dispatch-lens' },
    )
    message.fatal = true
  }
  file.data.dispatch ??= emptyData()
  delete file.data.dispatchContext
  delete file.data.cueCache
  return file
}
