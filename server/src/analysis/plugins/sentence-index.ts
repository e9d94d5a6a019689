import type { Lexicon } from '../lexicon'
import type { Sentence } from '../types'
import { type StartSearch, startSearch } from './leading-words'

/** The index of the sentence holding `offset` (sentences are sorted), or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid].start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found !== -1 && offset < sentences[found].end ? found : -1
}

/** The patterns rules run over a whole text, by lexicon: their places are searched together,
 * in one pass over the text for all of them. */
const searches = new WeakMap<Lexicon, StartSearch>()

function searchOf(lexicon: Lexicon): StartSearch {
  let search = searches.get(lexicon)
  if (!search) {
    search = startSearch([
      lexicon.vagueSources,
      ...lexicon.unattributedClaims.map((trigger) => trigger.pattern),
    ])
    searches.set(lexicon, search)
  }
  return search
}

/** Runs a global pattern of `lexicon` over the whole text and yields each match with its
 * sentence, dropping matches that do not stand inside one sentence. Linear in the text.
 * The pattern runs from the places where a match may start only (see `leading-words.ts`):
 * from each, it finds the next match as a run from the previous match's end would, since no
 * match starts before that place. */
export function* matchesBySentence(
  view: string,
  sentences: Sentence[],
  pattern: RegExp,
  lexicon: Lexicon,
): Generator<{ match: RegExpExecArray; sentence: number }> {
  const places = searchOf(lexicon).starts(view, pattern)
  let next = 0
  let from = 0
  for (;;) {
    if (places) {
      while (next < places.length && places[next] < from) next++
      if (next === places.length) break
      from = places[next]
    }
    pattern.lastIndex = from
    const match = pattern.exec(view)
    if (!match) break
    if (match[0].length === 0) pattern.lastIndex++
    from = pattern.lastIndex
    // A match may start on the white space before its sentence.
    const sentence = sentenceAt(
      sentences,
      match.index + match[0].length - match[0].trimStart().length,
    )
    if (sentence === -1) continue
    if (match.index + match[0].length > sentences[sentence].end) continue
    yield { match, sentence }
  }
  pattern.lastIndex = 0
}
