import type { Header } from '../types'

export interface HeaderProblem {
  start: number
  end: number
  reason: { en: string; fr: string }
}

export interface HeaderResult {
  header: Header | null
  problem: HeaderProblem | null
  /** Where the body starts (after the `|` of a valid header, else where the line starts). */
  bodyStart: number
}

const HEADER = /^([ \t]*)(date[ \t]+)(\S+)([ \t]+)([^|\r\n]*?)[ \t]*\|/
const LOOKS_LIKE_HEADER = /^[ \t]*date[ \t]+\d/
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Days in `month` (1 to 12) of `year` (0 to 9999), as `Date.UTC` counts them, without a Date:
 * one cost more than the rest of the header. `Date.UTC` reads years 0 to 99 as 1900 to 1999. */
function daysIn(year: number, month: number): number {
  const gregorian = year <= 99 ? 1900 + year : year
  if (month === 2) {
    const leap = (gregorian % 4 === 0 && gregorian % 100 !== 0) || gregorian % 400 === 0
    return leap ? 29 : 28
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function dateProblem(date: string): { en: string; fr: string } | null {
  const match = DATE.exec(date)
  if (!match) {
    return {
      en: `"${date}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`,
      fr: `« ${date} » n'est pas une date : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ`,
    }
  }
  const month = match[2] === undefined ? null : Number(match[2])
  if (month !== null && (month < 1 || month > 12)) {
    return {
      en: `month ${match[2]} does not exist: write a month from 01 to 12`,
      fr: `le mois ${match[2]} n'existe pas : écrivez un mois de 01 à 12`,
    }
  }
  if (month !== null && match[3] !== undefined) {
    const day = Number(match[3])
    const max = daysIn(Number(match[1]), month)
    if (day < 1 || day > max) {
      return {
        en: `day ${match[3]} does not exist in ${match[1]}-${match[2]}`,
        fr: `le jour ${match[3]} n'existe pas en ${match[1]}-${match[2]}`,
      }
    }
  }
  return null
}

/**
 * The optional `date YYYY[-MM[-DD]] Dateline |` header on the first non-blank line. A line that
 * starts like a header (`date` then a digit) but is malformed is reported, and the body is then
 * analysed from the start of that line.
 */
export function parseHeader(text: string): HeaderResult {
  let lineStart = 0
  // Skip a byte-order mark and blank lines.
  const lead = /^\ufeff?(?:[ \t]*(?:\r\n|\n|\r))*/.exec(text)
  if (lead) lineStart = lead[0].length
  const lineEndMatch = /\r\n|\n|\r/.exec(text.slice(lineStart))
  const lineEnd = lineEndMatch ? lineStart + lineEndMatch.index : text.length
  const line = text.slice(lineStart, lineEnd)
  const none: HeaderResult = { header: null, problem: null, bodyStart: 0 }
  if (!LOOKS_LIKE_HEADER.test(line)) return none
  const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0
  const match = HEADER.exec(line)
  if (!match) {
    return {
      header: null,
      problem: {
        start: lineStart + indent,
        end: lineEnd,
        reason: line.includes('|')
          ? {
              en: 'Malformed header: write `date YYYY-MM-DD Place |` (a date, the dateline, then `|`)',
              fr: 'En-tête mal formé : écrivez `date AAAA-MM-JJ Lieu |` (une date, le lieu, puis `|`)',
            }
          : {
              en: 'Malformed header: the dateline must end with `|` (`date 2021-07 Kandahar | …`)',
              fr: 'En-tête mal formé : le lieu doit être suivi de `|` (`date 2021-07 Kandahar | …`)',
            },
      },
      bodyStart: 0,
    }
  }
  const dateStart = lineStart + match[1].length + match[2].length
  const date = match[3]
  const problem = dateProblem(date)
  if (problem) {
    return {
      header: null,
      problem: {
        start: dateStart,
        end: dateStart + date.length,
        reason: {
          en: `Malformed header: ${problem.en}`,
          fr: `En-tête mal formé : ${problem.fr}`,
        },
      },
      bodyStart: 0,
    }
  }
  const datelineStart = dateStart + date.length + match[4].length
  const dateline = match[5]
  if (!dateline.trim()) {
    return {
      header: null,
      problem: {
        start: lineStart + indent,
        end: lineStart + match[0].length,
        reason: {
          en: 'Malformed header: the dateline is missing (`date 2021-07 Kandahar | …`)',
          fr: 'En-tête mal formé : le lieu manque (`date 2021-07 Kandahar | …`)',
        },
      },
      bodyStart: 0,
    }
  }
  const end = lineStart + match[0].length
  return {
    header: {
      start: lineStart + indent,
      end,
      date,
      dateSpan: { start: dateStart, end: dateStart + date.length, text: date },
      dateline,
      datelineSpan: { start: datelineStart, end: datelineStart + dateline.length, text: dateline },
    },
    problem: null,
    bodyStart: end,
  }
}
