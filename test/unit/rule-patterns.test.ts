/**
 * The rules' whole-text patterns (vague sources, claim triggers) run only from the places
 * where `leading-words.ts` says a match may start. These tests compare that with running each
 * pattern over the whole text, as a global pattern would, on random texts made of the
 * patterns' own words in every case, with the characters that fold into Latin-1 (`ſ`, `K`),
 * typographic apostrophes, odd white space and punctuation.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { type Lexicon, lexiconFor } from '../../server/src/analysis/lexicon'
import { matchesBySentence, sentenceAt } from '../../server/src/analysis/plugins/sentence-index'
import type { Sentence } from '../../server/src/analysis/types'

/** The original reading: the pattern over the whole text, every match kept that stands
 * inside one sentence. */
function naive(view: string, sentences: Sentence[], pattern: RegExp) {
  const found: Array<{ index: number; text: string; sentence: number }> = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(view); match; match = pattern.exec(view)) {
    if (match[0].length === 0) pattern.lastIndex++
    const sentence = sentenceAt(
      sentences,
      match.index + match[0].length - match[0].trimStart().length,
    )
    if (sentence === -1) continue
    if (match.index + match[0].length > sentences[sentence].end) continue
    found.push({ index: match.index, text: match[0], sentence })
  }
  pattern.lastIndex = 0
  return found
}

/** Sentences of a test text: cut after each `.`, as the parser roughly would. */
function sentencesOf(view: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  for (let i = 0; i <= view.length; i++) {
    if (i === view.length || view[i] === '.') {
      if (i > start) sentences.push({ start, end: i, paragraph: 0 } as Sentence)
      start = i + 1
    }
  }
  return sentences
}

function patternsOf(lexicon: Lexicon): RegExp[] {
  return [lexicon.vagueSources, ...lexicon.unattributedClaims.map((trigger) => trigger.pattern)]
}

function wordsOf(patterns: RegExp[]): string[] {
  const words = new Set<string>()
  for (const pattern of patterns)
    for (const word of pattern.source.replace(/\\[pP]\{[^}]*\}/g, ' ').match(/[\p{L}'’-]+/gu) ?? [])
      words.add(word)
  return [...words]
}

function recase(word: string, how: number): string {
  if (how === 1) return word.toUpperCase()
  if (how === 2) return word.charAt(0).toUpperCase() + word.slice(1)
  if (how === 3) return word.replace(/s/g, 'ſ').replace(/k/g, '\u212a').replace(/'/g, '’')
  return word
}

describe('rule patterns run only where a match may start', () => {
  for (const language of ['fr', 'en'] as const) {
    test(`finds every match a whole-text run finds (${language})`, () => {
      const lexicon = lexiconFor(language)
      const patterns = patternsOf(lexicon)
      const piece = fc.oneof(
        fc
          .tuple(fc.constantFrom(...wordsOf(patterns)), fc.nat(5))
          .map(([w, how]) => recase(w, how)),
        fc.constantFrom(
          ' ',
          '  ',
          '\u00a0',
          '\t',
          ', ',
          '; ',
          ': ',
          '. ',
          '\n',
          '_',
          'x',
          'É',
          '’',
        ),
      )
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 24 }), fc.boolean(), (pieces, spaced) => {
          const view = pieces.join(spaced ? ' ' : '')
          const sentences = sentencesOf(view)
          for (const pattern of patterns) {
            const fast = [...matchesBySentence(view, sentences, pattern, lexicon)].map(
              ({ match, sentence }) => ({ index: match.index, text: match[0], sentence }),
            )
            assert.deepEqual(fast, naive(view, sentences, pattern), pattern.source.slice(0, 60))
          }
        }),
        { numRuns: 4000 },
      )
    })
  }
})
