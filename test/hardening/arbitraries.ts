/**
 * Generators of hostile dispatch-like text: fragments a reporter (or a broken tool) can put in a
 * file, weighted towards what the analysis reads — quote marks, annotations, headers, cue words —
 * and towards what breaks offset arithmetic: astral characters, combining marks, lone
 * surrogates, every line end JavaScript and LSP know, BOM and NUL.
 */
import fc from 'fast-check'

export const CUE_WORDS = [
  'a déclaré',
  'a-t-il ajouté',
  'a-t-elle',
  'dit-elle',
  'selon',
  "d'après",
  'd’après',
  'de source',
  'pour',
  'ont affirmé',
  "s'est félicité",
  'aurait été',
  'a longtemps été accusé',
  'réputé',
  'on dit que',
  'ayant requis l’anonymat',
  'sous couvert d’anonymat',
  'dans un communiqué',
  "à l'AFP",
  'selon certains observateurs',
  'estiment certains',
  'said',
  'told reporters',
  'according to',
  'he said',
  'she added',
  'was quoted as saying',
  'allegedly',
  'reportedly',
  'it is said that',
  'critics say',
  'who asked not to be named',
  'on condition of anonymity',
  'in a statement',
  'some analysts',
]

export const NAMES = [
  'Marie Dupont',
  'M. Benali',
  'Mme Roy',
  'Zabihullah Mujahid',
  'Le responsable pakistanais',
  'un porte-parole',
  'the official',
  'a senior official',
  'Chen',
  'il',
  'elle',
  'they',
  'Le ministère',
  'the Ministry of Health',
]

export const QUOTE_MARKS = ['«', '»', '“', '”', '"', '‹', '›', '‘', '’', "'", '« ', ' »']

export const ANNOTATION_SOUP = [
  '[',
  ']',
  '@',
  '!',
  '|',
  '[@',
  '[!',
  '[!allow ',
  '[@Marie Dupont]',
  '[@Marie Dupont | ministre]',
  '[@anonymous | sécurité]',
  '[@]',
  '[!allow unattributed-quote]',
  '[!allow nope]',
  '[!allow]',
  '[!foo]',
  '[[@x]@y]',
  '[@a[@b]',
]

export const HEADERS = [
  'date 2021-07 Kandahar |',
  'date 2024-03-12 Lyon | ',
  'date 2021-13-45 X |',
  'date 2021-02-30 Paris |',
  'date 2021 |',
  'date 2021-07 X',
  'date 2021-07  |',
  '  date 2021-07-01 New York, USA |',
  'date x |',
]

export const LINE_ENDS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n', '\r\n\r\n', '\r\r']

export const SPACES = [' ', ' ', ' ', '\t', '\u00a0', '\u202f', '\u2009', '  ']

/** Astral characters (two UTF-16 units each), joiners, flags and combining marks. */
export const WIDE = [
  '😀',
  '𝔘',
  '𠜎',
  '👩‍👩‍👧',
  '🇫🇷',
  'e\u0301',
  '\u0301',
  '\u0308\u0301',
  '\u200d',
  'ﬁ',
  'ß',
]

/** Characters that are not text: a lone high or low surrogate, NUL, BOM, controls. */
export const BROKEN = [
  '\ud83d',
  '\ude00',
  '\udbff',
  '\u0000',
  '\ufeff',
  '\u0007',
  '\u001b',
  '\uffff',
]

export const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '…', '(', ')', '—', '–', '-', '…»', '.»']

export const WORDS = ['Le', 'chat', 'the', 'war', 'Kandahar', 'été', 'nous', 'We', 'will', 'X']

function pick(list: string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...list)
}

/** `İ` (U+0130), which lower-cases to two UTF-16 units, once shifted a medium's offsets; it is
 * generated like any character since the fix. */
function withoutKnownBugs(text: string): string {
  return text
}

/** One fragment: mostly dispatch material, sometimes any string at all. */
export const fragment: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 5, arbitrary: pick(CUE_WORDS) },
    { weight: 4, arbitrary: pick(NAMES) },
    { weight: 6, arbitrary: pick(QUOTE_MARKS) },
    { weight: 4, arbitrary: pick(ANNOTATION_SOUP) },
    { weight: 1, arbitrary: pick(HEADERS) },
    { weight: 4, arbitrary: pick(LINE_ENDS) },
    { weight: 6, arbitrary: pick(SPACES) },
    { weight: 3, arbitrary: pick(WIDE) },
    { weight: 2, arbitrary: pick(BROKEN) },
    { weight: 3, arbitrary: pick(PUNCTUATION) },
    { weight: 4, arbitrary: pick(WORDS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  )
  .map(withoutKnownBugs)

/** A dispatch-like text: up to `maxFragments` fragments, sometimes opened by a header. */
export function dispatchText(maxFragments = 50): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.option(pick(HEADERS), { freq: 3 }),
      fc.option(pick(['\ufeff', '\n', '\r\n', ' \n']), { freq: 4 }),
      fc.array(fragment, { maxLength: maxFragments }),
    )
    .map(([header, lead, parts]) =>
      withoutKnownBugs((lead ?? '') + (header ?? '') + parts.join('')),
    )
}

/** Text made only of the characters that annotations are made of, plus words and spaces. */
export const annotationSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: pick(['[', ']', '@', '!', '|', '[@', '[!', ']]', '[[']) },
      { weight: 4, arbitrary: pick([' ', '\t', '\u00a0', 'a', 'X', '.', ',', '»', '"', "'", ')']) },
      { weight: 2, arbitrary: pick(['\n', '\r', '\r\n', '\u2028', '😀', '\ud83d']) },
      {
        weight: 1,
        arbitrary: pick(['allow', 'allow unknown-rule', 'Marie Dupont', 'x'.repeat(301)]),
      },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))
