/**
 * `unclosed-quote` (error): an opening mark never closed, reported at the mark, with a fix that
 * closes the quotation before the paragraph's final punctuation; the analysis recovers at the
 * paragraph end.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertMessages, expectedMessage, fixesOf, viewAttributions } from './helpers'

const reason = (open: string, close: string) =>
  `Opening ${open} is never closed: add ${close} where the quotation ends (it is cut at the paragraph's end).`

describe('unclosed-quote', () => {
  test('« closed by » before the final full stop; the quotation keeps its speaker', () => {
    const text = 'Paul Martin a dit : «Nous partons demain.'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(text, 'unclosed-quote', 'error', '«', reason('«', '»')),
    ])
    assert.deepEqual(fixesOf(analysis.messages[0]), [
      {
        title: 'Close the quotation with »',
        edits: [{ start: text.length - 1, end: text.length - 1, newText: '»' }],
      },
    ])
    assert.deepEqual(analysis.messages[0].expected, ['»'])
    assert.deepEqual(viewAttributions(analysis), [
      {
        kind: 'quote',
        text: 'Nous partons demain.',
        speaker: 'Paul Martin',
        source: 'Paul Martin',
        cue: 'a dit',
        medium: null,
        method: 'cue',
      },
    ])
    assert.equal(analysis.data.attributions[0].close, null)
  })

  test('after « and a non-breaking space, the fix closes with a non-breaking space too', () => {
    const text = 'Paul Martin a dit : «\u00a0Nous partons demain.'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(text, 'unclosed-quote', 'error', '«', reason('«', '»')),
    ])
    assert.deepEqual(analysis.messages[0].expected, ['\u00a0»'])
  })

  test('“ closed by ”, and a straight quote with no final punctuation closed at the end', () => {
    const curly = 'Paul Martin said: “We leave tomorrow.'
    const first = analyzeText(curly)
    assertMessages(first, [
      expectedMessage(curly, 'unclosed-quote', 'error', '“', reason('“', '”')),
    ])
    assert.deepEqual(fixesOf(first.messages[0])[0].edits, [
      { start: curly.length - 1, end: curly.length - 1, newText: '”' },
    ])
    const straight = 'Paul Martin said: "We leave tomorrow'
    const second = analyzeText(straight)
    assertMessages(second, [
      expectedMessage(straight, 'unclosed-quote', 'error', '"', reason('"', '"')),
    ])
    assert.deepEqual(fixesOf(second.messages[0])[0].edits, [
      { start: straight.length, end: straight.length, newText: '"' },
    ])
  })

  test('its fix, applied, leaves a clean text with the same quotation', () => {
    const text = 'Paul Martin a dit : «Nous partons demain.'
    const [edit] = fixesOf(analyzeText(text).messages[0])[0].edits
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end)
    assert.equal(fixed, 'Paul Martin a dit : «Nous partons demain».')
    const analysis = analyzeText(fixed)
    assert.deepEqual(analysis.messages, [])
    assert.equal(analysis.data.attributions[0].text, 'Nous partons demain')
  })

  test('the analysis recovers at the paragraph end: the next paragraph is read normally', () => {
    // (A next paragraph opening with « would continue the quotation, by the convention of
    // quotations over several paragraphs.)
    const text = 'Le texte «\u00a0ouvert\n\nSuite «oui», a dit Paul Martin.'
    const analysis = analyzeText(text)
    assert.deepEqual(
      analysis.messages.map((m) => m.ruleId),
      ['unclosed-quote', 'unattributed-quote'],
    )
    assert.deepEqual(
      viewAttributions(analysis).map((a) => [a.text, a.speaker, a.method]),
      [
        ['ouvert', null, 'none'],
        ['oui', 'Paul Martin', 'inverted'],
      ],
    )
  })

  test('a cue inside the unclosed quotation still names its speaker', () => {
    const text = 'Marie Dupont a voté.\n\n«Nous partirons demain, a-t-elle déclaré.'
    const analysis = analyzeText(text)
    assert.deepEqual(viewAttributions(analysis), [
      {
        kind: 'quote',
        text: 'Nous partirons demain, a-t-elle déclaré.',
        speaker: 'Marie Dupont',
        source: 'elle',
        cue: 'a-t-elle déclaré',
        medium: null,
        method: 'pronoun',
      },
    ])
    assert.deepEqual(
      analysis.messages.map((m) => m.ruleId),
      ['unclosed-quote'],
    )
  })

  test('in French under the French locale, at its line and column after CRLF', () => {
    const text = 'Line one.\r\n\r\n«Sans fin'
    const analysis = analyzeText(text, { locale: 'fr', rules: { 'unattributed-quote': 'off' } })
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unclosed-quote',
        'error',
        '«',
        'Guillemet ouvrant « jamais fermé : ajoutez » à la fin de la citation (elle est coupée à la fin du paragraphe).',
      ),
    ])
    assert.deepEqual([analysis.messages[0].line, analysis.messages[0].column], [3, 1])
    assert.equal(fixesOf(analysis.messages[0])[0].title, 'Fermer la citation par »')
  })
})
