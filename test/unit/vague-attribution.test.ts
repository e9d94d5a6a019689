/**
 * `vague-attribution`: a source with no kind given (`selon certains observateurs`, `critics
 * say`). A source that says what kind it is (`des sources proches du dossier`, `sources close
 * to the investigation`) is not vague.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertMessages, expectedMessage } from './helpers'

const SAY_WHICH = 'Say which source (a name, a role, or at least what kind of source).'

function vague(text: string, phrase: string, language?: 'en' | 'fr') {
  const analysis = analyzeText(text, language ? { language } : undefined)
  assertMessages(analysis, [
    expectedMessage(
      text,
      'vague-attribution',
      'warning',
      phrase,
      `Vague attribution: “${phrase}”. ${SAY_WHICH}`,
    ),
  ])
  return analysis
}

describe('vague-attribution in French', () => {
  test('selon certains observateurs: flagged, and still the claim’s source', () => {
    const analysis = vague(
      'Selon certains observateurs, la réforme est morte.',
      'Selon certains observateurs',
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.kind]),
      [['certains observateurs', 'group']],
    )
    assert.equal(analysis.data.attributions[0].method, 'selon')
  })

  test('an inverted `estiment certains`', () => {
    vague('La réforme est morte, estiment certains.', 'estiment certains')
  })

  test('`certains experts estiment` as a subject', () => {
    vague('Certains experts estiment que la réforme est morte.', 'Certains experts estiment')
  })

  test('`Certains y voient`: a pronoun between the vague subject and its verb', () => {
    vague('Certains y voient un geste politique.', 'Certains y voient', 'fr')
  })

  test('de sources bien informées; des sources concordantes', () => {
    vague('De sources bien informées, la réforme est morte.', 'De sources bien informées')
    vague('Selon des sources concordantes, la réforme est morte.', 'Selon des sources')
  })

  test('says it in French under the French locale', () => {
    const text = 'Selon certains observateurs, la réforme est morte.'
    assertMessages(analyzeText(text, { locale: 'fr' }), [
      expectedMessage(
        text,
        'vague-attribution',
        'warning',
        'Selon certains observateurs',
        'Attribution vague : « Selon certains observateurs ». Précisez la source (un nom, une fonction, ou au moins le type de source).',
      ),
    ])
  })

  test('is not raised for a source of a stated kind', () => {
    for (const text of [
      'Selon des sources proches du dossier, la réforme est morte.',
      'Selon la préfecture, la réforme est morte.',
    ]) {
      assert.deepEqual(analyzeText(text).messages, [], text)
    }
  })
})

describe('vague-attribution in English', () => {
  test('some analysts say; critics say; experts believe (the range leaves out `and`)', () => {
    vague('Some analysts say the deal is dead.', 'Some analysts say', 'en')
    vague('Critics say the deal is dead.', 'Critics say', 'en')
    vague('The deal is dead, experts believe.', 'experts believe', 'en')
    vague('The reform is dead, and critics say the vote was rigged.', 'critics say', 'en')
  })

  test('an adjective, a complement or `expect`: political observers, critics of X, analysts expect', () => {
    vague('Some political observers say the deal is dead.', 'Some political observers say', 'en')
    vague('Critics of the movement say the march was small.', 'Critics of the movement say', 'en')
    vague('Analysts expect the company to cut jobs.', 'Analysts expect', 'en')
  })

  test('according to some observers', () => {
    vague('According to some observers, the deal is dead.', 'According to some observers', 'en')
  })

  test('is not raised for sources of a stated kind', () => {
    const text = 'Sources close to the investigation said the deal was dead.'
    assert.deepEqual(analyzeText(text, { language: 'en' }).messages, [])
  })
})
