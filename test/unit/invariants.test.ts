/**
 * What holds for any input, checked on generated dispatch-like texts: the analysis never throws
 * and reports no internal error, every span is the words of the text at its offsets, every
 * message range lies in the text, and results come in text order.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { messageRange } from '../../server/src/analysis'
import { analyzeText, assertSpansMatchText } from './helpers'

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Paul Martin', 'Anne Roy', 'il', 'elle', 'she', 'he') },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'a déclaré',
      'a-t-il ajouté',
      'dit-elle',
      'said',
      'told reporters',
      'selon',
      'according to',
      'aurait fui',
      'a été accusé',
      'allegedly',
      'un responsable',
      'a senior official',
      'certains observateurs',
      'le ministère',
      'the report',
    ),
  },
  {
    weight: 8,
    arbitrary: fc.constantFrom(' ', ' ', ' ', '\u00a0', '\u202f', '\n', '\r\n', '\n\n'),
  },
  { weight: 6, arbitrary: fc.constantFrom('«', '»', '“', '”', '"', '‘', '’', '‹', '›', "'") },
  { weight: 4, arbitrary: fc.constantFrom('.', ',', ':', ';', '!', '?', '…', '(', ')', '—', 'M.') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '[@Paul Martin]',
      '[@anonymous | raison]',
      '[@X|]',
      '[@]',
      '[!allow unattributed-claim]',
      '[!allow nope]',
      '[!allow]',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('date 2024-03-12 Lyon |', 'date 2021-13 X |', '\ufeff') },
  { weight: 1, arbitrary: fc.constantFrom('😀', '北京', 'é') },
)

const dispatch = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''))

describe('invariants of the analysis', () => {
  test('never throws, and every span and range is the text at its offsets', () => {
    fc.assert(
      fc.property(dispatch, fc.constantFrom('fr', 'en', 'auto'), (text, language) => {
        const analysis = analyzeText(text, { language, anonymity: 'report-all' })
        assert.deepEqual(
          analysis.messages.filter((m) => m.ruleId === 'internal-error'),
          [],
        )
        assertSpansMatchText(analysis)
        for (const message of analysis.messages) {
          const { start, end } = messageRange(message)
          assert.ok(0 <= start && start <= end && end <= text.length)
          assert.equal(message.actual, text.slice(start, end))
        }
        const starts = analysis.data.attributions.map((a) => a.start)
        assert.deepEqual(
          starts,
          [...starts].sort((a, b) => a - b),
        )
        for (const speaker of analysis.data.speakers) {
          const offsets = speaker.mentions.map((m) => m.start)
          assert.deepEqual(
            offsets,
            [...offsets].sort((a, b) => a - b),
          )
        }
      }),
      { numRuns: 300 },
    )
  })

  test('an empty text, only white space, or only annotations give an empty analysis', () => {
    for (const text of ['', ' \n\r\n\t', '[@Paul Martin]', '\ufeff']) {
      const { data, messages } = analyzeText(text)
      assert.deepEqual(
        [data.paragraphs, data.attributions, data.speakers, messages],
        [[], [], [], []],
        JSON.stringify(text),
      )
    }
  })
})
