/**
 * The parser: paragraphs, quotations and sentences, with exact offsets through line ends,
 * byte-order marks and non-breaking spaces; and the syntax tree it hands to the plugins.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { VFile } from 'vfile'
import { createProcessor } from '../../server/src/analysis'
import {
  findParagraphs,
  findQuotations,
  findSentences,
} from '../../server/src/analysis/parse/structure'
import { analyzeText } from './helpers'

/** The words of each paragraph, quotation (inside the marks) and sentence of a text. */
function structure(text: string) {
  const paragraphs = findParagraphs(text, 0)
  const quotes = findQuotations(text, paragraphs)
  const sentences = findSentences(text, paragraphs, quotes)
  return {
    paragraphs: paragraphs.map((p) => text.slice(p.start, p.end)),
    quotes: quotes.map((q) => ({
      inside: text.slice(q.start, q.end),
      open: text[q.open],
      closed: q.close === null ? null : text[q.close],
    })),
    sentences: sentences.map((s) => text.slice(s.start, s.end)),
  }
}

describe('paragraphs', () => {
  test('are separated by blank lines; wrapped lines stay in one paragraph', () => {
    const text = 'Premier paragraphe,\nsur deux lignes.\n\n\nSecond.\n \t\nTroisième.'
    assert.deepEqual(structure(text).paragraphs, [
      'Premier paragraphe,\nsur deux lignes.',
      'Second.',
      'Troisième.',
    ])
  })

  test('keep exact offsets with CRLF line ends, and leading or trailing blank lines', () => {
    const text = '\r\n  \r\nUn.\r\nDeux.\r\n\r\nTrois.\r\n'
    const { data } = analyzeText(text)
    assert.deepEqual(data.paragraphs, [
      { start: 6, end: 16 },
      { start: 20, end: 26 },
    ])
    assert.equal(text.slice(6, 16), 'Un.\r\nDeux.')
    assert.equal(text.slice(20, 26), 'Trois.')
  })

  test('treat Unicode line and paragraph separators as line ends', () => {
    assert.deepEqual(structure('A\n  \nB\u2028\u2028C').paragraphs, ['A', 'B', 'C'])
  })

  test('skip a byte-order mark, whose offset still counts', () => {
    const text = '\ufeffIl a dit «\u202fnon\u202f».'
    const { data } = analyzeText(text)
    assert.deepEqual(data.paragraphs, [{ start: 1, end: 18 }])
    assert.deepEqual(data.sentences, [{ start: 1, end: 18, paragraph: 0 }])
  })
})

describe('quotations', () => {
  test('of every style: « », “ ”, straight quotes', () => {
    const text = '«Un», dit-il. “Two,” he said. "Three," he said.'
    assert.deepEqual(structure(text).quotes, [
      { inside: 'Un', open: '«', closed: '»' },
      { inside: 'Two,', open: '“', closed: '”' },
      { inside: 'Three,', open: '"', closed: '"' },
    ])
  })

  test('trim non-breaking and narrow non-breaking spaces inside guillemets', () => {
    const text = 'Second «\u00a0bonjour\u00a0», a dit Marie. Il a dit «\u202fnon\u202f».'
    const { data } = analyzeText(text)
    const [first, second] = data.attributions
    assert.equal(first.text, 'bonjour')
    assert.deepEqual([first.open, first.start, first.end, first.close], [7, 9, 16, 17])
    assert.equal(second.text, 'non')
    assert.equal(text[second.open ?? -1], '«')
    assert.equal(text[second.close ?? -1], '»')
  })

  test('contain their nested quotations (“ ” and ‹ › inside « », ‘ ’ inside “ ”)', () => {
    assert.deepEqual(structure('«Il a dit “non” puis ‹ oui ›», a-t-il dit.').quotes, [
      { inside: 'Il a dit “non” puis ‹ oui ›', open: '«', closed: '»' },
    ])
    assert.deepEqual(structure('“We told them ‘we’re done’ twice,” she added.').quotes, [
      { inside: 'We told them ‘we’re done’ twice,', open: '“', closed: '”' },
    ])
  })

  test('may be partial: a few words inside a clause, several in one sentence', () => {
    const text = 'Nos «combattants se sont emparés». Les «forces» ont «repoussé» l’attaque.'
    assert.deepEqual(
      structure(text).quotes.map((q) => q.inside),
      ['combattants se sont emparés', 'forces', 'repoussé'],
    )
  })

  test('continue over paragraphs that reopen the mark: one quotation, closed once', () => {
    const text = '«Premier paragraphe.\n\n«Second paragraphe.\n\n«Fin», a dit Paul Martin.'
    const quotes = findQuotations(text, findParagraphs(text, 0))
    assert.equal(quotes.length, 1)
    assert.deepEqual(
      { ...quotes[0] },
      {
        open: 0,
        close: 47,
        start: 1,
        end: 47,
        mark: '«',
        reopens: [22, 43],
        firstParagraph: 0,
        lastParagraph: 2,
      },
    )
    assert.equal(text.slice(43, 48), '«Fin»')
    const english = '“First paragraph.\n\n“Second paragraph,” he said.'
    assert.deepEqual(structure(english).quotes, [
      { inside: 'First paragraph.\n\n“Second paragraph,', open: '“', closed: '”' },
    ])
  })

  test('left unclosed end at their paragraph, and the next paragraph is read normally', () => {
    const text = 'Le texte «\u00a0ouvert\n\nSuite «normale».'
    const quotes = findQuotations(text, findParagraphs(text, 0))
    assert.deepEqual(
      quotes.map((q) => ({ close: q.close, inside: text.slice(q.start, q.end) })),
      [
        { close: null, inside: 'ouvert' },
        { close: 33, inside: 'normale' },
      ],
    )
  })

  test('apostrophes ’ and feet/inch marks are not quotation marks', () => {
    assert.deepEqual(structure('Le 5’ est un nombre, l’AFP aussi, aujourd’hui.').quotes, [])
    assert.deepEqual(structure('The mayor’s office said it’s over.').quotes, [])
    const text = 'He is 6\'2" tall. "We won," said John Smith.'
    assert.deepEqual(structure(text).quotes, [{ inside: 'We won,', open: '"', closed: '"' }])
    // A ‘ at the top level is not an opening mark (English nests ‘ ’ inside “ ”).
    assert.deepEqual(structure('‘Hello’ is a word.').quotes, [])
  })
})

describe('sentences', () => {
  test('are not split inside a quotation', () => {
    const text =
      'Marie Dupont a déclaré : «Ce n’est pas fini. Nous partons. Demain.» Elle est partie.'
    assert.deepEqual(structure(text).sentences, [
      'Marie Dupont a déclaré : «Ce n’est pas fini. Nous partons. Demain.»',
      'Elle est partie.',
    ])
  })

  test('are not split after titles, initials and dotted acronyms', () => {
    const text = 'M. Dupont est arrivé. Dr. Smith too. J.-P. Martin aussi. U.S. officials left.'
    assert.deepEqual(structure(text).sentences, [
      'M. Dupont est arrivé.',
      'Dr. Smith too.',
      'J.-P. Martin aussi.',
      'U.S. officials left.',
    ])
  })

  test('end at ?, ! and …, and not at a decimal point', () => {
    const text = 'Mme Roy est là. Il a payé 3.5 euros. Fin?! Oui… Non.'
    assert.deepEqual(structure(text).sentences, [
      'Mme Roy est là.',
      'Il a payé 3.5 euros.',
      'Fin?!',
      'Oui…',
      'Non.',
    ])
  })

  test('go on after a quotation ending in ! when the next word is lower case', () => {
    assert.deepEqual(structure('«Non!» a-t-il crié. Puis il est parti.').sentences, [
      '«Non!» a-t-il crié.',
      'Puis il est parti.',
    ])
  })

  test('never cross a paragraph, even inside an unclosed quotation', () => {
    assert.deepEqual(structure('«Jamais fermée, a-t-il dit.\n\nAutre paragraphe.').sentences, [
      '«Jamais fermée, a-t-il dit.',
      'Autre paragraphe.',
    ])
  })
})

describe('the syntax tree', () => {
  test('holds the header, paragraphs of sentences of quotations, and annotations', () => {
    const text = 'date 2024 Lyon | «Oui», a dit Paul Martin [@Paul Martin]. Fin.\n\n«Non'
    const tree = createProcessor().parse(new VFile(text))
    const at = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
      text.slice(node.position?.start.offset, node.position?.end.offset)
    assert.deepEqual(
      tree.children.map((node) => [node.type, at(node)]),
      [
        ['header', 'date 2024 Lyon |'],
        ['paragraph', '«Oui», a dit Paul Martin [@Paul Martin]. Fin.'],
        ['annotation', '[@Paul Martin]'],
        ['paragraph', '«Non'],
      ],
    )
    const [, first, annotation, second] = tree.children
    assert.equal(annotation.type === 'annotation' && annotation.value, '[@Paul Martin]')
    assert.ok(first.type === 'paragraph' && second.type === 'paragraph')
    // Sentences hold their words; a quotation holds the words inside it.
    assert.deepEqual(
      first.children.map((sentence) => [at(sentence), sentence.children.map(at)]),
      [
        ['«Oui», a dit Paul Martin [@Paul Martin].', ['«Oui»', 'a', 'dit', 'Paul', 'Martin']],
        ['Fin.', ['Fin']],
      ],
    )
    const quotation = first.children[0].children[0]
    assert.ok(quotation.type === 'quotation')
    assert.deepEqual(quotation.children.map(at), ['Oui'])
    const unclosed = second.children[0].children[0]
    assert.ok(unclosed.type === 'quotation')
    assert.deepEqual([unclosed.mark, unclosed.closed, at(unclosed)], ['«', false, '«Non'])
    assert.deepEqual(unclosed.children.map(at), ['Non'])
    assert.equal(tree.position?.end.offset, text.length)
  })
})
