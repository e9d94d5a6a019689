/**
 * `unattributed-claim`: agentless passives of accusing or reporting, hedges, impersonal reports
 * and the French conditional of unconfirmed news, when nothing in the sentence says whose claim
 * it is.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertMessages, expectedMessage } from './helpers'

const SAY_WHO = 'Say who makes the claim (“X said”, “according to X”) or rephrase.'
const WHY = {
  passiveFr: 'agentless passive: accused or described by whom?',
  passiveEstFr: 'agentless passive: accused or considered by whom?',
  reputed: "hedged claim ('réputé') with no source",
  impersonal: 'impersonal report: who says so?',
  conditional: "French conditional of unconfirmed news with no source ('aurait', 'serait')",
  hedge: 'hedged claim with no source',
  hedgeEn: 'hedge with no source: alleged or reported by whom?',
  passiveEn: 'agentless passive: said, believed or accused by whom?',
  rumour: 'rumour with no source',
}

function flagged(text: string, phrase: string, why: string, language?: 'en' | 'fr') {
  const analysis = analyzeText(text, language ? { language } : undefined)
  assertMessages(analysis, [
    expectedMessage(
      text,
      'unattributed-claim',
      'warning',
      phrase,
      `Unattributed claim: “${phrase}” (${why}). ${SAY_WHO}`,
    ),
  ])
}

describe('unattributed-claim in French', () => {
  test('an agentless passive of accusation, with an adverb inside', () => {
    flagged('Le maire a été accusé de corruption.', 'a été accusé', WHY.passiveFr)
    flagged(
      'Le Pakistan a longtemps été accusé de soutenir les talibans.',
      'a longtemps été accusé',
      WHY.passiveFr,
    )
  })

  test('a passive with être: soupçonné, présentés comme', () => {
    flagged('Le maire est soupçonné de fraude.', 'est soupçonné', WHY.passiveEstFr)
    flagged(
      'Les élus sont souvent présentés comme des privilégiés.',
      'sont souvent présentés comme',
      WHY.passiveEstFr,
    )
  })

  test('réputé, with the word that follows it', () => {
    flagged('La région, réputée pour ses vins, a voté.', 'réputée pour', WHY.reputed)
  })

  test('impersonal reports; `on` is nobody’s name', () => {
    flagged('Il est reproché à l’élu d’avoir menti.', 'Il est reproché à', WHY.impersonal)
    flagged('Le maire, dit-on, va partir.', 'dit-on', WHY.impersonal)
    flagged('On dit que le maire va démissionner.', 'On dit que', WHY.impersonal)
    const { data } = analyzeText('On dit que le maire va démissionner.')
    assert.deepEqual(data.speakers, [])
    assert.deepEqual(
      data.attributions.map((a) => [a.kind, a.speaker, a.cue?.text]),
      [['claim', null, 'On dit que']],
    )
  })

  test('the conditional of unconfirmed news', () => {
    flagged('Le suspect aurait fui vers la frontière.', 'aurait fui', WHY.conditional)
    flagged('Le suspect serait parti à Lyon.', 'serait parti', WHY.conditional)
  })

  test('the conditional of a reporting verb: aurait promis is nobody’s claim', () => {
    const text = 'Le président du club aurait promis une prime à chaque joueur.'
    const analysis = analyzeText(text, { language: 'fr' })
    assert.deepEqual(
      analysis.messages.map((m) => m.ruleId),
      ['unattributed-claim'],
    )
    assert.deepEqual(
      analysis.data.attributions.map((a) => [a.kind, a.speaker]),
      [['claim', null]],
    )
  })

  test('présumé coupable', () => {
    flagged('Le présumé coupable a été arrêté.', 'présumé coupable', WHY.hedge)
  })

  test('says it in French under the French locale', () => {
    const text = 'Le suspect aurait fui.'
    assertMessages(analyzeText(text, { locale: 'fr' }), [
      expectedMessage(
        text,
        'unattributed-claim',
        'warning',
        'aurait fui',
        "Affirmation sans source : « aurait fui » (conditionnel de l’information non confirmée, sans source (« aurait », « serait »)). Dites qui l'affirme (« selon X », « X a affirmé ») ou reformulez.",
      ),
    ])
  })

  test('is not raised when the sentence gives its source or the passive its agent', () => {
    for (const text of [
      'Selon la police, le suspect aurait fui vers la frontière.',
      'D’après le parquet, le suspect serait parti à Lyon.',
      'Paul Martin a dit que le suspect aurait fui.',
      'Le maire a été accusé par l’opposition de corruption.',
    ]) {
      assert.deepEqual(analyzeText(text).messages, [], text)
    }
  })

  test('is not raised for a hypothetical or a modal conditional', () => {
    for (const text of [
      'S’il avait voulu, il serait parti.',
      'Le suspect aurait pu fuir.',
      'Le texte serait nécessaire.',
    ]) {
      assert.deepEqual(analyzeText(text).messages, [], text)
    }
  })
})

describe('the unattributed claim as a result', () => {
  test('is an attribution with no speaker, its trigger as cue and why as reason', () => {
    const text = 'Paul Martin est arrivé. Le suspect aurait fui.'
    for (const rules of [{}, { 'unattributed-claim': 'off' as const }]) {
      const analysis = analyzeText(text, { rules })
      assert.deepEqual(
        analysis.data.attributions.map((a) => ({
          ...a,
          cue: a.cue && { ...a.cue },
        })),
        [
          {
            kind: 'claim',
            text: 'Le suspect aurait fui.',
            start: 24,
            end: 46,
            open: null,
            close: null,
            speaker: null,
            source: null,
            antecedent: null,
            cue: { start: 35, end: 45, text: 'aurait fui' },
            medium: null,
            method: 'none',
            reason: WHY.conditional,
          },
        ],
        JSON.stringify(rules),
      )
    }
    assert.deepEqual(analyzeText(text, { rules: { 'unattributed-claim': 'off' } }).messages, [])
  })

  test('gives its reason in French under the French locale', () => {
    const [claim] = analyzeText('Le suspect aurait fui.', { locale: 'fr' }).data.attributions
    assert.equal(
      claim.reason,
      'conditionnel de l’information non confirmée, sans source (« aurait », « serait »)',
    )
  })
})

describe('unattributed-claim in English', () => {
  test('hedges', () => {
    flagged('The mayor allegedly took bribes.', 'allegedly', WHY.hedgeEn, 'en')
    flagged(
      'The suspect reportedly fled to the border and was arrested.',
      'reportedly',
      WHY.hedgeEn,
      'en',
    )
  })

  test('agentless passives', () => {
    flagged('The mayor was accused of fraud.', 'was accused of', WHY.passiveEn, 'en')
    flagged('The suspect is believed to have fled.', 'is believed to', WHY.passiveEn, 'en')
    flagged(
      'The museum was also accused last year of rushing the process.',
      'was also accused last year of',
      WHY.passiveEn,
      'en',
    )
  })

  test('a hedge inside the verb that would source it: has reportedly asked', () => {
    const text = 'The cabinet has reportedly asked a retired judge to prepare a mediation offer.'
    const analysis = analyzeText(text, { language: 'en' })
    assert.deepEqual(
      analysis.messages.map((m) => [m.ruleId, m.reason.split(':')[1]?.trim().split(' (')[0]]),
      [['unattributed-claim', '“reportedly”']],
    )
  })

  test('impersonal reports and rumours', () => {
    flagged(
      'It is widely believed that the mayor lied.',
      'It is widely believed that',
      WHY.impersonal,
      'en',
    )
    flagged(
      'Word has it that the mayor will resign from the post.',
      'Word has it',
      WHY.rumour,
      'en',
    )
  })

  test('is not raised when the sentence names its source or the passive its agent', () => {
    for (const text of [
      'Police said the mayor allegedly took bribes.',
      'According to the police, the mayor reportedly took bribes.',
      'The mayor was accused by prosecutors of taking bribes.',
    ]) {
      assert.deepEqual(analyzeText(text, { language: 'en' }).messages, [], text)
    }
  })
})
