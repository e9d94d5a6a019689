/**
 * The bench's own machinery, without timing anything: the summaries, the seeded generator, the
 * renaming of people and the generated corpus (deterministic, the sizes asked for, analysable).
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { readLanguageCorpus } from '../../bench/corpus'
import { generateCorpus } from '../../bench/generate'
import { createRenamer } from '../../bench/names'
import { createRandom } from '../../bench/random'
import { percentile, spread } from '../../bench/stats'
import { analyze } from '../../server/src/analysis'

const CORPUS = join(import.meta.dirname, '..', 'corpus')

describe('summaries', () => {
  test('spread: min, median (mean of the middle two when even) and max', () => {
    assert.deepEqual(spread([3, 1, 2]), { min: 1, median: 2, max: 3 })
    assert.deepEqual(spread([4, 1, 3, 2]), { min: 1, median: 2.5, max: 4 })
  })

  test('percentile by nearest rank', () => {
    const oneToTwenty = Array.from({ length: 20 }, (_, index) => 20 - index)
    assert.equal(percentile(oneToTwenty, 50), 10)
    assert.equal(percentile(oneToTwenty, 95), 19)
    assert.equal(percentile(oneToTwenty, 100), 20)
    assert.equal(percentile([7], 95), 7)
  })
})

describe('seeded generator', () => {
  test('the same seed gives the same numbers, another seed others', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed)
      return Array.from({ length: 5 }, () => random.below(1000))
    }
    assert.deepEqual(draw(7), draw(7))
    assert.notDeepEqual(draw(7), draw(8))
  })

  test('a shuffle is a permutation of its input, which it leaves alone', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f']
    const shuffled = createRandom(1).shuffled(items)
    assert.deepEqual([...shuffled].sort(), items)
    assert.deepEqual(items, ['a', 'b', 'c', 'd', 'e', 'f'])
  })
})

describe('people renamed', () => {
  const corpus = {
    language: 'en' as const,
    ledes: [],
    paragraphs: [],
    datelines: [],
    firstNames: ['Naomi', 'Owen'],
    surnames: ['Ferreira', 'Baptiste'],
  }

  test('a name is replaced the same way throughout one story, and only whole names', () => {
    const renamer = createRenamer(corpus, createRandom(3))
    const text = 'Naomi Ferreira said so. Ferreira added. Ferreira-Lopes and Ferreiras stay.'
    const renamed = renamer.renameStory(text)
    const match = /^(\S+) (\S+) said so\. (\S+) added\. Ferreira-Lopes and Ferreiras stay\.$/.exec(
      renamed,
    )
    assert.ok(match, renamed)
    const [, first, surname, again] = match
    assert.ok(corpus.firstNames.includes(first), first)
    assert.equal(again, surname)
    assert.match(surname, /^\p{Lu}\p{Ll}+$/u)
  })

  test('the corpus gives first names and surnames from the gold files, without titles', () => {
    const fr = readLanguageCorpus(CORPUS, 'fr')
    assert.ok(fr.firstNames.includes('Zabihullah'))
    assert.ok(fr.surnames.includes('Mujahid'))
    const en = readLanguageCorpus(CORPUS, 'en')
    assert.ok(en.firstNames.includes('Naomi'))
    assert.ok(en.surnames.includes('Le Goff'))
    for (const title of ['Governor', 'Mayor', 'Senator', 'Judge']) {
      assert.ok(!en.firstNames.includes(title), title)
    }
    assert.ok(!en.surnames.includes('Celia Marchetti'))
  })
})

describe('generated corpus', () => {
  const folders: string[] = []
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  })
  const generate = (seed: number) => {
    const outDir = mkdtempSync(join(tmpdir(), 'bench-corpus-'))
    folders.push(outDir)
    return generateCorpus({ count: 6, seed, outDir, maxBytes: 100 * 1024 })
  }
  const contents = (paths: string[]) => paths.map((path) => readFileSync(path, 'utf8'))

  test('wire-style dispatches, French and English alternately, each with a header', () => {
    const corpus = generate(1)
    const names = corpus.dispatches.map((path) => path.split(/[\\/]/).at(-1))
    assert.deepEqual(names, [
      '0001-fr.dispatch',
      '0002-en.dispatch',
      '0003-fr.dispatch',
      '0004-en.dispatch',
      '0005-fr.dispatch',
      '0006-en.dispatch',
    ])
    for (const text of contents(corpus.dispatches)) {
      assert.match(text, /^date \d{4}-\d{2}-\d{2} [^|\n]+ \| \S/)
      const paragraphs = text.trim().split('\n\n')
      assert.ok(paragraphs.length >= 4 && paragraphs.length <= 9, String(paragraphs.length))
    }
  })

  test('the same seed writes the same files, another seed other files', () => {
    const first = generate(5)
    const again = generate(5)
    const other = generate(6)
    assert.deepEqual(contents(first.dispatches), contents(again.dispatches))
    assert.notDeepEqual(contents(first.dispatches), contents(other.dispatches))
    assert.equal(readFileSync(first.editor.path, 'utf8'), readFileSync(again.editor.path, 'utf8'))
  })

  test('single documents reach their size, overshooting by one paragraph at most', () => {
    const corpus = generate(2)
    assert.deepEqual(
      corpus.sizes.map((size) => size.label),
      ['1 KB', '10 KB', '100 KB'],
    )
    for (const [index, target] of [1024, 10 * 1024, 100 * 1024].entries()) {
      const size = corpus.sizes[index]
      assert.equal(Buffer.byteLength(readFileSync(size.path, 'utf8')), size.bytes)
      assert.ok(size.bytes >= target && size.bytes < target + 4096, `${size.label}: ${size.bytes}`)
    }
    assert.ok(corpus.editor.words >= 1500, String(corpus.editor.words))
    const sizeDir = join(corpus.sizes[0].path, '..')
    assert.deepEqual(readdirSync(sizeDir).sort(), [
      '100kb.dispatch',
      '10kb.dispatch',
      '1kb.dispatch',
    ])
  })

  test('the analysis reads every generated text without an internal error', () => {
    const corpus = generate(3)
    const paths = [...corpus.dispatches, corpus.editor.path, ...corpus.sizes.map((s) => s.path)]
    for (const [index, text] of contents(paths).entries()) {
      const file = analyze(text)
      const internal = file.messages.filter((message) => message.ruleId === 'internal-error')
      assert.deepEqual(internal, [], paths[index])
      assert.ok((file.data.dispatch?.attributions.length ?? 0) > 0, paths[index])
    }
  })
})
