/**
 * `unattributed-quote`: a quotation nobody is said to have said, with its quick fixes
 * (`[@Name]` for the nearest speakers) — which, once applied, settle it.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { DispatchMessage, TextEdit } from '../../server/src/analysis'
import { analyzeText, assertMessages, expectedMessage, fixesOf, viewAttributions } from './helpers'

const SAY_WHO =
  'Say who said it (a reporting verb with its subject, “according to X”, or [@Name] after the closing mark).'
const DITES_QUI =
  'Dites qui parle (un verbe de parole et son sujet, « selon X », ou [@Nom] après le guillemet fermant).'

function apply(text: string, edits: TextEdit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end)
  }
  return result
}

describe('unattributed-quote', () => {
  test('a quote-only paragraph after a paragraph with no quotation speaker', () => {
    const text = 'Personne n’a parlé.\n\n«Jusqu’au bout.»'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unattributed-quote',
        'warning',
        'Jusqu’au bout.',
        `Quotation with no speaker: “Jusqu’au bout.”. ${SAY_WHO}`,
      ),
    ])
    assert.equal(
      analysis.data.attributions[0].reason,
      'No reporting verb, `according to` or annotation in its sentence, and no speaker to continue from earlier in the paragraph or the previous paragraph.',
    )
    assert.deepEqual(fixesOf(analysis.messages[0]), [])
    assert.equal(analysis.messages[0].expected, undefined)
  })

  test('quotes its first five words, and offers the nearest speakers (never a document)', () => {
    const text =
      'Paul Martin a dit que la grève continuerait. La préfecture a annoncé un couvre-feu. Le rapport affirme que tout va bien.\n\n«Nous ne lâcherons rien, ni aujourd’hui ni demain.»'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unattributed-quote',
        'warning',
        'Nous ne lâcherons rien, ni aujourd’hui ni demain.',
        `Quotation with no speaker: “Nous ne lâcherons rien, ni…”. ${SAY_WHO}`,
      ),
    ])
    const after = text.length
    assert.deepEqual(fixesOf(analysis.messages[0]), [
      {
        title: 'Attribute to la préfecture',
        edits: [{ start: after, end: after, newText: ' [@la préfecture]' }],
      },
      {
        title: 'Attribute to Paul Martin',
        edits: [{ start: after, end: after, newText: ' [@Paul Martin]' }],
      },
    ])
    assert.deepEqual(analysis.messages[0].expected, [' [@la préfecture]', ' [@Paul Martin]'])
  })

  test('its fix, once applied, attributes the quotation by annotation and clears it', () => {
    const text = 'Paul Martin a dit que la grève continuerait.\n\n«Nous ne lâcherons rien.»'
    const first = analyzeText(text)
    const [fix] = fixesOf(first.messages[0] as DispatchMessage)
    const fixed = apply(text, fix.edits)
    assert.equal(
      fixed,
      'Paul Martin a dit que la grève continuerait.\n\n«Nous ne lâcherons rien.» [@Paul Martin]',
    )
    const second = analyzeText(fixed)
    assert.deepEqual(second.messages, [])
    assert.deepEqual(viewAttributions(second).at(-1), {
      kind: 'quote',
      text: 'Nous ne lâcherons rien.',
      speaker: 'Paul Martin',
      source: 'Paul Martin',
      cue: null,
      medium: null,
      method: 'annotation',
    })
    assert.equal(second.data.speakers.length, 1)
  })

  test('in French under the French locale', () => {
    const text = 'Paul Martin a dit que la grève continuerait.\n\n«Nous ne lâcherons rien.»'
    const analysis = analyzeText(text, { locale: 'fr' })
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unattributed-quote',
        'warning',
        'Nous ne lâcherons rien.',
        `Citation sans locuteur : « Nous ne lâcherons rien. ». ${DITES_QUI}`,
      ),
    ])
    assert.equal(fixesOf(analysis.messages[0])[0].title, 'Attribuer à Paul Martin')
  })

  test('a pronoun cue with no earlier speaker leaves the quotation unattributed', () => {
    const text = 'Il a dit «\u202fnon\u202f».'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unattributed-quote',
        'warning',
        'non',
        `Quotation with no speaker: “non”. ${SAY_WHO}`,
      ),
    ])
    assert.equal(
      analysis.data.attributions[0].reason,
      'The pronoun at its cue matches no earlier speaker.',
    )
  })

  test('is not raised for an attributed, adjacent or annotated quotation', () => {
    const text =
      'Paul Martin a dit : «Nous tiendrons.»\n\n«Jusqu’au bout.»\n\n«Toujours» [@Anne Roy].'
    assert.deepEqual(analyzeText(text).messages, [])
  })
})
