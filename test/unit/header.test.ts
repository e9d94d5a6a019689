/**
 * The `date YYYY[-MM[-DD]] Dateline |` header: what a valid one gives, and the exact range and
 * message of each way of getting it wrong (the `invalid-header` rule).
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertMessages, expectedMessage } from './helpers'

const NO_HEADER = 'the rest of the text is analysed as if there were no header.'

describe('a valid header', () => {
  test('gives the date, the dateline and their exact spans; the lede starts the body', () => {
    const text = 'date 2024-03-12 Lyon | Le maire a démissionné.'
    const { data, messages } = analyzeText(text)
    assert.deepEqual(data.header, {
      start: 0,
      end: 22,
      date: '2024-03-12',
      dateSpan: { start: 5, end: 15, text: '2024-03-12' },
      dateline: 'Lyon',
      datelineSpan: { start: 16, end: 20, text: 'Lyon' },
    })
    assert.equal(text.slice(0, 22), 'date 2024-03-12 Lyon |')
    assert.deepEqual(data.paragraphs, [{ start: 23, end: 46 }])
    assert.equal(text.slice(23, 46), 'Le maire a démissionné.')
    assert.deepEqual(messages, [])
  })

  test('accepts a year alone, leading white space and a dateline of several words', () => {
    const text = '  date 2024 Spin Boldak | Texte.'
    const { data, messages } = analyzeText(text)
    assert.deepEqual(data.header, {
      start: 2,
      end: 25,
      date: '2024',
      dateSpan: { start: 7, end: 11, text: '2024' },
      dateline: 'Spin Boldak',
      datelineSpan: { start: 12, end: 23, text: 'Spin Boldak' },
    })
    assert.deepEqual(messages, [])
  })

  test('accepts a year and month, and a dateline with parentheses after a byte-order mark', () => {
    const text = '\ufeffdate 2021-07 Kaboul (AFP) | Texte.'
    const { data } = analyzeText(text)
    assert.equal(data.header?.date, '2021-07')
    assert.deepEqual(data.header?.datelineSpan, { start: 14, end: 26, text: 'Kaboul (AFP)' })
    assert.equal(data.header?.start, 1)
    assert.equal(text.slice(data.header?.start, data.header?.end), 'date 2021-07 Kaboul (AFP) |')
  })

  test('stands on the first non-blank line, with tabs and no space before the bar', () => {
    const blankFirst = analyzeText('\n\n  date 2024 Paris | Texte.')
    assert.deepEqual(blankFirst.data.header?.dateSpan, { start: 9, end: 13, text: '2024' })
    const tabs = analyzeText('date\t2024-05-01\tSpin Boldak  |  Lede here.')
    assert.deepEqual(tabs.data.header?.datelineSpan, { start: 16, end: 27, text: 'Spin Boldak' })
    assert.deepEqual(tabs.data.paragraphs, [{ start: 32, end: 42 }])
    const tight = analyzeText('date 2024 Lyon|a.')
    assert.equal(tight.data.header?.dateline, 'Lyon')
    assert.equal(tight.data.header?.end, 15)
  })

  test('knows 29 February of a leap year', () => {
    const { data, messages } = analyzeText('date 2024-02-29 Lyon | a.')
    assert.equal(data.header?.date, '2024-02-29')
    assert.deepEqual(messages, [])
  })

  test('is optional: a text without one has none and no message', () => {
    const { data, messages } = analyzeText('Le maire a démissionné.')
    assert.equal(data.header, null)
    assert.deepEqual(messages, [])
  })

  test('is only read at the start: `date …|` later in the text is prose', () => {
    const { data, messages } = analyzeText('Texte date 2024 Paris | non.')
    assert.equal(data.header, null)
    assert.deepEqual(messages, [])
  })
})

describe('invalid-header', () => {
  const cases: Array<{ name: string; text: string; phrase: string; reason: string }> = [
    {
      name: 'a month that does not exist (the date is the range)',
      text: 'date 2021-13 Kandahar | Texte.',
      phrase: '2021-13',
      reason: `Malformed header: month 13 does not exist: write a month from 01 to 12; ${NO_HEADER}`,
    },
    {
      name: 'month 00',
      text: 'date 2024-00 Lyon | a.',
      phrase: '2024-00',
      reason: `Malformed header: month 00 does not exist: write a month from 01 to 12; ${NO_HEADER}`,
    },
    {
      name: 'a day past the end of the month',
      text: 'date 2021-02-30 Kandahar | Texte.',
      phrase: '2021-02-30',
      reason: `Malformed header: day 30 does not exist in 2021-02; ${NO_HEADER}`,
    },
    {
      name: '29 February of a common year',
      text: 'date 2023-02-29 Lyon | a.',
      phrase: '2023-02-29',
      reason: `Malformed header: day 29 does not exist in 2023-02; ${NO_HEADER}`,
    },
    {
      name: 'a two-digit year',
      text: 'date 21-07 Kandahar | Texte.',
      phrase: '21-07',
      reason: `Malformed header: "21-07" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD; ${NO_HEADER}`,
    },
    {
      name: 'letters in the date',
      text: 'date 2021-07-x Kandahar | Texte.',
      phrase: '2021-07-x',
      reason: `Malformed header: "2021-07-x" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD; ${NO_HEADER}`,
    },
    {
      name: 'a missing bar (the whole line is the range)',
      text: 'date 2021-07 Kandahar Texte sans barre.',
      phrase: 'date 2021-07 Kandahar Texte sans barre.',
      reason: `Malformed header: the dateline must end with \`|\` (\`date 2021-07 Kandahar | …\`); ${NO_HEADER}`,
    },
    {
      name: 'a missing dateline (from `date` to the bar)',
      text: 'date 2021-07 | Texte.',
      phrase: 'date 2021-07 |',
      reason: `Malformed header: the dateline is missing (\`date 2021-07 Kandahar | …\`); ${NO_HEADER}`,
    },
  ]
  for (const { name, text, phrase, reason } of cases) {
    test(name, () => {
      const analysis = analyzeText(text)
      assert.equal(analysis.data.header, null)
      assertMessages(analysis, [expectedMessage(text, 'invalid-header', 'error', phrase, reason)])
    })
  }

  test('the range skips the indentation of an indented header', () => {
    const text = '   date 2021-07 Kandahar sans barre.\n\nSuite.'
    const analysis = analyzeText(text)
    assertMessages(analysis, [
      expectedMessage(
        text,
        'invalid-header',
        'error',
        'date 2021-07 Kandahar sans barre.',
        `Malformed header: the dateline must end with \`|\` (\`date 2021-07 Kandahar | …\`); ${NO_HEADER}`,
      ),
    ])
  })

  test('the rest of the file is still analysed, from after the malformed header’s `|`', () => {
    const text = 'date 2021-13 Kandahar | Le suspect aurait fui.\n\nSuite.'
    const analysis = analyzeText(text)
    // The lede starts at `Le` (offset 24): the malformed header is not read as prose.
    assert.deepEqual(analysis.data.paragraphs, [
      { start: 24, end: 46 },
      { start: 48, end: 54 },
    ])
    assert.deepEqual(
      analysis.messages.map((m) => m.ruleId),
      ['invalid-header', 'unattributed-claim'],
    )
  })

  test('with no `|`, only `date` and its date are set aside: the lede on the line is read', () => {
    const text = 'date 2021 Lyon Les talibans «Nous partons», a dit Paul Martin.'
    const analysis = analyzeText(text)
    // The first paragraph starts at `Lyon` (offset 10).
    assert.deepEqual(analysis.data.paragraphs, [{ start: 10, end: text.length }])
    assert.deepEqual(
      analysis.data.attributions.map((a) => [a.kind, a.text]),
      [['quote', 'Nous partons']],
    )
  })

  test('an [!allow …] line before the header does not hide it and applies to the whole file', () => {
    const text =
      '[!allow vague-attribution]\ndate 2021-07-02 Kandahar | Selon certains observateurs, la ville va tomber.\n\nSelon certains experts, elle tiendra.'
    const analysis = analyzeText(text)
    assert.equal(analysis.data.header?.dateline, 'Kandahar')
    assert.deepEqual(analysis.messages, [])
  })

  test('says it in French under the French locale', () => {
    const fr = (text: string, phrase: string, reason: string) =>
      assertMessages(analyzeText(text, { locale: 'fr' }), [
        expectedMessage(
          text,
          'invalid-header',
          'error',
          phrase,
          `${reason} ; le reste du texte est analysé sans en-tête.`,
        ),
      ])
    fr(
      'date 2021-13 Kandahar | Texte.',
      '2021-13',
      "En-tête mal formé : le mois 13 n'existe pas : écrivez un mois de 01 à 12",
    )
    fr(
      'date 2021-07 Kandahar sans barre.',
      'date 2021-07 Kandahar sans barre.',
      'En-tête mal formé : le lieu doit être suivi de `|` (`date 2021-07 Kandahar | …`)',
    )
  })
})
