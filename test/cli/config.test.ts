import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseConfig } from '../../server/src/config'

describe('parseConfig', () => {
  test('a valid file gives its settings and no problem', () => {
    const text = `{
  "$schema": "./node_modules/dispatch-lens/config.schema.json",
  "language": "fr",
  "locale": "fr",
  "anonymity": "report-all",
  "rules": { "unattributed-claim": "off", "unclosed-quote": "warning" },
  "extraVerbs": { "fr": ["a tonné"], "en": ["thundered"] }
}`
    assert.deepEqual(parseConfig(text), {
      settings: {
        language: 'fr',
        locale: 'fr',
        anonymity: 'report-all',
        rules: { 'unattributed-claim': 'off', 'unclosed-quote': 'warning' },
        extraVerbs: { fr: ['a tonné'], en: ['thundered'] },
      },
      problems: [],
    })
  })

  test('an empty object is the defaults', () => {
    assert.deepEqual(parseConfig('{}\n'), { settings: {}, problems: [] })
  })

  test('invalid JSON is reported at its line and column, and defaults are used', () => {
    assert.deepEqual(parseConfig('{\n  "language": "fr",\n}'), {
      settings: {},
      problems: [
        {
          line: 3,
          column: 1,
          offset: 22,
          length: 1,
          message:
            'Invalid JSON: property name (in double quotes) expected. Fix the syntax of the file.',
        },
      ],
    })
    assert.deepEqual(
      parseConfig('').problems[0].message,
      'Invalid JSON: value expected. Fix the syntax of the file.',
    )
    assert.deepEqual(
      parseConfig('// comment\n{}').problems.map((problem) => problem.message),
      ['Invalid JSON: comments are not allowed in JSON. Fix the syntax of the file.'],
    )
  })

  test('the top level must be an object', () => {
    assert.deepEqual(parseConfig('["fr"]').problems, [
      {
        line: 1,
        column: 1,
        offset: 0,
        length: 6,
        message: 'The configuration must be a JSON object: `{}`.',
      },
    ])
  })

  test('unknown keys, wrong types, unknown rules and bad severities each give a placed problem', () => {
    const text = [
      '{',
      '  "langauge": "fr",',
      '  "anonymity": 2,',
      '  "rules": { "unatributed-quote": "off", "unclosed-quote": "warn", "vague-attribution": "info" },',
      '  "extraVerbs": { "de": ["sagte"], "fr": ["a tonné", ""] }',
      '}',
    ].join('\n')
    const { settings, problems } = parseConfig(text)
    // The valid parts are kept; each invalid one falls back to its default.
    assert.deepEqual(settings, {
      rules: { 'vague-attribution': 'info' },
      extraVerbs: { fr: ['a tonné'] },
    })
    assert.deepEqual(
      problems.map(({ line, column, message }) => ({ line, column, message })),
      [
        {
          line: 2,
          column: 3,
          message:
            'Unknown setting "langauge". Did you mean "language"? Known settings: language, locale, anonymity, rules, extraVerbs.',
        },
        {
          line: 3,
          column: 16,
          message: '"anonymity" must be "require-reason", "report-all" or "off"; got 2.',
        },
        {
          line: 4,
          column: 14,
          message:
            'Unknown rule "unatributed-quote" in "rules". Did you mean "unattributed-quote"? Known rules: unattributed-quote, unattributed-claim, vague-attribution, anonymous-source, anonymous-without-reason, unclosed-quote, invalid-header, unknown-rule, quote-style.',
        },
        {
          line: 4,
          column: 60,
          message:
            'The severity of "unclosed-quote" must be "error", "warning", "info" or "off"; got "warn". Did you mean "warning"?',
        },
        {
          line: 5,
          column: 19,
          message: 'Unknown language "de" in "extraVerbs": use "fr" or "en".',
        },
        {
          line: 5,
          column: 54,
          message: 'Each verb in "extraVerbs.fr" must be a non-empty string; got "".',
        },
      ],
    )
  })

  test('wrong types name the setting, what it must be and what it got', () => {
    const messages = (text: string) => parseConfig(text).problems.map((problem) => problem.message)
    assert.deepEqual(messages('{"language": "de"}'), [
      '"language" must be "auto", "fr" or "en"; got "de".',
    ])
    assert.deepEqual(messages('{"locale": true}'), ['"locale" must be "en" or "fr"; got true.'])
    assert.deepEqual(messages('{"rules": []}'), [
      '"rules" must be an object, such as {"unattributed-claim": "off"}.',
    ])
    assert.deepEqual(messages('{"extraVerbs": {"en": "said"}}'), [
      '"extraVerbs.en" must be an array of strings; got "said".',
    ])
    assert.deepEqual(messages('{"$schema": 1}'), ['"$schema" must be a string'])
  })

  test('a repeated key is reported and its first value kept', () => {
    const { settings, problems } = parseConfig('{"language": "fr",\n "language": "en"}')
    assert.deepEqual(settings, { language: 'fr' })
    assert.deepEqual(
      problems.map(({ line, column, message }) => ({ line, column, message })),
      [{ line: 2, column: 2, message: 'Duplicate setting "language": remove one of the two.' }],
    )
  })

  test('columns count UTF-16 code units after non-ASCII text and CRLF line ends', () => {
    const { problems } = parseConfig('{\r\n"extraVerbs": {"fr": ["a tonné", 5]}}')
    assert.deepEqual(
      problems.map(({ line, column }) => ({ line, column })),
      [{ line: 2, column: 34 }],
    )
  })
})
