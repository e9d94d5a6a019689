import type { Plugin } from 'unified'
import { attribute } from '../attribute/attribute'
import { type CueMatcher, createCueMatcher } from '../attribute/cues'
import { lexiconFor } from '../lexicon'
import type { Root } from '../parse/tree'
import type { AnalysisSettings, Language } from '../types'

/** Quotations, cues, speakers and attributions (the sieves of `attribution.md`). */
export const attributeSpeakers: Plugin<[AnalysisSettings?], Root> = (settings = {}) => {
  // Built once per processor: the cue pattern of each language with its extra verbs.
  const matchers = new Map<Language, CueMatcher>()
  const matcherFor = (language: Language) => {
    let matcher = matchers.get(language)
    if (!matcher) {
      matcher = createCueMatcher(lexiconFor(language), settings.extraVerbs?.[language] ?? [])
      matchers.set(language, matcher)
    }
    return matcher
  }
  return (_tree, file) => {
    const context = file.data.dispatchContext
    const data = file.data.dispatch
    if (!context || !data) return
    const result = attribute(
      {
        text: context.text,
        masked: context.masked,
        lexicon: context.lexicon,
        matcher: matcherFor(data.language),
        paragraphs: data.paragraphs,
        sentences: data.sentences,
        quotes: context.quotes,
        annotations: data.annotations,
        cache: file.data.cueCache,
      },
      context.locale,
    )
    context.view = result.view
    context.cues = result.cues
    data.speakers = result.speakers
    data.attributions = result.attributions
  }
}
