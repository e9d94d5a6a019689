/**
 * Every rule's default severity, and the severity settings: each rule can be raised, lowered or
 * turned off, and vfile's `fatal` carries it (true = error, false = warning, undefined = info).
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { messageSeverity, RULE_IDS, RULES, ruleUrl } from '../../server/src/analysis'
import { severityOf } from '../../server/src/analysis/plugins/severity'
import { analyzeText, viewMessage } from './helpers'

/** One text that raises every rule but anonymous-source (off by default). */
const EVERYTHING =
  'date 2021-13 Lyon | Texte.\n\nUn responsable policier a indiqué que le bilan était lourd. ' +
  'Le suspect aurait fui. Selon certains observateurs, rien n’est joué.\n\n' +
  'Le texte «\u00a0ouvert\n\nAucun locuteur.\n\n«Jamais.» [!allow nothing]'

function rulesAndSeverities(settings = {}) {
  const analysis = analyzeText(EVERYTHING, settings)
  return analysis.messages.map((m) => [
    m.ruleId,
    messageSeverity(m),
    viewMessage(EVERYTHING, m).text,
  ])
}

describe('rule table', () => {
  test('lists every rule once with its default severity and documentation page', () => {
    assert.deepEqual(
      RULES.map((rule) => [rule.id, rule.severity]),
      [
        ['unattributed-quote', 'warning'],
        ['unattributed-claim', 'warning'],
        ['vague-attribution', 'warning'],
        ['anonymous-source', 'info'],
        ['anonymous-without-reason', 'warning'],
        ['unclosed-quote', 'error'],
        ['invalid-header', 'error'],
        ['unknown-rule', 'warning'],
        ['quote-style', 'info'],
      ],
    )
    assert.deepEqual(
      RULE_IDS,
      RULES.map((rule) => rule.id),
    )
    assert.equal(
      ruleUrl('unclosed-quote'),
      'https://github.com/dispatch-lens/dispatch-lens/blob/main/docs/rules/unclosed-quote.md',
    )
  })

  test('severityOf: the anonymity policy decides the two anonymity rules unless set', () => {
    assert.equal(severityOf({}, 'anonymous-source'), 'off')
    assert.equal(severityOf({ anonymity: 'report-all' }, 'anonymous-source'), 'info')
    assert.equal(severityOf({ anonymity: 'off' }, 'anonymous-without-reason'), 'off')
    assert.equal(severityOf({ anonymity: 'require-reason' }, 'anonymous-without-reason'), 'warning')
    assert.equal(
      severityOf(
        { anonymity: 'off', rules: { 'anonymous-without-reason': 'error' } },
        'anonymous-without-reason',
      ),
      'error',
    )
  })
})

describe('severities of the messages', () => {
  test('default: each rule at its own severity', () => {
    assert.deepEqual(rulesAndSeverities(), [
      ['invalid-header', 'error', '2021-13'],
      ['anonymous-without-reason', 'warning', 'Un responsable policier'],
      ['unattributed-claim', 'warning', 'aurait fui'],
      ['vague-attribution', 'warning', 'Selon certains observateurs'],
      ['unclosed-quote', 'error', '«'],
      ['unattributed-quote', 'warning', 'ouvert'],
      ['unattributed-quote', 'warning', 'Jamais.'],
      ['unknown-rule', 'warning', 'nothing'],
    ])
  })

  test('set per rule: raised to error, lowered to info, or off', () => {
    const settings = {
      rules: {
        'invalid-header': 'warning',
        'anonymous-without-reason': 'error',
        'unattributed-claim': 'info',
        'vague-attribution': 'off',
        'unclosed-quote': 'info',
        'unattributed-quote': 'off',
        'unknown-rule': 'error',
      },
    } as const
    assert.deepEqual(rulesAndSeverities(settings), [
      ['invalid-header', 'warning', '2021-13'],
      ['anonymous-without-reason', 'error', 'Un responsable policier'],
      ['unattributed-claim', 'info', 'aurait fui'],
      ['unclosed-quote', 'info', '«'],
      ['unknown-rule', 'error', 'nothing'],
    ])
  })

  test('every rule off: no message at all', () => {
    const rules = Object.fromEntries(RULE_IDS.map((id) => [id, 'off' as const]))
    assert.deepEqual(rulesAndSeverities({ rules, anonymity: 'report-all' }), [])
  })

  test('anonymous-source at the severity given, next to anonymous-without-reason', () => {
    const rows = rulesAndSeverities({ rules: { 'anonymous-source': 'warning' } })
    assert.deepEqual(rows.slice(1, 3), [
      ['anonymous-source', 'warning', 'Un responsable policier'],
      ['anonymous-without-reason', 'warning', 'Un responsable policier'],
    ])
  })

  test('an unknown rule id in the settings is ignored', () => {
    assert.deepEqual(rulesAndSeverities({ rules: { 'no-such-rule': 'off' } }), rulesAndSeverities())
  })
})
