import type { Lexicon } from '../lexicon'
import type { PronounEntry } from '../lexicon/types'
import type { Language, Span } from '../types'
import { nextWordStart, wordEnd } from '../words'

export type CueType = 'compound' | 'reflexive' | 'inverted' | 'preposition' | 'finite' | 'gerund'

export interface Cue extends Span {
  type: CueType
  /** The subject pronoun inside the cue: `il` in `a-t-il ajouté`. */
  clitic: (Span & PronounEntry) | null
  sentence: number
}

export interface CueMatcher {
  language: Language
  /** The cue pattern, anchored: tried only where a word can start a cue. */
  sticky: RegExp
  /** The same pattern without the `i` flag, for the lower-cased text (see `lowerCaseView`):
   * V8 compiles a case-insensitive Unicode pattern of this size several times slower, at
   * the first sentence of every process and thread. Null when its letters are not all ones
   * that match as their lower case does. */
  lowerSticky: RegExp | null
  /** The words a cue may start with, each with its kind (bits, looked up once per word):
   * STARTER, the first word (lower case, split at apostrophes and hyphens) of some cue;
   * QUOTE_ONLY, a finite form that reports only right after a closing mark and a comma
   * (`», lance X`). */
  kinds: Map<string, number>
  /** The length of the longest of them: longer words are not looked up. */
  longestWord: number
  /** Words that, right before a finite form, make it a noun: `la note`, `the report`. */
  blockers: RegExp
  clitics: Record<string, PronounEntry>
}

function escapePattern(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/ /g, '\\s+')
}

function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapePattern)
    .join('|')
}

const STARTER = 1
const QUOTE_ONLY = 2

/** One pattern per language (and set of extra verbs), built once per processor. */
export function createCueMatcher(lexicon: Lexicon, extraVerbs: string[] = []): CueMatcher {
  // An apostrophe may precede a cue (`ce qu'ont démenti`, `l'a déclaré`), a hyphen may not.
  const start = '(?<![\\p{L}\\p{N}\\-])'
  // No hyphen after a cue either: `d'après-midi` is not `d'après`.
  const end = '(?![\\p{L}\\p{N}\\-])'
  const adverb = `(?:\\s+(?:${alternation(lexicon.insertedAdverbs)}|\\p{L}+ment|\\p{L}+ly))`
  const compound = `(?:${alternation(lexicon.auxiliaries)})${adverb}{0,3}\\s+(?:${alternation(lexicon.participles)})`
  const clitics = Object.keys(lexicon.clitics)
  const parts = [`(?<compound>${compound})`]
  if (lexicon.reflexiveCues.length)
    parts.push(`(?<reflexive>${alternation(lexicon.reflexiveCues)})`)
  if (clitics.length) {
    parts.push(
      `(?<inverted>(?:${alternation(lexicon.finiteCues)})(?:-t)?-(?:${alternation(clitics)}))`,
    )
  }
  if (lexicon.language === 'en')
    parts.push('(?<quoted>(?:was|were|is|being)\\s+quoted\\s+as\\s+saying)')
  parts.push(`(?<preposition>${alternation(lexicon.prepositionCues)})`)
  parts.push(`(?<gerund>(?:en\\s+)?(?:${alternation(lexicon.gerunds)}))`)
  parts.push(`(?<finite>${alternation([...lexicon.finiteCues, ...extraVerbs])})`)
  const blockers =
    lexicon.language === 'fr'
      ? /(?:^|[\s'’])(?:le|la|les|l|un|une|des|du|de|d|sa|son|ses|ce|cette|leur|leurs|notre|votre|se|s|ne|n|y)\s*['’]?\s*$/iu
      : /(?:^|\s)(?:the|a|an|this|that|his|her|its|their|our|my|your|no|to|was|were|been|being|is|are|be|will|would|could|should|can|may|might|must|did|does|do|not|never|n't)\s+$|(?:^|\s)(?:is|are|was|were|been|being|be)\s+(?:\p{L}+ly|also|not|still|now|widely|long)\s+$/iu
  const source = `${start}(?:${parts.join('|')})${end}`
  const firstWord = (phrase: string) => phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u)[0]
  const starters = new Set(
    [
      ...lexicon.auxiliaries,
      ...lexicon.reflexiveCues,
      ...lexicon.finiteCues,
      ...extraVerbs,
      ...lexicon.prepositionCues,
      ...lexicon.gerunds,
      'en',
      ...(lexicon.language === 'en' ? ['was', 'were', 'is', 'being'] : []),
    ].map(firstWord),
  )
  const quoteOnly = new Set(lexicon.quoteOnlyCues ?? [])
  const kinds = new Map<string, number>()
  for (const word of starters) kinds.set(word, STARTER)
  for (const word of quoteOnly) kinds.set(word, (kinds.get(word) ?? 0) | QUOTE_ONLY)
  return {
    language: lexicon.language,
    sticky: new RegExp(source, 'yiu'),
    lowerSticky: lettersOf(source).every(matchesAsLowerCase) ? new RegExp(source, 'yu') : null,
    kinds,
    longestWord: Math.max(0, ...[...kinds.keys()].map((word) => word.length)),
    blockers,
    clitics: lexicon.clitics,
  }
}

const OPENING_PARTICIPLE = /^(?:asked|questioned|pressed|interrogée?s?|questionnée?s?)$/iu

const AFTER_CLOSING_MARK = /[»”"][ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*$/u

const RELATIVE_BEFORE =
  /(?:^|[\s,])(?:qui|who|which)(?:\s+(?:ne|n['’]|also|later|has|had|have|avait|a|ont))?\s+$/iu

/** The letters a pattern matches literally (escapes such as `\p{L}` and `\s` aside). */
function lettersOf(source: string): string[] {
  return [...new Set(source.replace(/\\[pP]\{[^}]*\}|\\./gu, '').match(/\p{L}/gu) ?? [])]
}

/**
 * Letters for which `/x/iu` matches exactly the characters whose lower case is `x` (every
 * character of the Basic Multilingual Plane is checked by a test), ſ aside: it matches `s`
 * case-insensitively but lower-cases to itself, so a text holding it is read with the `i`
 * pattern (`lowerCaseView`).
 */
export function matchesAsLowerCase(letter: string): boolean {
  return /^[a-z\u00df-\u00f6\u00f8-\u00ff\u0153]$/u.test(letter)
}

/**
 * The view in lower case, where the cue pattern without `i` finds what the `i` one finds in
 * the view: only when lower case keeps every offset (`İ` lower-cases to two code units) and
 * the text holds no ſ. Null otherwise: the `i` pattern is used.
 */
export function lowerCaseView(view: string): string | null {
  const lower = view.toLowerCase()
  return lower.length === view.length && !view.includes('ſ') ? lower : null
}

/** Every reporting cue of one sentence (`view` has quotations blanked out; `lower` is
 * `lowerCaseView(view)`). */
export function findCues(
  matcher: CueMatcher,
  view: string,
  from: number,
  to: number,
  sentence: number,
  lower: string | null = null,
): Cue[] {
  const cues: Cue[] = []
  const { kinds, longestWord } = matcher
  const lowered = lower !== null && matcher.lowerSticky !== null
  const sticky = lowered ? (matcher.lowerSticky as RegExp) : matcher.sticky
  const subject = lowered ? (lower as string) : view
  // The big pattern is tried only at words that can open a cue: a few in a sentence.
  let next = from
  while (next < to) {
    const start = nextWordStart(view, next, to)
    if (start === -1) break
    const end = wordEnd(view, start)
    next = end
    // (Lower case never shortens a word: a longer word as written is in neither set.)
    if (end - start > longestWord) continue
    // (A slice of the lower-cased view differs from the word lower-cased alone only by a
    // final sigma, which no cue word has.)
    const word = lower !== null ? lower.slice(start, end) : view.slice(start, end).toLowerCase()
    const kind = kinds.get(word) ?? 0
    if (
      (kind & QUOTE_ONLY) !== 0 &&
      AFTER_CLOSING_MARK.test(view.slice(Math.max(from, start - 6), start))
    ) {
      cues.push({
        start,
        end,
        text: view.slice(start, end),
        type: 'finite',
        clitic: null,
        sentence,
      })
      continue
    }
    if ((kind & STARTER) === 0) continue
    sticky.lastIndex = start
    const match = sticky.exec(subject)
    if (!match) continue
    const groups = match.groups ?? {}
    // As written, not as lower-cased.
    const text = lowered ? view.slice(match.index, match.index + match[0].length) : match[0]
    if (match.index + text.length > to) break
    next = match.index + text.length
    let type: CueType = 'finite'
    // `annonce avoir demandé`, `having said`: an infinitive or participle has the subject of
    // the verb it depends on, like a gerund.
    if (groups.compound && /^(?:avoir|ayant|having)\s/iu.test(text)) type = 'gerund'
    else if (groups.compound || groups.quoted) type = 'compound'
    else if (groups.reflexive) type = 'reflexive'
    else if (groups.inverted) type = 'inverted'
    else if (groups.preposition) type = 'preposition'
    else if (groups.gerund) type = 'gerund'
    // `Asked about the rumours, Kroll said…`, `Interrogé sur…, il a…`: a participle opening
    // the sentence is a circumstance of the clause, not its verb.
    if (
      type === 'finite' &&
      OPENING_PARTICIPLE.test(text) &&
      !/\S/.test(view.slice(from, match.index)) &&
      view.slice(match.index + text.length, to).includes(',')
    )
      continue
    if (type === 'finite' || (type === 'compound' && matcher.language === 'en')) {
      const before = view.slice(Math.max(from, match.index - 24), match.index)
      if (matcher.blockers.test(before)) continue
    }
    // `Un témoin, qui a souhaité garder l'anonymat, a raconté…`: a verb in a relative clause
    // describes a source; it reports nothing of the sentence.
    if (RELATIVE_BEFORE.test(view.slice(Math.max(from, match.index - 40), match.index))) continue
    // `Pour X, …` reports only at the head of a sentence (`pour` is too common elsewhere).
    if (
      type === 'preposition' &&
      /^pour$/i.test(text) &&
      view.slice(from, match.index).trim() !== ''
    )
      continue
    let clitic: Cue['clitic'] = null
    const cliticMatch = /-(?:t-)?(il|elle|ils|elles|on)(?=$|\s)/iu.exec(text)
    if (cliticMatch && matcher.clitics[cliticMatch[1].toLowerCase()]) {
      const offset = match.index + cliticMatch.index + cliticMatch[0].length - cliticMatch[1].length
      clitic = {
        start: offset,
        end: offset + cliticMatch[1].length,
        text: cliticMatch[1],
        ...matcher.clitics[cliticMatch[1].toLowerCase()],
      }
    }
    cues.push({ start: match.index, end: match.index + text.length, text, type, clitic, sentence })
  }
  return cues
}
