/**
 * The word scanners read exactly what the Unicode patterns they replace would match, on any
 * text: accented and astral letters, digits of other scripts, combining marks, emoji, lone
 * surrogates, apostrophes and hyphens.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { contentWords } from '../../server/src/analysis/attribute/noun-phrase'
import { detectLanguage } from '../../server/src/analysis/lexicon'
import { en } from '../../server/src/analysis/lexicon/en'
import { fr } from '../../server/src/analysis/lexicon/fr'
import {
  letterLength,
  nextWordStart,
  wordCharLength,
  wordEnd,
} from '../../server/src/analysis/words'

const piece = fc.constantFrom(
  'a',
  'Z',
  '7',
  'é',
  'É',
  'ß',
  'İ',
  'ﬁ',
  '١',
  '²',
  'Ⅻ',
  '中',
  '𝒜',
  '𝟘',
  '😀',
  '\u0301',
  '\ud800',
  '\udc00',
  ' ',
  '\u00a0',
  "'",
  '’',
  '-',
  '.',
  ',',
  '«',
  '»',
  '_',
  '\n',
)
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''))

function runs(value: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let start = nextWordStart(value, 0); start !== -1; ) {
    const end = wordEnd(value, start)
    found.push([start, end])
    start = nextWordStart(value, end)
  }
  return found
}

describe('word scanning', () => {
  test('runs of letters and digits are those of /[\\p{L}\\p{N}]+/gu', () => {
    fc.assert(
      fc.property(text, (value) => {
        const expected = [...value.matchAll(/[\p{L}\p{N}]+/gu)].map((match): [number, number] => [
          match.index,
          match.index + match[0].length,
        ])
        assert.deepEqual(runs(value), expected)
      }),
      { numRuns: 2000 },
    )
  })

  test('a letter or digit outside the BMP is one character of two code units', () => {
    assert.equal(wordCharLength('𝒜b', 0), 2)
    assert.equal(wordCharLength('😀', 0), 0)
    assert.equal(letterLength('𝟘', 0), 0)
    assert.equal(wordCharLength('𝟘', 0), 2)
    assert.equal(wordCharLength('\ud800a', 0), 0)
    assert.equal(wordCharLength('a', 1), 0)
  })

  test('content words are the runs of /[\\p{L}\\p{N}][\\p{L}\\p{N}-]*/gu, stop words and single letters dropped', () => {
    assert.deepEqual(contentWords('le porte-parole du ministère de l’Intérieur'), [
      'porte-parole',
      'ministère',
      'intérieur',
    ])
    assert.deepEqual(contentWords('Senior officials of the U.N. agency'), [
      'senior',
      'official',
      'agency',
    ])
  })

  test("language detection counts the same words as /[\\p{L}']+/gu on the lower-cased text", () => {
    const score = (value: string) => {
      let frScore = 0
      let enScore = 0
      for (const match of value.toLowerCase().matchAll(/[\p{L}']+/gu)) {
        if (fr.stopwords.has(match[0])) frScore++
        if (en.stopwords.has(match[0])) enScore++
      }
      if (value.includes('«')) frScore += 2
      if (/[éèêàçùœ]/.test(value)) frScore += 1
      return frScore > enScore ? 'fr' : 'en'
    }
    const words = fc.constantFrom('le', 'la', 'the', 'of', "l'État", "it's", 'and', 'et', 'İl')
    const mixed = fc
      .array(fc.oneof(words, piece), { maxLength: 30 })
      .map((pieces) => pieces.join(' '))
    fc.assert(
      fc.property(mixed, (value) => assert.equal(detectLanguage(value), score(value))),
      { numRuns: 1000 },
    )
  })
})
