import type { Paragraph, Sentence } from '../types'

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
const SPACE = /[\s\u00a0\u202f\ufeff]/

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char)
}

/** Paragraphs: runs of lines with content, separated by blank lines; offsets trimmed. */
export function findParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g
  lineBreak.lastIndex = from
  let lineStart = from
  let current: Paragraph | null = null
  for (;;) {
    const match = lineBreak.exec(text)
    const lineEnd = match ? match.index : text.length
    let first = lineStart
    while (first < lineEnd && isSpace(text[first])) first++
    if (first === lineEnd) {
      if (current) paragraphs.push(current)
      current = null
    } else {
      let last = lineEnd
      while (last > first && isSpace(text[last - 1])) last--
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
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
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
    for (; i < paragraph.end; i++) {
      const char = text[i]
      if (char === '«' || char === '“' || char === '‹' || (char === '‘' && stack.length > 0)) {
        if (stack.length === 0) {
          outer = openQuote(i, char, index)
        }
        stack.push(char)
      } else if (char === '"') {
        const at = stack.lastIndexOf('"')
        if (at !== -1) {
          stack.length = at
        } else if (/\d/.test(text[i - 1] ?? '')) {
          continue // 5'10" — a measure, not a quotation
        } else {
          if (stack.length === 0) {
            outer = openQuote(i, char, index)
          }
          stack.push(char)
          continue
        }
        if (stack.length === 0 && outer) {
          outer.close = i
          quotes.push(outer)
          outer = null
        }
      } else if (char === '»' || char === '”' || char === '›' || char === '’') {
        let at = -1
        for (let k = stack.length - 1; k >= 0; k--) {
          if (CLOSER[stack[k]] === char) {
            at = k
            break
          }
        }
        if (at === -1) continue // a stray closing mark, or an apostrophe
        if (char === '’' && (at !== stack.length - 1 || /\p{L}/u.test(text[i + 1] ?? ''))) continue
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

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot
  // Bounded: an abbreviation is short, and a run of dots must not be walked for each dot.
  while (k > 0 && dot - k < 12 && /[\p{L}.-]/u.test(text[k - 1])) k--
  const word = text.slice(k, dot)
  if (!word) return false
  if (ABBREVIATIONS.has(word)) return true
  // Initials and dotted acronyms: `J.`, `J.-P.`, `U.S.`, `p.c.`
  return (
    /^(?:\p{Lu}|\p{L}\.(?:-?\p{L}\.?)*|\p{Lu}(?:-\p{Lu})?)$/u.test(word) ||
    /^(?:\p{L}\.)+\p{L}$/u.test(word)
  )
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
  paragraphs.forEach((paragraph, index) => {
    let start = paragraph.start
    const push = (end: number) => {
      let first = start
      while (first < end && isSpace(text[first])) first++
      if (first < end) sentences.push({ start: first, end, paragraph: index })
    }
    for (let i = paragraph.start; i < paragraph.end; i++) {
      while (q < quotes.length && (quotes[q].close ?? paragraphs[quotes[q].lastParagraph].end) < i)
        q++
      const quote = quotes[q]
      const inside =
        quote !== undefined && quote.close !== null && quote.open <= i && quote.close > i
      const char = text[i]
      let boundary = -1
      if (!inside && /[.!?…]/.test(char)) {
        if (char === '.' && isAbbreviation(text, i)) continue
        boundary = i + 1
      } else if (quote !== undefined && quote.close === i) {
        let k = i - 1
        while (k > quote.open && isSpace(text[k])) k--
        if (/[.!?…]/.test(text[k]) && !(text[k] === '.' && isAbbreviation(text, k)))
          boundary = i + 1
      }
      if (boundary === -1) continue
      while (boundary < paragraph.end && /[.!?…)\]]/.test(text[boundary])) boundary++
      // No boundary here: go on after the run of punctuation, not from each of its marks.
      if (boundary < paragraph.end && !isSpace(text[boundary])) {
        i = Math.max(i, boundary - 1)
        continue
      }
      let next = boundary
      while (next < paragraph.end && isSpace(text[next])) next++
      if (next < paragraph.end && /[\p{Ll},;:]/u.test(text[next])) {
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
