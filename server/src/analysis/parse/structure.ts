import type { Paragraph, Sentence } from '../types'
import { isLetterUnit, isSpaceCode as isSpace } from '../words'

/** One outer quotation (nested quotes are part of it). */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or null when never closed. */
  close: number | null
  /** What is inside the marks, white space trimmed. */
  start: number
  end: number
  /** The opening mark: `«`, `“`, `"`. */
  mark: string
  /** Offsets of the marks that reopen it at the start of continued paragraphs. */
  reopens: number[]
  firstParagraph: number
  lastParagraph: number
}

const CLOSER: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '‘': '’', '"': '"' }

// Characters are read as UTF-16 code units and compared by number: a regular expression test or
// a one-character string for each character of the text cost more than the rest of these passes.
const QUOTE = 0x22 // "
const EXCLAMATION = 0x21
const RIGHT_PARENTHESIS = 0x29
const COMMA = 0x2c
const HYPHEN = 0x2d
const DOT = 0x2e
const COLON = 0x3a
const SEMICOLON = 0x3b
const QUESTION = 0x3f
const RIGHT_BRACKET = 0x5d
const ELLIPSIS = 0x2026 // …
const LEFT_GUILLEMET = 0xab // «
const RIGHT_GUILLEMET = 0xbb // »
const LEFT_SINGLE = 0x2018 // ‘
const RIGHT_SINGLE = 0x2019 // ’
const LEFT_DOUBLE = 0x201c // “
const RIGHT_DOUBLE = 0x201d // ”
const LEFT_ANGLE = 0x2039 // ‹
const RIGHT_ANGLE = 0x203a // ›

const QUOTATION_MARK = /["«»“”‹›‘’]/g

/**
 * The first offset at or after `from` (never less than the last `from`) of a character that
 * `pattern` (one character class, flag `g`) matches, or the text's length: one search per
 * match, none of them over text already searched.
 */
function scanner(text: string, pattern: RegExp): (from: number) => number {
  let found = -1
  return (from) => {
    if (found < from) {
      pattern.lastIndex = from
      found = pattern.test(text) ? pattern.lastIndex - 1 : text.length
    }
    return found
  }
}

/** `\d`: ASCII digits only. */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** `[.!?…]` */
function endsSentence(code: number): boolean {
  return code === DOT || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS
}

/** `[.!?…]`, and the marks that may close a quotation (`"»”›’`). */
const SENTENCE_END = /[.!?…"»”›’]/g

/** `[.!?…)\]]`: what may follow the end of a sentence before the space after it. */
function closesSentence(code: number): boolean {
  return endsSentence(code) || code === RIGHT_PARENTHESIS || code === RIGHT_BRACKET
}

const LOWERCASE = /\p{Ll}/u

/** `[\p{Ll},;:]` at `index`: after one of these, a full stop did not end the sentence. */
function continuesSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || code === COMMA || code === SEMICOLON || code === COLON
  }
  return LOWERCASE.test(text[index])
}

/** Paragraphs: runs of lines with content, separated by blank lines; offsets trimmed. */
export function findParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = []
  // A regular expression finds line breaks faster than a loop over the characters.
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g
  lineBreak.lastIndex = from
  let lineStart = from
  let current: Paragraph | null = null
  for (;;) {
    const match = lineBreak.exec(text)
    const lineEnd = match ? match.index : text.length
    let first = lineStart
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++
    if (first === lineEnd) {
      if (current) paragraphs.push(current)
      current = null
    } else {
      let last = lineEnd
      while (last > first && isSpace(text.charCodeAt(last - 1))) last--
      if (current) current.end = last
      else current = { start: first, end: last }
    }
    if (!match) break
    lineStart = match.index + match[0].length
  }
  if (current) paragraphs.push(current)
  return paragraphs
}

function trimmedInside(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return [start, end]
}

function openQuote(open: number, mark: string, paragraph: number): QuoteSpan {
  return {
    open,
    close: null,
    start: open + 1,
    end: open + 1,
    mark,
    reopens: [],
    firstParagraph: paragraph,
    lastParagraph: paragraph,
  }
}

function firstChar(text: string, paragraph: Paragraph | undefined): string | undefined {
  return paragraph ? text[paragraph.start] : undefined
}

/**
 * Outer quotations, with nesting, partial quotes, quotes continued over paragraphs (each
 * continued paragraph reopens the mark, only the last closes it) and unclosed quotes (which
 * end at their paragraph's end). `’` is an apostrophe unless it closes a `‘` opened inside a
 * quotation.
 */
export function findQuotations(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = []
  let carried: QuoteSpan | null = null
  // Only the marks are read: a regular expression finds them faster than a loop over every
  // character, and quotation marks are a small part of any text.
  const nextMark = scanner(text, QUOTATION_MARK)
  paragraphs.forEach((paragraph, index) => {
    const stack: string[] = []
    let outer: QuoteSpan | null = carried
    let i = paragraph.start
    if (outer) {
      outer.reopens.push(i)
      outer.lastParagraph = index
      stack.push(outer.mark)
      i++
    }
    carried = null
    for (i = nextMark(i); i < paragraph.end; i = nextMark(i + 1)) {
      const code = text.charCodeAt(i)
      if (
        code === LEFT_GUILLEMET ||
        code === LEFT_DOUBLE ||
        code === LEFT_ANGLE ||
        (code === LEFT_SINGLE && stack.length > 0)
      ) {
        const char = text[i]
        if (stack.length === 0) {
          outer = openQuote(i, char, index)
        }
        stack.push(char)
      } else if (code === QUOTE) {
        const at = stack.lastIndexOf('"')
        if (at !== -1) {
          stack.length = at
        } else if (isDigit(text.charCodeAt(i - 1))) {
          continue // 5'10" — a measure, not a quotation
        } else {
          if (stack.length === 0) {
            outer = openQuote(i, '"', index)
          }
          stack.push('"')
          continue
        }
        if (stack.length === 0 && outer) {
          outer.close = i
          quotes.push(outer)
          outer = null
        }
      } else if (
        code === RIGHT_GUILLEMET ||
        code === RIGHT_DOUBLE ||
        code === RIGHT_ANGLE ||
        code === RIGHT_SINGLE
      ) {
        const char = text[i]
        let at = -1
        for (let k = stack.length - 1; k >= 0; k--) {
          if (CLOSER[stack[k]] === char) {
            at = k
            break
          }
        }
        if (at === -1) continue // a stray closing mark, or an apostrophe
        if (
          code === RIGHT_SINGLE &&
          (at !== stack.length - 1 || isLetterUnit(text.charCodeAt(i + 1)))
        ) {
          continue
        }
        stack.length = at
        if (stack.length === 0 && outer) {
          outer.close = i
          quotes.push(outer)
          outer = null
        }
      }
    }
    if (outer) {
      // Still open at the paragraph's end: continued when the next paragraph reopens it.
      const next = firstChar(text, paragraphs[index + 1])
      if (next === outer.mark) {
        carried = outer
      } else {
        outer.close = null
        quotes.push(outer)
      }
    }
  })
  for (const quote of quotes) {
    const end = quote.close ?? paragraphs[quote.lastParagraph].end
    ;[quote.start, quote.end] = trimmedInside(text, quote.open + 1, end)
  }
  return quotes.sort((a, b) => a.open - b.open)
}

const ABBREVIATIONS = new Set(
  (
    'M Mme Mmes MM Mlle Dr Drs Pr Me Mgr St Ste Gen Gén Lt Col Cmdt Capt Sgt Adm Gov Sen Rep ' +
    'Mr Mrs Ms Prof Jr Sr Inc Corp Ltd Co No Nos vs av apr env cf Jan Feb Fév Mar Apr Aug Sept Sep ' +
    'Oct Nov Dec Déc Mt Ft Rev Hon Pres Supt Insp Det Cpl Pvt Maj Brig Cdt Cie Ets'
  ).split(' '),
)

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length))
// Initials and dotted acronyms: `J.`, `J.-P.`, `U.S.`, `p.c.`
const INITIALS = /^(?:\p{Lu}|\p{L}\.(?:-?\p{L}\.?)*|\p{Lu}(?:-\p{Lu})?)$/u
const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot
  let dotted = false
  // Bounded: an abbreviation is short, and a run of dots must not be walked for each dot.
  while (k > 0 && dot - k < 12) {
    const code = text.charCodeAt(k - 1)
    if (code === DOT) dotted = true
    else if (code !== HYPHEN && !isLetterUnit(code)) break
    k--
  }
  const length = dot - k
  if (length === 0) return false
  // Most words before a dot are ordinary words: longer than any listed abbreviation, and with
  // no dot inside, a word can only be initials if it is `M` or `J-P` (one or three units, as
  // it holds only letters of the BMP, dots and hyphens).
  if (!dotted && length > LONGEST_ABBREVIATION) return false
  const word = text.slice(k, dot)
  if (ABBREVIATIONS.has(word)) return true
  if (!dotted && length !== 1 && length !== 3) return false
  return INITIALS.test(word) || ACRONYM.test(word)
}

/**
 * Sentences, never split inside a quotation: `«Nous partons. Demain», a-t-il dit.` is one
 * sentence, which keeps a quote and its reporting cue together. Abbreviations and initials
 * (`M.`, `Dr.`, `J.-P.`, `U.S.`) do not end a sentence.
 */
export function findSentences(
  text: string,
  paragraphs: Paragraph[],
  quotes: QuoteSpan[],
): Sentence[] {
  const sentences: Sentence[] = []
  let q = 0
  // Only `[.!?…]` and a closing mark (that of a quotation ending in one) can end a sentence:
  // the loop below goes from one of these to the next, found by a regular expression (faster
  // than a test of every character).
  const nextCandidate = scanner(text, SENTENCE_END)
  paragraphs.forEach((paragraph, index) => {
    let start = paragraph.start
    const push = (end: number) => {
      let first = start
      while (first < end && isSpace(text.charCodeAt(first))) first++
      if (first < end) sentences.push({ start: first, end, paragraph: index })
    }
    for (let i = nextCandidate(paragraph.start); i < paragraph.end; i = nextCandidate(i + 1)) {
      const code = text.charCodeAt(i)
      while (q < quotes.length && (quotes[q].close ?? paragraphs[quotes[q].lastParagraph].end) < i)
        q++
      const quote = quotes[q]
      const inside =
        quote !== undefined && quote.close !== null && quote.open <= i && quote.close > i
      let boundary = -1
      if (!inside && endsSentence(code)) {
        if (code === DOT && isAbbreviation(text, i)) continue
        boundary = i + 1
      } else if (quote !== undefined && quote.close === i) {
        let k = i - 1
        while (k > quote.open && isSpace(text.charCodeAt(k))) k--
        const before = text.charCodeAt(k)
        if (endsSentence(before) && !(before === DOT && isAbbreviation(text, k))) boundary = i + 1
      }
      if (boundary === -1) continue
      while (boundary < paragraph.end && closesSentence(text.charCodeAt(boundary))) boundary++
      // No boundary here: go on after the run of punctuation, not from each of its marks.
      if (boundary < paragraph.end && !isSpace(text.charCodeAt(boundary))) {
        i = Math.max(i, boundary - 1)
        continue
      }
      let next = boundary
      while (next < paragraph.end && isSpace(text.charCodeAt(next))) next++
      if (next < paragraph.end && continuesSentence(text, next)) {
        i = Math.max(i, boundary - 1)
        continue
      }
      push(boundary)
      start = boundary
      i = boundary - 1
    }
    push(paragraph.end)
  })
  return sentences
}
