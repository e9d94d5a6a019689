/**
 * `strip`: the publishable text. Annotations go (with the one space that attached them to the
 * text before them, so no double space or space before punctuation is left); every other
 * character stays where it was.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { strip } from '../../server/src/analysis'

describe('strip', () => {
  const cases: Array<[string, string, string]> = [
    [
      'a speaker annotation with a role, before punctuation',
      '«Salut» [@Anne Roy | maire]. Fin.',
      '«Salut». Fin.',
    ],
    ['an annotation glued to the closing mark', '«Salut»[@Anne Roy].', '«Salut».'],
    ['an annotation between two words keeps one space', 'a [@X] b', 'a b'],
    ['two annotations in a row between words', 'a [@X] [@Y] b', 'a b'],
    ['a tab before and after', 'a\t[@X]\tb', 'a\tb'],
    ['a non-breaking space before a comma', 'x\u00a0[@Y], z', 'x, z'],
    ['an annotation ending the text', 'fin [@X]', 'fin'],
    ['an annotation starting the text keeps the space after it', '[@X] début', ' début'],
    [
      'an allow directive on its own line keeps the line ends',
      '[!allow unattributed-claim]\n\nTexte.',
      '\n\nTexte.',
    ],
    [
      'an allow directive inside a paragraph',
      'Texte [!allow vague-attribution] suite.',
      'Texte suite.',
    ],
    [
      'CRLF line ends stay as they are',
      '«Oui», a-t-il dit [@Paul Martin]\r\n\r\nFin.',
      '«Oui», a-t-il dit\r\n\r\nFin.',
    ],
    [
      'an anonymous annotation with a typographic apostrophe',
      '«Oui» [@anonymous | ayant requis l’anonymat]\n',
      '«Oui»\n',
    ],
  ]
  for (const [name, input, output] of cases) {
    test(name, () => assert.equal(strip(input), output))
  }

  test('keeps a byte-order mark and the header', () => {
    assert.equal(
      strip('\ufeffdate 2024 Lyon | «Oui» [@Paul Martin].'),
      '\ufeffdate 2024 Lyon | «Oui».',
    )
  })

  test('leaves brackets that are not annotations', () => {
    const text = 'no annotation here [not one] (@x) [@broken\nacross lines]'
    assert.equal(strip(text), text)
  })

  test('keeps the seed byte for byte: it has no annotation', async () => {
    const { readFile } = await import('node:fs/promises')
    const seed = await readFile(
      new URL('../../examples/kandahar.dispatch', import.meta.url),
      'utf8',
    )
    assert.equal(strip(seed), seed)
  })

  // Text made of words, white space, punctuation, quote marks and whole annotations.
  const fragment = fc.oneof(
    fc.constantFrom('Le', 'maire', 'said', '«', '»', '“', '”', ',', '.', ':', 'é', '’', '😀'),
    fc.constantFrom(' ', ' ', '\u00a0', '\t', '\n', '\r\n', '\n\n'),
    fc.constantFrom('[@Paul Martin]', '[@X | role]', '[@anonymous | raison]', '[!allow x]'),
  )
  const dispatch = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''))
  const ANNOTATION = /\[[@!][^\]\n\r]*\]/g

  test('keeps every character but annotations and at most one space before each', () => {
    fc.assert(
      fc.property(dispatch, (text) => {
        const stripped = strip(text)
        const kept = text.replace(ANNOTATION, '')
        const annotations = text.match(ANNOTATION)?.length ?? 0
        // Same non-space characters in the same order…
        assert.equal(stripped.replace(/[ \t\u00a0]/g, ''), kept.replace(/[ \t\u00a0]/g, ''))
        // …and only attaching spaces removed, never a line end.
        assert.equal(stripped.replace(/[^\r\n]/g, ''), kept.replace(/[^\r\n]/g, ''))
        assert.ok(kept.length - stripped.length <= annotations)
      }),
    )
  })

  test('is idempotent', () => {
    fc.assert(fc.property(dispatch, (text) => strip(strip(text)) === strip(text)))
  })

  test('returns a text without annotations unchanged', () => {
    const plain = fc
      .string({ unit: 'grapheme', maxLength: 200 })
      .filter((text) => !/\[[@!]/.test(text))
    fc.assert(fc.property(plain, (text) => strip(text) === text))
  })
})
