/**
 * Word scanning without regular expressions: the analysis walks every word of a dispatch
 * several times (cue starters, noun phrases, language detection, the tree), and
 * `/[\p{L}\p{N}]+/gu` costs a match object per word. These loops read the same classes
 * (`\p{L}` and `\p{N}` by code point, so a letter outside the BMP is one letter) from a table
 * filled as characters are first met.
 */

const LETTER = 1
const DIGIT = 2
const OTHER = 4

/** Class of each BMP code unit: 0 until first asked. */
const classes = new Uint8Array(0x10000)
const IS_LETTER = /^\p{L}$/u
const IS_DIGIT = /^\p{N}$/u

function classOf(codePoint: number): number {
  const char = String.fromCodePoint(codePoint)
  if (IS_LETTER.test(char)) return LETTER
  if (IS_DIGIT.test(char)) return DIGIT
  return OTHER
}

/** Astral code points are rare in dispatches: classified each time, not kept. */
function unitClass(text: string, index: number): { kind: number; length: number } {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1)
    if (next >= 0xdc00 && next <= 0xdfff) {
      return { kind: classOf(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000), length: 2 }
    }
  }
  let kind = classes[code]
  if (kind === 0) {
    kind = code >= 0xd800 && code <= 0xdfff ? OTHER : classOf(code)
    classes[code] = kind
  }
  return { kind, length: 1 }
}

/** Whether one UTF-16 code unit is a letter on its own (`/\p{L}/u` tested on that unit: a
 * surrogate, half of a letter outside the BMP, is not). NaN (past either end) is not. */
export function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  if (!(code < 0x10000) || (code >= 0xd800 && code <= 0xdfff)) return false
  let kind = classes[code]
  if (kind === 0) {
    kind = classOf(code)
    classes[code] = kind
  }
  return kind === LETTER
}

/** Whether a code unit is white space, as `/\s/` (which includes no-break spaces and the
 * byte-order mark). NaN (past either end) is not. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  return (
    code >= 0xa0 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff)
  )
}

/** How many code units the letter or digit at `index` takes (`[\p{L}\p{N}]`): 0, 1 or 2. */
export function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  // ASCII first: most of any dispatch.
  if (code < 0x80) return isAsciiWordChar(code) ? 1 : 0
  if (index >= text.length) return 0
  const { kind, length } = unitClass(text, index)
  return kind === OTHER ? 0 : length
}

/** How many code units the letter at `index` takes (`\p{L}`): 0, 1 or 2. */
export function letterLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0
  if (index >= text.length) return 0
  const { kind, length } = unitClass(text, index)
  return kind === LETTER ? length : 0
}

/** The end of the run of letters and digits starting at `index` (`index` itself when none). */
export function wordEnd(text: string, index: number, to = text.length): number {
  let end = index
  while (end < to) {
    // ASCII in the loop itself: these loops run over most of the text, several times.
    const code = text.charCodeAt(end)
    if (code < 0x80) {
      if (!isAsciiWordChar(code)) break
      end++
      continue
    }
    const length = wordCharLength(text, end)
    if (length === 0) break
    end += length
  }
  return end
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** The start of the first letter or digit at or after `index` and before `to`, or -1. */
export function nextWordStart(text: string, index: number, to = text.length): number {
  for (let i = index; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80 ? isAsciiWordChar(code) : wordCharLength(text, i) > 0) return i
  }
  return -1
}
