/**
 * Properties of the analysis on generated hostile text: it never throws nor reports an internal
 * error, every place it hands out is a range of the text that splits no surrogate pair, every
 * span's `text` is the slice it points to, and `strip` removes the annotations and nothing else.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { type Annotation, analyze, strip } from '../../server/src/analysis'
import { annotationSoup, dispatchText } from './arbitraries'
import { dataProblems, messageProblems } from './ranges'

/** A `[` still open (on its line) when an annotation starts. */
const OPEN_BRACKET_AROUND_ANNOTATION = /\[[^\]\n\r]*\[[@!]/

/** Runs per property: the whole file stays within a few seconds. */
const RUNS = 400

function problemsOf(text: string, settings?: Parameters<typeof analyze>[1]): string[] {
  const file = analyze(text, settings)
  const data = file.data.dispatch
  if (!data) return ['no file.data.dispatch']
  return [...messageProblems(text, file), ...dataProblems(text, data)]
}

/**
 * What `strip` must give, written from the format's rule rather than from its code: every
 * annotation removed; a space or tab (or no-break space) right before an annotation goes with
 * it when the annotation is followed by the end of the text, white space or closing
 * punctuation, so that `«…» [@X].` leaves no space before the full stop; every other character
 * kept.
 */
function expectedStrip(text: string, annotations: Annotation[]): string {
  const removed = new Uint8Array(text.length)
  for (const annotation of annotations) {
    removed.fill(1, annotation.start, annotation.end)
    const before = annotation.start - 1
    const after = text[annotation.end]
    const attached = after === undefined || /[\s.,;:!?»”"')\]]/.test(after)
    if (before >= 0 && !removed[before] && /[ \t\u00a0]/.test(text[before]) && attached) {
      removed[before] = 1
    }
  }
  let kept = ''
  for (let i = 0; i < text.length; i++) if (!removed[i]) kept += text[i]
  return kept
}

describe('analysis on hostile text', () => {
  test('never throws, no internal error, every range inside the text and pair-aligned', () => {
    fc.assert(
      fc.property(dispatchText(), (text) => {
        assert.deepEqual(problemsOf(text), [])
      }),
      { numRuns: RUNS },
    )
  })

  test('the same with the language forced both ways and every rule on', () => {
    const rules = {
      'anonymous-source': 'info',
      'unattributed-claim': 'error',
      'vague-attribution': 'error',
    } as const
    fc.assert(
      fc.property(
        dispatchText(30),
        fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>,
        (text, language) => {
          assert.deepEqual(
            problemsOf(text, {
              settings: { language, rules, anonymity: 'report-all', locale: 'fr' },
            }),
            [],
          )
        },
      ),
      { numRuns: RUNS / 2 },
    )
  })

  test('a surrogate pair at every place of a dispatch is never split', () => {
    const base =
      'date 2021-07 Kandahar | « Nous avons pris la ville », a déclaré Zabihullah Mujahid [@Zabihullah Mujahid].\n\n' +
      'Selon certains observateurs, il aurait fui. "We will stay," he said.'
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: base.length }),
            fc.constantFrom('😀', '𝔘', '\ud83d', '\ude00', '\r', '\u2028'),
          ),
          {
            maxLength: 8,
          },
        ),
        (insertions) => {
          let text = base
          for (const [at, what] of insertions.sort((a, b) => b[0] - a[0])) {
            text = text.slice(0, at) + what + text.slice(at)
          }
          assert.deepEqual(problemsOf(text), [])
        },
      ),
      { numRuns: RUNS / 2 },
    )
  })
})

describe('strip on hostile text', () => {
  test('removes exactly the annotations (with their attached space) and keeps every other character', () => {
    fc.assert(
      fc.property(fc.oneof(dispatchText(), annotationSoup), (text) => {
        // (A bracket opened around an annotation is stripped again: see the named test below.)
        fc.pre(!OPEN_BRACKET_AROUND_ANNOTATION.test(text))
        const annotations = analyze(text).data.dispatch?.annotations ?? []
        assert.equal(strip(text), expectedStrip(text, annotations))
      }),
      { numRuns: RUNS },
    )
  })

  test('a text without `[@` or `[!` comes back byte for byte', () => {
    const noAnnotation = dispatchText().filter((text) => !/\[[@!]/.test(text))
    fc.assert(
      fc.property(noAnnotation, (text) => {
        assert.equal(strip(text), text)
      }),
      { numRuns: RUNS },
    )
  })

  test('a bracket opened around an annotation leaves no annotation behind', () => {
    assert.equal(strip('[[@x]@y] fin'), ' fin')
    assert.equal(strip('[@x[@y]] fin'), ' fin')
    assert.equal(strip('Oui [[@x]@y].'), 'Oui.')
  })

  test('stripping twice gives what stripping once gives', () => {
    fc.assert(
      fc.property(fc.oneof(dispatchText(), annotationSoup), (text) => {
        assert.equal(strip(strip(text)), strip(text))
      }),
      { numRuns: RUNS },
    )
  })
})
