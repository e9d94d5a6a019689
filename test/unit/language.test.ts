/**
 * Language detection (French or English, per document, by function words; guillemets count for
 * French) and the setting that overrides it.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { detectLanguage } from '../../server/src/analysis/lexicon'
import { analyzeText } from './helpers'

describe('detectLanguage', () => {
  test('reads French and English prose', () => {
    assert.equal(
      detectLanguage('Le ministre a déclaré que les négociations étaient terminées.'),
      'fr',
    )
    assert.equal(detectLanguage('The minister said the talks were over and that was it.'), 'en')
  })

  test('counts guillemets for French, but English function words outweigh one pair', () => {
    assert.equal(detectLanguage('«Yes»'), 'fr')
    assert.equal(
      detectLanguage('The union said «non» to the deal and the workers left the site.'),
      'en',
    )
  })

  test('falls back to English when nothing tells (empty text, numbers, names)', () => {
    assert.equal(detectLanguage(''), 'en')
    assert.equal(detectLanguage('12345'), 'en')
    assert.equal(detectLanguage('Paris, London.'), 'en')
    assert.equal(detectLanguage('“Yes,” Laura Chen told reporters.'), 'en')
  })

  test('short sentences with no accent are told apart by their function words', () => {
    assert.equal(detectLanguage('Certains y voient un geste politique.'), 'fr')
    assert.equal(detectLanguage('Nous ne partirons pas sans eux.'), 'fr')
    assert.equal(detectLanguage('They would not say who had paid.'), 'en')
  })

  test('French accents or guillemets tip a short text to French', () => {
    assert.equal(detectLanguage('Le maire, dit-on, va partir.'), 'fr')
    assert.equal(detectLanguage('«Oui», Paul Martin.'), 'fr')
  })
})

describe('the language of an analysis', () => {
  test('is detected per document, without reading annotations', () => {
    assert.equal(analyzeText('Le maire a dit que la grève était finie.').data.language, 'fr')
    assert.equal(analyzeText('The mayor said that the strike was over.').data.language, 'en')
    const annotated = '[@The Minister | the one in charge of the budget] Il est parti.'
    assert.equal(analyzeText(annotated).data.language, 'fr')
  })

  test('follows the setting when it names a language, and detects under `auto`', () => {
    const english = 'The mayor said that the strike was over.'
    assert.equal(analyzeText(english, { language: 'fr' }).data.language, 'fr')
    assert.equal(analyzeText('Le maire est parti.', { language: 'en' }).data.language, 'en')
    assert.equal(analyzeText(english, { language: 'auto' }).data.language, 'en')
  })

  test('decides which reporting verbs are read', () => {
    const text = 'Paul Martin said that the strike was over.'
    const english = analyzeText(text)
    assert.deepEqual(
      english.data.attributions.map((a) => a.cue?.text),
      ['said'],
    )
    // Read as French, `said` is no reporting verb: no claim at all.
    assert.deepEqual(analyzeText(text, { language: 'fr' }).data.attributions, [])
  })
})
