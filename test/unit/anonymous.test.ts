/**
 * `anonymous-without-reason` (warning, with a fix that adds the reason) and `anonymous-source`
 * (information, under the `report-all` anonymity policy or when given a severity).
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { messageRange, type TextEdit } from '../../server/src/analysis'
import { analyzeText, assertMessages, expectedMessage, fixesOf } from './helpers'

const POLICE = 'Un responsable policier a indiqué que le suspect avait fui.'
const POLICE_REASON =
  'Un responsable policier ayant requis l’anonymat a indiqué que le suspect avait fui.'
const OFFICIAL = 'A senior official said the talks had failed.'

const WITHOUT_REASON = (phrase: string) =>
  `Anonymous source with no reason given: “${phrase}”. Say why anonymity was granted (“who asked not to be named because…”), or name the source.`
const SANS_RAISON = (phrase: string) =>
  `Source anonyme sans raison : « ${phrase} ». Dites pourquoi l'anonymat a été accordé (« ayant requis l'anonymat », « sous couvert d'anonymat »), ou nommez la source.`

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end)
}

describe('anonymous-without-reason', () => {
  test('an unnamed official with no reason, with the fix that adds one after the phrase', () => {
    const analysis = analyzeText(POLICE)
    assertMessages(analysis, [
      expectedMessage(
        POLICE,
        'anonymous-without-reason',
        'warning',
        'Un responsable policier',
        WITHOUT_REASON('Un responsable policier'),
      ),
    ])
    // The message follows the locale; the inserted words follow the dispatch's language.
    const fix = {
      title: 'Add the reason for anonymity',
      edits: [{ start: 23, end: 23, newText: ", ayant requis l'anonymat (raison à préciser)," }],
    }
    assert.deepEqual(fixesOf(analysis.messages[0]), [fix])
    assert.deepEqual(analysis.messages[0].expected, [fix.edits[0].newText])
  })

  test('in French under the French locale; the French fix, applied, clears it', () => {
    const analysis = analyzeText(POLICE, { locale: 'fr' })
    assertMessages(analysis, [
      expectedMessage(
        POLICE,
        'anonymous-without-reason',
        'warning',
        'Un responsable policier',
        SANS_RAISON('Un responsable policier'),
      ),
    ])
    const [fix] = fixesOf(analysis.messages[0])
    assert.equal(fix.title, "Ajouter la raison de l'anonymat")
    const fixed = apply(POLICE, fix.edits[0])
    assert.equal(
      fixed,
      "Un responsable policier, ayant requis l'anonymat (raison à préciser), a indiqué que le suspect avait fui.",
    )
    assert.deepEqual(analyzeText(fixed, { locale: 'fr' }).messages, [])
  })

  test('in English: a senior official, a witness; the English fix, applied, clears it', () => {
    const analysis = analyzeText(OFFICIAL)
    assertMessages(analysis, [
      expectedMessage(
        OFFICIAL,
        'anonymous-without-reason',
        'warning',
        'A senior official',
        WITHOUT_REASON('A senior official'),
      ),
    ])
    const fixed = apply(OFFICIAL, fixesOf(analysis.messages[0])[0].edits[0])
    assert.equal(
      fixed,
      'A senior official, who asked not to be named (reason to fill in), said the talks had failed.',
    )
    assert.deepEqual(analyzeText(fixed).messages, [])
    const witness = 'A witness said the crowd was chanting.'
    assertMessages(analyzeText(witness), [
      expectedMessage(
        witness,
        'anonymous-without-reason',
        'warning',
        'A witness',
        WITHOUT_REASON('A witness'),
      ),
    ])
  })

  test('is raised once, at the first mention, when the source is described again', () => {
    const text = `${POLICE} Le responsable a ajouté qu’il était armé.`
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'anonymous-without-reason',
        'warning',
        'Un responsable policier',
        WITHOUT_REASON('Un responsable policier'),
      ),
    ])
  })

  test('is not raised when the reason is given anywhere in the sentence', () => {
    for (const text of [
      POLICE_REASON,
      'Un témoin, qui a souhaité garder l’anonymat, a raconté la scène.',
      'A senior official said the talks had failed, speaking on condition of anonymity.',
      'A police officer who was not authorized to speak publicly said the suspect had fled.',
      'Selon un expert en cybersécurité, qui a souhaité rester anonyme, le réseau était obsolète.',
      'A nurse, who asked to remain anonymous, said the ward was full.',
    ]) {
      assert.deepEqual(analyzeText(text).messages, [], text)
    }
  })

  test('records the reason phrase on the speaker', () => {
    const [speaker] = analyzeText(POLICE_REASON).data.speakers
    assert.equal(speaker.kind, 'anonymous')
    assert.deepEqual(speaker.anonymityReason, {
      start: 24,
      end: 47,
      text: 'ayant requis l’anonymat',
    })
  })

  test('is raised for an unnamed person of an institution: un conducteur de TER, a person close to X', () => {
    for (const [text, phrase] of [
      ['Un conducteur de TER dit « comprendre la colère des usagers ».', 'Un conducteur de TER'],
      [
        'A person close to the player said Arrieta had wanted to leave.',
        'A person close to the player',
      ],
    ]) {
      const found = analyzeText(text).messages.map((message) => {
        const { start, end } = messageRange(message)
        return [message.ruleId, text.slice(start, end)]
      })
      assert.deepEqual(found, [['anonymous-without-reason', phrase]], text)
    }
  })

  test('is not raised for groups, organisations or documents', () => {
    for (const text of [
      'Plusieurs habitants ont affirmé que l’eau montait.',
      'La police a indiqué que le suspect avait fui.',
      'Un communiqué du ministère indique que le couvre-feu est levé.',
    ]) {
      assert.deepEqual(analyzeText(text).messages, [], text)
    }
  })

  test('is not raised under the `off` anonymity policy', () => {
    assert.deepEqual(analyzeText(POLICE, { anonymity: 'off' }).messages, [])
  })

  test('an [@anonymous | reason] annotation gives the reason', () => {
    const text = '«Nous partons» [@anonymous | par crainte de représailles].'
    const analysis = analyzeText(text)
    assert.deepEqual(analysis.messages, [])
    const [speaker] = analysis.data.speakers
    assert.equal(speaker.kind, 'anonymous')
    assert.equal(speaker.anonymityReason?.text, 'par crainte de représailles')
  })

  test('an [@anonymous] annotation without a reason is flagged at its name', () => {
    const text = '«Nous partons» [@anonymous].'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'anonymous-without-reason',
        'warning',
        'anonymous',
        WITHOUT_REASON('anonymous'),
      ),
    ])
    // No words to insert inside the brackets: the reason goes after a `|`.
    assert.deepEqual(fixesOf(analysis.messages[0]), [])
  })
})

describe('anonymous-source', () => {
  test('is off by default', () => {
    assert.deepEqual(
      analyzeText(POLICE_REASON).messages.map((m) => m.ruleId),
      [],
    )
  })

  test('reports every anonymous source under `report-all`, saying when no reason is given', () => {
    const reasoned = analyzeText(POLICE_REASON, { anonymity: 'report-all' })
    assertMessages(reasoned, [
      expectedMessage(
        POLICE_REASON,
        'anonymous-source',
        'info',
        'Un responsable policier',
        'Anonymous source: “Un responsable policier”.',
      ),
    ])
    const bare = analyzeText(POLICE, { anonymity: 'report-all' })
    assertMessages(bare, [
      expectedMessage(
        POLICE,
        'anonymous-source',
        'info',
        'Un responsable policier',
        'Anonymous source: “Un responsable policier” (no reason given).',
      ),
      expectedMessage(
        POLICE,
        'anonymous-without-reason',
        'warning',
        'Un responsable policier',
        WITHOUT_REASON('Un responsable policier'),
      ),
    ])
    assert.deepEqual(fixesOf(bare.messages[0]), [])
  })

  test('in French under the French locale', () => {
    const analysis = analyzeText(POLICE, { anonymity: 'report-all', locale: 'fr' })
    assertMessages(analysis, [
      expectedMessage(
        POLICE,
        'anonymous-source',
        'info',
        'Un responsable policier',
        'Source anonyme : « Un responsable policier » (sans raison donnée).',
      ),
      expectedMessage(
        POLICE,
        'anonymous-without-reason',
        'warning',
        'Un responsable policier',
        SANS_RAISON('Un responsable policier'),
      ),
    ])
  })

  test('never reports groups or organisations', () => {
    const text = 'La police a indiqué que le suspect avait fui.'
    assert.deepEqual(analyzeText(text, { anonymity: 'report-all' }).messages, [])
  })

  test('runs at the severity it is given, whatever the policy', () => {
    const analysis = analyzeText(POLICE_REASON, { rules: { 'anonymous-source': 'warning' } })
    assertMessages(analysis, [
      expectedMessage(
        POLICE_REASON,
        'anonymous-source',
        'warning',
        'Un responsable policier',
        'Anonymous source: “Un responsable policier”.',
      ),
    ])
  })
})
