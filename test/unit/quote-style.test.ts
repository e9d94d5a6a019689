/**
 * `quote-style` (information): a quotation whose marks differ from the dispatch's style, with
 * the fix that rewrites its marks (continued paragraphs' reopening marks included).
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertMessages, expectedMessage, fixesOf } from './helpers'

describe('quote-style', () => {
  test('straight quotes in a dispatch written with guillemets', () => {
    const text =
      'Le maire a déclaré : «Nous restons». Il a ajouté : "Rien ne change". Puis : «Fin».'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'quote-style',
        'info',
        '"Rien ne change"',
        'Quotation marks "…" differ from the dispatch\'s style («…»): use «…».',
      ),
    ])
    const open = text.indexOf('"')
    const close = text.lastIndexOf('"')
    assert.deepEqual(fixesOf(analysis.messages[0]), [
      {
        title: 'Use «…»',
        edits: [
          { start: open, end: open + 1, newText: '«' },
          { start: close, end: close + 1, newText: '»' },
        ],
      },
    ])
  })

  test('a tie goes to the language’s own marks; French messages under the French locale', () => {
    const text = 'Paul Martin a dit : “Oui”. Il a ajouté : «Non».'
    assertMessages(analyzeText(text, { locale: 'fr' }), [
      expectedMessage(
        text,
        'quote-style',
        'info',
        '“Oui”',
        'Guillemets “…” différents de ceux de la dépêche («…») : utilisez «…».',
      ),
    ])
  })

  test('one style, nested quotes and unclosed quotes raise nothing of this rule', () => {
    const text = 'Paul Martin a dit : «Il m’a dit “non”». Il a ajouté : «Nous verrons.'
    const rules = analyzeText(text).messages.map((m) => m.ruleId)
    assert.deepEqual(rules, ['unclosed-quote'])
  })

  test('a continued quotation has its reopening marks rewritten too', () => {
    const text = 'Jane Doe said: “We stay.”\n\nShe added: "We will not move.\n\n"Not this year."'
    const analysis = analyzeText(text)
    const message = analysis.messages.find((m) => m.ruleId === 'quote-style')
    assert.ok(message)
    const marks = fixesOf(message).flatMap((fix) =>
      fix.edits.map((edit) => [text[edit.start], edit.newText]),
    )
    assert.deepEqual(marks, [
      ['"', '“'],
      ['"', '“'],
      ['"', '”'],
    ])
  })

  test('can be switched off', () => {
    const text = 'Le maire a déclaré : «Nous restons». Il a ajouté : "Rien ne change".'
    const rules = analyzeText(text, { rules: { 'quote-style': 'off' } }).messages.map(
      (m) => m.ruleId,
    )
    assert.deepEqual(rules, [])
  })
})
