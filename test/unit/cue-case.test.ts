/**
 * Reporting cues are found case-insensitively. The cue pattern runs without the `i` flag on
 * the lower-cased text when that finds exactly what the `i` pattern finds in the text as
 * written (V8 compiles the `i` pattern several times slower); these tests check the two
 * conditions it rests on, over every character, and that both ways find the same cues.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  createCueMatcher,
  findCues,
  lowerCaseView,
  matchesAsLowerCase,
} from '../../server/src/analysis/attribute/cues'
import { lexiconFor } from '../../server/src/analysis/lexicon'

/** Every character of the Basic Multilingual Plane but lone surrogates, in one string. */
const BMP = Array.from({ length: 0x10000 }, (_, code) =>
  code >= 0xd800 && code <= 0xdfff ? '' : String.fromCharCode(code),
).join('')

const LETTERS = [...BMP].filter((char) => /^\p{L}$/u.test(char))

describe('case-insensitive cues on lower-cased text', () => {
  test('a letter said to match as its lower case does: /x/iu finds exactly what lower-cases to x, ſ aside', () => {
    const safe = LETTERS.filter(matchesAsLowerCase)
    // French and English words need no more than these.
    for (const letter of 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœß')
      assert.ok(safe.includes(letter), letter)
    for (const letter of safe) {
      const insensitive: string[] = BMP.match(new RegExp(letter, 'giu')) ?? []
      const lowered = [...BMP].filter((char) => char.toLowerCase() === letter)
      const exceptions = insensitive.filter((char) => !lowered.includes(char))
      assert.deepEqual(exceptions, letter === 's' ? ['ſ'] : [], `letter ${letter}`)
      assert.deepEqual(
        lowered.filter((char) => !insensitive.includes(char)),
        [],
        `letter ${letter}`,
      )
    }
  })

  test('lower case never changes whether a character is a letter, a digit or a space', () => {
    for (const char of BMP) {
      const lower = char.toLowerCase()
      if (lower.length !== 1) continue
      assert.equal(/^[\p{L}\p{N}]$/u.test(lower), /^[\p{L}\p{N}]$/u.test(char), char)
      assert.equal(/^\s$/u.test(lower), /^\s$/u.test(char), char)
    }
  })

  test('the letters of both languages’ cue patterns all match as their lower case does', () => {
    for (const language of ['fr', 'en'] as const)
      assert.notEqual(createCueMatcher(lexiconFor(language)).lowerSticky, null, language)
    // An extra verb with another letter keeps the `i` pattern alone.
    assert.equal(createCueMatcher(lexiconFor('fr'), ['a ſignalé']).lowerSticky, null)
  })

  test('a text whose lower case moves offsets, or that holds ſ, is read as written', () => {
    assert.equal(lowerCaseView('İstanbul, a déclaré le maire.'), null)
    assert.equal(lowerCaseView('Il a ſignalé'), null)
    assert.equal(lowerCaseView('SELON le Maire'), 'selon le maire')
  })

  const words = fc.constantFrom(
    'a',
    'A',
    'déclaré',
    'DÉCLARÉ',
    'Selon',
    'SELON',
    'selon',
    'a-t-il',
    'A-T-IL',
    'ajouté',
    'Said',
    'SAID',
    'according',
    'To',
    'has',
    'Has',
    'Also',
    'ſaid',
    'İl',
    'KELVIN',
    'Kévin',
    'le',
    'maire',
    ',',
    '«',
    '»',
    '.',
    '\u2063',
  )
  test('finds the same cues as the case-insensitive pattern on the text as written', () => {
    for (const language of ['fr', 'en'] as const) {
      const matcher = createCueMatcher(lexiconFor(language))
      fc.assert(
        fc.property(fc.array(words, { maxLength: 14 }), (parts) => {
          const view = parts.join(' ')
          const asWritten = findCues(matcher, view, 0, view.length, 0, null)
          const lowered = findCues(matcher, view, 0, view.length, 0, lowerCaseView(view))
          assert.deepEqual(lowered, asWritten)
        }),
        { numRuns: 3000 },
      )
    }
  })
})
