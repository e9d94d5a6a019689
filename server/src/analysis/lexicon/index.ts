import type { Language } from '../types'
import { letterLength } from '../words'
import { en } from './en'
import { fr } from './fr'
import type { DeterminerEntry, Lexicon } from './types'

export type { Lexicon } from './types'

const WORD_START = '(?<![\\p{L}\\p{N}_])'
const WORD_END = '(?![\\p{L}\\p{N}_])'

/**
 * `\b` is ASCII-only in JavaScript, which breaks on `été` or `réputée`: every pattern of the
 * tables is rebuilt with Unicode word edges (a `\b` before a word is a word start, elsewhere a
 * word end — cheaper than a boundary that must try both at every position). The tables write
 * apostrophes as `'`; the text may have `’`.
 */
export function unicodeBoundaries(pattern: RegExp, flags = pattern.flags): RegExp {
  const source = pattern.source
    .replaceAll("['’]", '\u0000')
    .replaceAll("'", "['’]")
    .replaceAll('\u0000', "['’]")
    .replace(/\\b(?=(.{0,3}))/gs, (_, next: string) =>
      /^(?:[\p{L}[\\]|\((?!\?[!=<]))/u.test(next) ? WORD_START : WORD_END,
    )
  return new RegExp(source, flags)
}

function withoutPrototype<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record)
}

function compile(lexicon: Lexicon): Lexicon {
  const relatives = lexicon.relatives.map((word) => word.replace("'", "['’]")).join('|')
  const openers = [
    ...lexicon.complementizers.filter((word) => !word.includes(' ')),
    // Not `et`/`and`: they join names (`the Department of Health and Social Care`).
    ...['puis', 'then', 'or', 'ou', 'but', 'mais'],
  ].map((word) => word.replace("'", "['’]"))
  const determiners = Object.entries(lexicon.determiners)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([form, entry]): [string[], DeterminerEntry] => [form.split(' '), entry])
  return {
    ...lexicon,
    // Looked up with words of the text: no word may find `constructor` or `toString` there.
    clitics: withoutPrototype(lexicon.clitics),
    pronouns: withoutPrototype(lexicon.pronouns),
    determiners: withoutPrototype(lexicon.determiners),
    titles: withoutPrototype(lexicon.titles),
    media: unicodeBoundaries(lexicon.media, 'gu'),
    anonymityReasons: unicodeBoundaries(lexicon.anonymityReasons, 'iu'),
    reachedBy: unicodeBoundaries(lexicon.reachedBy, 'u'),
    vagueSources: unicodeBoundaries(lexicon.vagueSources, 'giu'),
    sourceInSentence: unicodeBoundaries(lexicon.sourceInSentence, 'iu'),
    unattributedClaims: lexicon.unattributedClaims.map((trigger) => ({
      ...trigger,
      pattern: unicodeBoundaries(trigger.pattern, 'giu'),
    })),
    compiled: {
      sets: {
        roleNouns: new Set(lexicon.roleNouns),
        uniqueRoles: new Set(lexicon.uniqueRoles),
        organizationNouns: new Set(lexicon.organizationNouns),
        organizationNameWords: new Set(lexicon.organizationNameWords),
        documentNouns: new Set(lexicon.documentNouns),
        preNominal: new Set(lexicon.preNominal),
        adverbialStarts: new Set(lexicon.adverbialStarts),
        relatives: new Set(lexicon.relatives),
      },
      maps: {
        titles: new Map(Object.entries(lexicon.titles)),
        pronouns: new Map(Object.entries(lexicon.pronouns)),
        determiners: new Map(Object.entries(lexicon.determiners)),
      },
      hints: {
        reason:
          /anonym|autoris|authori|nomm|named|identifi|condition|représailles|reprisal|retribution|retaliation|sécurité|allowed|permitted|cité|quoted/i,
        media:
          lexicon.language === 'fr'
            ? /AFP|Agence|presse|journalist|député|sénateur|tribunal|cour|caméra|juré|Assemblée|Sénat|partisan|commission|téléphone|visio|dans (?:un|une|son|sa|leur|le|la) |sur |micro|lors d|au cours|conférence|par écrit|radio|télévision|au |à (?:Libération|Reuters|Bloomberg|Ouest|Mediapart|l['’]Équipe|L['’]Équipe)/
            : /\bin (?:a|an|his|her|their|its|the) |\bon |\bat |during|\bby (?:phone|telephone|e-?mail)|phone interview|tell|told/,
      },
      relativeEnd: new RegExp(`[\\s,](?:${relatives})(?![\\p{L}])|\\s[–—(]|\\s-\\s`, 'iu'),
      clauseOpeners: new RegExp(`(?<![\\p{L}])(?:${openers.join('|')})(?:\\s+|(?<=['’]))`, 'giu'),
      determinersByFirst: byFirstWord(determiners),
    },
  }
}

/** Determiners by their first word, each list in the order given (longest first). */
function byFirstWord(
  determiners: Array<[string[], DeterminerEntry]>,
): Map<string, Array<[string[], DeterminerEntry]>> {
  const map = new Map<string, Array<[string[], DeterminerEntry]>>()
  for (const determiner of determiners) {
    const list = map.get(determiner[0][0])
    if (list) list.push(determiner)
    else map.set(determiner[0][0], [determiner])
  }
  return map
}

const LEXICONS: Record<Language, Lexicon> = { fr: compile(fr), en: compile(en) }

export function lexiconFor(language: Language): Lexicon {
  return LEXICONS[language]
}

/** French or English, by function words; guillemets count for French. */
export function detectLanguage(text: string): Language {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text
  let frScore = 0
  let enScore = 0
  // Runs of letters and `'` (what `/[\p{L}']+/gu` would match), without a match per word.
  const lower = sample.toLowerCase()
  let start = -1
  for (let i = 0; i <= lower.length; ) {
    const length = i < lower.length ? (lower.charCodeAt(i) === 39 ? 1 : letterLength(lower, i)) : 0
    if (length > 0) {
      if (start === -1) start = i
      i += length
      continue
    }
    // A word longer than every stopword is not sliced, nor looked up.
    if (start !== -1 && i - start <= STOPWORDS.longest) {
      const languages = STOPWORDS.languages.get(lower.slice(start, i))
      if (languages !== undefined) {
        if (languages & FRENCH) frScore++
        if (languages & ENGLISH) enScore++
      }
    }
    start = -1
    i++
  }
  if (sample.includes('«')) frScore += 2
  // French accents tip a short text: `Le maire, dit-on, va partir.` Only a tie can be tipped.
  if (frScore === enScore && /[éèêàçùœ]/.test(sample)) frScore += 1
  // A tie (a short text) goes to English unless guillemets said otherwise above.
  return frScore > enScore ? 'fr' : 'en'
}

const FRENCH = 1
const ENGLISH = 2

/** For `detectLanguage`: the stopwords of both languages in one table, so that each word of
 * the text is looked up once, and the length of the longest. */
const STOPWORDS = (() => {
  const languages = new Map<string, number>()
  for (const word of fr.stopwords) languages.set(word, FRENCH)
  for (const word of en.stopwords) languages.set(word, (languages.get(word) ?? 0) | ENGLISH)
  return { languages, longest: Math.max(0, ...[...languages.keys()].map((word) => word.length)) }
})()
