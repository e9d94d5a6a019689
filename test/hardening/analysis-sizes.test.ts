/**
 * Adversarial sizes and shapes: the analysis finishes on each without throwing or reporting an
 * internal error, and every range it gives is valid. Times and heap growth are printed, never
 * asserted (a loaded machine must not fail the suite); docs/guarantees.md records them.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { analyze } from '../../server/src/analysis'
import { dataProblems, messageProblems } from './ranges'

const CORPUS = join(import.meta.dirname, '..', 'corpus')

/** The body paragraphs (header line left out) of the corpus dispatches of one language. */
function corpusParagraphs(language: 'fr' | 'en'): string[] {
  const folder = join(CORPUS, language)
  return readdirSync(folder)
    .filter((name) => name.endsWith('.dispatch'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(folder, name), 'utf8')
        .split(/\n\s*\n/)
        .slice(1)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean),
    )
}

/** Paragraphs repeated in order until `size` UTF-16 units, joined by `separator`. */
function build(paragraphs: string[], size: number, separator: string, head = ''): string {
  const parts = [head]
  let length = head.length
  for (let i = 0; length < size; i++) {
    const paragraph = paragraphs[i % paragraphs.length]
    parts.push(paragraph)
    length += paragraph.length + separator.length
  }
  return parts.join(separator)
}

/** A deterministic string of code units 0–255 (what a binary file decoded as Latin-1 gives). */
function binaryLooking(size: number): string {
  let seed = 12345
  const codes = new Uint16Array(size)
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    codes[i] = seed >> 23
  }
  let text = ''
  for (let i = 0; i < size; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192))
  return text
}

function analyseAndCheck(name: string, text: string, language?: 'fr' | 'en'): void {
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const file = analyze(text, language ? { settings: { language } } : {})
  const ms = performance.now() - started
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6
  const data = file.data.dispatch
  assert.ok(data, 'file.data.dispatch is always set')
  console.log(
    `${name}: ${text.length} UTF-16 units analysed in ${Math.round(ms)} ms ` +
      `(heap +${Math.round(heapMb)} MB), ${file.messages.length} messages, ` +
      `${data.attributions.length} attributions`,
  )
  assert.deepEqual(
    file.messages.filter((m) => m.ruleId === 'internal-error').map((m) => m.reason),
    [],
  )
  assert.deepEqual(messageProblems(text, file).slice(0, 5), [])
  assert.deepEqual(dataProblems(text, data).slice(0, 5), [])
}

describe('adversarial sizes and shapes', { timeout: 600_000 }, () => {
  test('an empty file', () => {
    analyseAndCheck('empty', '')
    assert.equal(analyze('').messages.length, 0)
  })

  test('a file of only a header, with and without BOM and line end', () => {
    for (const text of [
      'date 2021-07 Kandahar |',
      '\ufeffdate 2021-07-12 Kandahar |\r\n',
      '\n\ndate 2021 Paris |\n',
      'date 2021-13 Nowhere |',
      'date 2021-07',
    ]) {
      analyseAndCheck(`header only ${JSON.stringify(text)}`, text)
    }
    const header = analyze('date 2021-07 Kandahar |').data.dispatch?.header
    assert.equal(header?.date, '2021-07')
    assert.equal(header?.dateline, 'Kandahar')
  })

  test('a 10 MB French dispatch made of the corpus paragraphs', () => {
    const text = build(corpusParagraphs('fr'), 10_000_000, '\n\n', 'date 2021-07 Kandahar |')
    assert.ok(text.length >= 10_000_000)
    analyseAndCheck('10 MB dispatch', text)
  })

  test('a 1 MB dispatch on a single line', () => {
    const paragraphs = corpusParagraphs('fr').map((p) => p.replace(/\s+/g, ' '))
    const text = build(paragraphs, 1_000_000, ' ')
    assert.ok(!/[\n\r\u2028\u2029]/.test(text))
    analyseAndCheck('1 MB single line', text)
  })

  test('100,000 quotation marks, in five shapes', () => {
    analyseAndCheck('100k straight quotes', '"'.repeat(100_000))
    analyseAndCheck('100k unclosed guillemets', '« '.repeat(100_000))
    analyseAndCheck('50k closed guillemet pairs', '«a» '.repeat(50_000))
    analyseAndCheck('50k single-quote pairs', '‹a› ‘b’ '.repeat(25_000))
    analyseAndCheck('100k nested opening marks', '« “ ‹ '.repeat(33_334))
  })

  test('1 MB of binary-looking text', () => {
    analyseAndCheck('1 MB binary-looking', binaryLooking(1_000_000))
  })

  test('long runs of one character', () => {
    const units = ['[', '[@', '@', '|', '.', '😀', '\ud83d', 'a', '-', '«', ' ', '\n', '\r\n', '\t']
    for (const unit of [...units, '\u00a0', 'a.', 'a’', 'x-']) {
      analyseAndCheck(`200k run of ${JSON.stringify(unit)}`, unit.repeat(200_000 / unit.length))
    }
    // A run of dots or apostrophes inside a word, which once took seconds.
    analyseAndCheck('40k dots after a letter', `Le responsable a${'.'.repeat(40_000)} a déclaré.`)
    analyseAndCheck('40k apostrophes in a word', `Le responsable a${'’'.repeat(40_000)}x a dit.`)
  })
})
