/**
 * Reading annotations: `[@Name]`, `[@Name | role]`, `[@anonymous | reason]` and
 * `[!allow rule-id]` with its scope; and that annotation words never reach the analysis.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { findAnnotations, maskAnnotations } from '../../server/src/analysis/parse/annotations'
import { analyzeText } from './helpers'

/** An annotation as the words of each of its parts. */
function words(text: string) {
  return analyzeText(text).data.annotations.map((a) => ({
    kind: a.kind,
    whole: text.slice(a.start, a.end),
    name: a.name && text.slice(a.name.start, a.name.end),
    role: a.role && text.slice(a.role.start, a.role.end),
    rule: a.rule && text.slice(a.rule.start, a.rule.end),
    scope: a.scope,
  }))
}

describe('speaker annotations', () => {
  test('[@Name] gives a name; [@Name | role] a role, trimmed of white space', () => {
    assert.deepEqual(words('«Oui»[@Paul Martin]. «Non» [@ Anne  Roy |  maire de Lyon ].'), [
      {
        kind: 'speaker',
        whole: '[@Paul Martin]',
        name: 'Paul Martin',
        role: null,
        rule: null,
        scope: null,
      },
      {
        kind: 'speaker',
        whole: '[@ Anne  Roy |  maire de Lyon ]',
        name: 'Anne  Roy',
        role: 'maire de Lyon',
        rule: null,
        scope: null,
      },
    ])
  })

  test('[@anonymous | reason] keeps the reason in the role slot, with exact offsets', () => {
    const text = '«Oui» [@anonymous | ayant requis l’anonymat].'
    assert.deepEqual(analyzeText(text).data.annotations, [
      {
        kind: 'speaker',
        start: 6,
        end: 44,
        name: { start: 8, end: 17, text: 'anonymous' },
        role: { start: 20, end: 43, text: 'ayant requis l’anonymat' },
        rule: null,
        scope: null,
      },
    ])
  })

  test('an empty name or role is null; the brackets are still an annotation', () => {
    assert.deepEqual(
      words('Texte [@] et [@Name|].').map((a) => [a.whole, a.name, a.role]),
      [
        ['[@]', null, null],
        ['[@Name|]', 'Name', null],
      ],
    )
  })

  test('brackets without a sigil, or across a line end, are prose', () => {
    assert.deepEqual(words('Un texte [entre crochets] et [@nom\ncoupé].'), [])
  })
})

describe('allow directives', () => {
  test('on lines of their own before the first paragraph, apply to the whole file', () => {
    const text = '[!allow unattributed-claim]\n[!allow vague-attribution]\n\nTexte.'
    assert.deepEqual(words(text), [
      {
        kind: 'allow',
        whole: '[!allow unattributed-claim]',
        name: null,
        role: null,
        rule: 'unattributed-claim',
        scope: 'file',
      },
      {
        kind: 'allow',
        whole: '[!allow vague-attribution]',
        name: null,
        role: null,
        rule: 'vague-attribution',
        scope: 'file',
      },
    ])
  })

  test('inside a paragraph, apply to that paragraph', () => {
    const text = 'Le suspect aurait fui. [!allow unattributed-claim]\n\nLe maire serait parti.'
    assert.deepEqual(
      words(text).map((a) => [a.rule, a.scope]),
      [['unattributed-claim', 'paragraph']],
    )
  })

  test('with no rule, or another verb than allow, carry no rule', () => {
    assert.deepEqual(
      words('Texte. [!allow] [!foo bar] [!allowed x]').map((a) => [a.whole, a.rule]),
      [
        ['[!allow]', null],
        ['[!foo bar]', null],
        ['[!allowed x]', null],
      ],
    )
  })
})

describe('masking', () => {
  test('replaces annotations and a byte-order mark with spaces of the same length', () => {
    const text = '\ufeff«Oui» [@Paul Martin | maire].'
    const masked = maskAnnotations(text, findAnnotations(text))
    assert.equal(masked, ` «Oui» ${' '.repeat('[@Paul Martin | maire]'.length)}.`)
    assert.equal(masked.length, text.length)
  })

  test('leaves a text without annotations as it is', () => {
    const text = 'Rien à masquer.'
    assert.equal(maskAnnotations(text, findAnnotations(text)), text)
  })

  test('keeps annotation words out of the analysis: no cue, no name read inside them', () => {
    const { data, messages } = analyzeText('Le maire est parti. [@Paul Martin a déclaré]\n')
    assert.deepEqual(data.speakers, [])
    assert.deepEqual(data.attributions, [])
    assert.deepEqual(messages, [])
    assert.equal(analyzeText('[@The Minister said] Il est parti.').data.language, 'fr')
  })
})
