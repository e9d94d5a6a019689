import type { Sentence } from '../types'

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

/** Runs a global pattern once over the whole text and yields each match with its sentence,
 * dropping matches that do not stand inside one sentence. Linear in the text. */
export function* matchesBySentence(
  view: string,
  sentences: Sentence[],
  pattern: RegExp,
): Generator<{ match: RegExpExecArray; sentence: number }> {
  pattern.lastIndex = 0
  for (let match = pattern.exec(view); match; match = pattern.exec(view)) {
    if (match[0].length === 0) pattern.lastIndex++
    // A match may start on the white space before its sentence.
    const sentence = sentenceAt(
      sentences,
      match.index + match[0].length - match[0].trimStart().length,
    )
    if (sentence === -1) continue
    if (match.index + match[0].length > sentences[sentence].end) continue
    yield { match, sentence }
  }
}
