/**
 * The seed (examples/kandahar.dispatch) reproduces its hand-made gold
 * (test/corpus/fr/kandahar.gold.json): the seven speakers, the eight quotations with their
 * speakers, cues, media and methods, the four claims, and exactly two messages, the
 * unattributed claims `a longtemps été accusé` and `réputée abriter`.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { analyzeText, assertMessages, assertSpansMatchText, expectedMessage } from './helpers'

interface Gold {
  header: { date: string; dateline: string }
  speakers: Array<{
    id: string
    kind: string
    role?: string
    aliases: string[]
    anonymity_reason?: string
  }>
  quotes: Array<{ text: string; speaker: string; cue: string; medium?: string; via?: string }>
  claims: Array<{ sentence_starts: string; speaker: string; cue: string; medium?: string }>
  unattributed: Array<{ text: string; rule: string }>
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const text = read('../../examples/kandahar.dispatch')
const gold = JSON.parse(read('../corpus/fr/kandahar.gold.json')) as Gold
const analysis = analyzeText(text)
const { data } = analysis

/** Aliases are compared without case, leading determiner or apostrophe style. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^(?:le |la |les |l'|un |une |des |plusieurs )/, '')
}

/** The gold id of each analysis speaker id (speakers are in text order in both). */
const goldIdOf = new Map(data.speakers.map((speaker, i) => [speaker.id, gold.speakers[i]?.id]))

/** How the gold's `via` (or, for a cue with its subject, the reading of the sentence) maps to a
 * method: the cues of quotations 1 and 4 stand after their subject; 2, 5 and 6 are inverted. */
const METHODS = [
  'cue',
  'inverted',
  'pronoun',
  'cue',
  'inverted',
  'inverted',
  'description',
  'description',
]

describe('the seed reproduces its gold', () => {
  test('is the same text as the corpus copy', () => {
    assert.equal(text, read('../corpus/fr/kandahar.dispatch'))
  })

  test('language and header', () => {
    assert.equal(data.language, 'fr')
    assert.deepEqual({ date: data.header?.date, dateline: data.header?.dateline }, gold.header)
    assert.equal(text.slice(data.header?.start, data.header?.end), 'date 2021-07 Kandahar |')
  })

  test('every span is the words of the text', () => assertSpansMatchText(analysis))

  test('seven speakers, in text order, each named by one of its gold aliases, of its kind', () => {
    assert.equal(data.speakers.length, 7)
    data.speakers.forEach((speaker, i) => {
      const expected = gold.speakers[i]
      assert.ok(
        expected.aliases.map(normalise).includes(normalise(speaker.name)),
        `${speaker.name} is one of ${expected.aliases.join(', ')}`,
      )
      assert.equal(speaker.kind, expected.kind, speaker.name)
    })
    assert.deepEqual(
      data.speakers.map((s) => s.name),
      [
        'les talibans',
        'les autorités afghanes',
        'un responsable des forces pakistanaises de sécurité',
        'plusieurs habitants de la zone',
        'Zabihullah Mujahid',
        "le ministère afghan de l'Intérieur",
        'Tariq Arian',
      ],
    )
  })

  test('the roles the gold gives: the two spokesmen and the anonymous official', () => {
    const roles = data.speakers.map((s) => [goldIdOf.get(s.id), s.role])
    assert.deepEqual(
      roles,
      gold.speakers.map((s) => [s.id, s.role ?? null]),
    )
    assert.deepEqual(
      roles.filter(([, role]) => role !== null).map(([, role]) => role),
      [
        'responsable des forces pakistanaises de sécurité',
        'un porte-parole des talibans',
        'le porte-parole du ministère',
      ],
    )
  })

  test('the Pakistani official is anonymous with the reason the text gives', () => {
    const official = data.speakers[2]
    assert.equal(goldIdOf.get(official.id), 'pak-official')
    assert.equal(official.kind, 'anonymous')
    assert.equal(official.anonymityReason?.text, gold.speakers[2].anonymity_reason)
    assert.equal(
      text.slice(official.anonymityReason?.start, official.anonymityReason?.end),
      "ayant requis l'anonymat",
    )
    assert.deepEqual(
      official.mentions.map((m) => [m.kind, m.text]),
      [
        ['description', 'Un responsable des forces pakistanaises de sécurité'],
        ['description', 'Le responsable pakistanais'],
      ],
    )
  })

  test('Mujahid: his name, his role, and the il of a-t-il ajouté', () => {
    const mujahid = data.speakers[4]
    assert.deepEqual(
      mujahid.mentions.map((m) => [m.kind, m.text]),
      [
        ['name', 'Zabihullah Mujahid'],
        ['description', 'un porte-parole des talibans'],
        ['pronoun', 'il'],
      ],
    )
  })

  test('eight quotations with their speakers, cues, media and methods', () => {
    const quotes = data.attributions.filter((a) => a.kind === 'quote')
    assert.deepEqual(
      quotes.map((q) => ({
        text: q.text,
        speaker: goldIdOf.get(q.speaker ?? '') ?? null,
        cue: q.cue?.text ?? null,
        medium: q.medium?.text ?? null,
        method: q.method,
      })),
      gold.quotes.map((q, i) => ({
        text: q.text,
        speaker: q.speaker,
        cue: q.cue,
        medium: q.medium ?? null,
        method: METHODS[i],
      })),
    )
  })

  test('the pronoun and the description are linked to their antecedents', () => {
    const quotes = data.attributions.filter((a) => a.kind === 'quote')
    assert.deepEqual(
      [quotes[2], quotes[6], quotes[7]].map((q) => [q.source?.text, q.antecedent?.text]),
      [
        ['il', 'un porte-parole des talibans'],
        ['Le responsable pakistanais', 'Un responsable des forces pakistanaises de sécurité'],
        ['Le responsable pakistanais', 'Un responsable des forces pakistanaises de sécurité'],
      ],
    )
  })

  test('four claims with their speakers and cues, and the medium of the residents', () => {
    const claims = data.attributions.filter((a) => a.kind === 'claim' && a.speaker !== null)
    assert.deepEqual(
      claims.map((c) => ({
        starts: c.text.slice(0, 40),
        speaker: goldIdOf.get(c.speaker ?? ''),
        cue: c.cue?.text,
        medium: c.medium?.text ?? null,
      })),
      gold.claims.map((c) => ({
        starts: text.slice(text.indexOf(c.sentence_starts)).slice(0, 40),
        speaker: c.speaker,
        cue: c.cue,
        medium: c.medium ?? null,
      })),
    )
  })

  test('the two unattributed claims are claims with no speaker, at their trigger', () => {
    const unattributed = data.attributions.filter((a) => a.speaker === null)
    assert.deepEqual(
      unattributed.map((a) => [a.kind, a.cue?.text, a.method]),
      gold.unattributed.map((u) => ['claim', u.text, 'none']),
    )
  })

  test('exactly two messages: the unattributed claims, nothing else', () => {
    assertMessages(analysis, [
      expectedMessage(
        text,
        'unattributed-claim',
        'warning',
        'a longtemps été accusé',
        'Unattributed claim: “a longtemps été accusé” (agentless passive: accused or described by whom?). Say who makes the claim (“X said”, “according to X”) or rephrase.',
      ),
      expectedMessage(
        text,
        'unattributed-claim',
        'warning',
        'réputée abriter',
        "Unattributed claim: “réputée abriter” (hedged claim ('réputé') with no source). Say who makes the claim (“X said”, “according to X”) or rephrase.",
      ),
    ])
    assert.deepEqual(
      gold.unattributed.map((u) => u.rule),
      ['unattributed-claim', 'unattributed-claim'],
    )
  })

  test('the same under every anonymity policy but report-all, which adds one information', () => {
    assert.equal(analyzeText(text, { anonymity: 'off' }).messages.length, 2)
    const all = analyzeText(text, { anonymity: 'report-all' })
    assert.deepEqual(
      all.messages.map((m) => [m.ruleId, m.reason]),
      [
        [
          'anonymous-source',
          'Anonymous source: “Un responsable des forces pakistanaises de sécurité”.',
        ],
        ['unattributed-claim', analysis.messages[0].reason],
        ['unattributed-claim', analysis.messages[1].reason],
      ],
    )
  })
})
