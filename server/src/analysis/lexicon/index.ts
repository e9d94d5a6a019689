import type { Language } from '../types'
import { en } from './en'
import { fr } from './fr'
import type { Lexicon } from './types'

export type { Lexicon } from './types'

const BOUNDARY =
  '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))'

/** `\b` is ASCII-only in JavaScript, which breaks on `été` or `réputée`: every pattern of the
 * tables is rebuilt with a Unicode word boundary instead. */
export function unicodeBoundaries(pattern: RegExp, flags = pattern.flags): RegExp {
  // Apostrophes: the tables write ', the text may have ’.
  const source = pattern.source
    .replaceAll("['’]", '\u0000')
    .replaceAll("'", "['’]")
    .replaceAll('\u0000', "['’]")
    .replaceAll('\\b', BOUNDARY)
  return new RegExp(source, flags)
}

function compile(lexicon: Lexicon): Lexicon {
  return {
    ...lexicon,
    media: unicodeBoundaries(lexicon.media, 'gu'),
    anonymityReasons: unicodeBoundaries(lexicon.anonymityReasons, 'iu'),
    reachedBy: unicodeBoundaries(lexicon.reachedBy, 'u'),
    vagueSources: unicodeBoundaries(lexicon.vagueSources, 'giu'),
    sourceInSentence: unicodeBoundaries(lexicon.sourceInSentence, 'iu'),
    unattributedClaims: lexicon.unattributedClaims.map((trigger) => ({
      ...trigger,
      pattern: unicodeBoundaries(trigger.pattern, 'giu'),
    })),
  }
}

const LEXICONS: Record<Language, Lexicon> = { fr: compile(fr), en: compile(en) }

export function lexiconFor(language: Language): Lexicon {
  return LEXICONS[language]
}

/** French or English, by function words; ties go to the extra-clues (guillemets → French). */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text
  let frScore = 0
  let enScore = 0
  for (const match of sample.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const word = match[0]
    if (fr.stopwords.has(word)) frScore++
    if (en.stopwords.has(word)) enScore++
  }
  if (sample.includes('«')) frScore += 2
  return enScore > frScore ? 'en' : 'fr'
}
