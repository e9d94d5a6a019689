/**
 * `[!allow rule-id]` silences one rule in its paragraph, or in the whole file from a line of its
 * own before the first paragraph; `unknown-rule` reports a directive that names no rule, with
 * the nearest rule id as a fix when one is close.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertMessages, expectedMessage, fixesOf, viewMessage } from './helpers'

const RULES =
  'Rules: unattributed-quote, unattributed-claim, vague-attribution, anonymous-source, anonymous-without-reason, unclosed-quote, invalid-header, unknown-rule, quote-style.'
const CONDITIONAL =
  "Unattributed claim: “aurait menti” (French conditional of unconfirmed news with no source ('aurait', 'serait')). Say who makes the claim (“X said”, “according to X”) or rephrase."

describe('allow directives', () => {
  test('on a line of their own before the first paragraph: the whole file', () => {
    const text = '[!allow unattributed-claim]\n\nLe suspect aurait fui.\n\nLe maire serait parti.'
    assert.deepEqual(analyzeText(text).messages, [])
  })

  test('at the end of a paragraph: that paragraph only', () => {
    const text =
      'Le suspect aurait fui. [!allow unattributed-claim]\n\nIl aurait menti.\n\nLe maire serait parti.'
    const analysis = analyzeText(text)
    assert.deepEqual(
      analysis.messages.map((m) => [m.ruleId, viewMessage(text, m).text]),
      [
        ['unattributed-claim', 'aurait menti'],
        ['unattributed-claim', 'serait parti'],
      ],
    )
  })

  test('on a line of its own right under a paragraph: the next paragraph', () => {
    const text = 'Le suspect aurait fui.\n[!allow unattributed-claim]\n\nLe maire serait parti.'
    const analysis = analyzeText(text)
    assert.deepEqual(
      analysis.messages.map((m) => [m.ruleId, viewMessage(text, m).text]),
      [['unattributed-claim', 'aurait fui']],
    )
  })

  test('on the header line before the lede: the whole file', () => {
    const text =
      'date 2024 Lyon | [!allow unattributed-claim] Le suspect aurait fui.\n\nLe maire serait parti.'
    const analysis = analyzeText(text)
    assert.equal(analysis.data.annotations[0].scope, 'file')
    assert.deepEqual(analysis.messages, [])
  })

  test('silence only the rule they name', () => {
    const text = '[!allow vague-attribution]\n\nLe suspect aurait menti.'
    assertMessages(analyzeText(text), [
      expectedMessage(text, 'unattributed-claim', 'warning', 'aurait menti', CONDITIONAL),
    ])
  })

  test('silence a rule in a paragraph of a file with a header', () => {
    const text = 'date 2024 Lyon | Lede.\n\n[!allow unattributed-claim]\n\nLe maire serait parti.'
    assert.deepEqual(analyzeText(text).messages, [])
  })
})

describe('unknown-rule', () => {
  test('a misspelt rule: the nearest id as the fix; the rule it meant is not silenced', () => {
    const text = '[!allow unatributed-claim]\n\nLe suspect aurait menti.'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unknown-rule',
        'warning',
        'unatributed-claim',
        `Unknown rule “unatributed-claim” in [!allow …]: did you mean “unattributed-claim”? ${RULES}`,
      ),
      expectedMessage(text, 'unattributed-claim', 'warning', 'aurait menti', CONDITIONAL),
    ])
    assert.deepEqual(fixesOf(analysis.messages[0]), [
      {
        title: 'Replace with unattributed-claim',
        edits: [{ start: 8, end: 25, newText: 'unattributed-claim' }],
      },
    ])
    assert.deepEqual(analysis.messages[0].expected, ['unattributed-claim'])
  })

  test('a rule far from every id: no fix', () => {
    const text = 'Texte. [!allow frobnicate-everything]'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unknown-rule',
        'warning',
        'frobnicate-everything',
        `Unknown rule “frobnicate-everything” in [!allow …]. ${RULES}`,
      ),
    ])
    assert.deepEqual(fixesOf(analysis.messages[0]), [])
  })

  test('a directive with no rule, or not `allow`: the whole directive is the range', () => {
    for (const directive of ['[!allow]', '[!foo bar]']) {
      const text = `Texte. ${directive}`
      assertMessages(analyzeText(text), [
        expectedMessage(
          text,
          'unknown-rule',
          'warning',
          directive,
          `Unknown rule in [!allow …]. ${RULES}`,
        ),
      ])
    }
  })

  test('in French under the French locale', () => {
    const text = 'Texte. [!allow unatributed-claim]'
    assertMessages(analyzeText(text, { locale: 'fr' }), [
      expectedMessage(
        text,
        'unknown-rule',
        'warning',
        'unatributed-claim',
        `Règle inconnue « unatributed-claim » dans [!allow …] : vouliez-vous dire « unattributed-claim » ? Règles : unattributed-quote, unattributed-claim, vague-attribution, anonymous-source, anonymous-without-reason, unclosed-quote, invalid-header, unknown-rule, quote-style.`,
      ),
    ])
  })

  test('is itself silenced by [!allow unknown-rule]', () => {
    const text = '[!allow unknown-rule]\n\nTexte. [!allow nothing-at-all]'
    assert.deepEqual(analyzeText(text).messages, [])
  })
})
