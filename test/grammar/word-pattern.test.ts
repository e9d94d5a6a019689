import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

const ROOT = join(import.meta.dirname, '..', '..')

interface LanguageConfiguration {
  wordPattern: { pattern: string; flags?: string }
}

const configuration: LanguageConfiguration = JSON.parse(
  readFileSync(join(ROOT, 'syntaxes', 'language-configuration.json'), 'utf8'),
)

// Built the way VS Code builds it: the declared flags, plus 'g' so it can scan a line.
const wordPattern = new RegExp(
  configuration.wordPattern.pattern,
  `g${configuration.wordPattern.flags ?? ''}`,
)

/** The word the editor selects on a double-click at `offset` (a match touching the offset). */
function wordAt(text: string, offset: number): string | undefined {
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index
    const end = start + match[0].length
    if (start <= offset && offset < end) return match[0]
  }
  return undefined
}

/** Every offset inside `word`, where it stands in `text`, must select exactly `word`. */
function assertWholeWord(text: string, word: string): void {
  const start = text.indexOf(word)
  assert.notEqual(start, -1, `test text must contain ${word}`)
  for (let offset = start; offset < start + word.length; offset++) {
    assert.equal(wordAt(text, offset), word, `offset ${offset - start} of ${word} in ${text}`)
  }
}

describe('word pattern of the dispatch language', () => {
  it('is declared with the unicode flag, which its \\p{…} classes need', () => {
    assert.equal(configuration.wordPattern.flags, 'u')
  })

  it('keeps French elisions, inversions and compound names whole', () => {
    const sentence =
      "Jean-Pierre Dupont a-t-il confié à l'AFP aujourd'hui, puis à l’AFP aujourd’hui, que…"
    for (const word of ['a-t-il', "aujourd'hui", 'aujourd’hui', "l'AFP", 'l’AFP', 'Jean-Pierre']) {
      assertWholeWord(sentence, word)
    }
  })

  it('keeps hyphenated nouns, decomposed accents and non-Latin names whole', () => {
    assertWholeWord('un porte-parole des talibans', 'porte-parole')
    assertWholeWord('le ministe\u0301re de l’Intérieur', 'ministe\u0301re')
    assertWholeWord('selon 王小明, porte-parole', '王小明')
  })

  it('stops at quotation marks, punctuation and brackets around a word', () => {
    assert.equal(wordAt('Nos «combattants se', 6), 'combattants')
    assert.equal(wordAt('garantie», a-t-il', 3), 'garantie')
    assert.equal(wordAt('“Yes,” she said', 2), 'Yes')
    assert.equal(wordAt('Kaboul (AFP) |', 9), 'AFP')
    assert.equal(wordAt('[@Tariq Arian | porte-parole]', 3), 'Tariq')
    assert.equal(wordAt('à Kandahar.', 5), 'Kandahar')
  })

  it('leaves a closing apostrophe or a dash out of the word', () => {
    assert.equal(wordAt('the officials’ statement', 6), 'officials')
    assert.equal(wordAt('Vish—la ville', 1), 'Vish')
    assert.equal(wordAt('Vish—la ville', 5), 'la')
    assert.equal(wordAt('Vish - la ville', 5), undefined)
  })

  it('never matches an empty string, which would hang the editor', () => {
    const probe = new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags)
    for (const text of ['', ' ', '«', '»', "'", '’', '-', '|', '[', '\u00a0']) {
      assert.equal(probe.test(text), false, `matched ${JSON.stringify(text)}`)
    }
  })
})
