import type { Annotation, Span } from '../types'

const ANNOTATION = /\[([@!])([^\][\n\r]{0,300})\]/g

function span(text: string, start: number, end: number): Span {
  // Trim white space inside the span so hovers and renames cover the words only.
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end, text: text.slice(start, end) }
}

/**
 * `[@Name]`, `[@Name | role]`, `[@anonymous | reason]` and `[!allow rule-id]`. A bracket that
 * matches neither shape (`[!foo]`, `[@]`) is still an annotation (stripped from the published
 * text) but carries no name or rule.
 */
export function findAnnotations(text: string): Annotation[] {
  const annotations: Annotation[] = []
  ANNOTATION.lastIndex = 0
  for (let match = ANNOTATION.exec(text); match; match = ANNOTATION.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    const bodyStart = start + 2
    const body = match[2]
    if (match[1] === '@') {
      const bar = body.indexOf('|')
      const nameEnd = bar === -1 ? bodyStart + body.length : bodyStart + bar
      const name = span(text, bodyStart, nameEnd)
      const role = bar === -1 ? null : span(text, nameEnd + 1, bodyStart + body.length)
      annotations.push({
        kind: 'speaker',
        start,
        end,
        name: name.text ? name : null,
        role: role?.text ? role : null,
        rule: null,
        scope: null,
      })
    } else {
      const allow = /^allow(?=\s|$)/.exec(body)
      const rule = allow ? span(text, bodyStart + 5, bodyStart + body.length) : null
      annotations.push({
        kind: 'allow',
        start,
        end,
        name: null,
        role: null,
        rule: rule?.text ? rule : null,
        scope: 'paragraph',
      })
    }
  }
  return annotations
}

/** The text with every annotation (and a byte-order mark) replaced by spaces of the same
 * length, so that every later pass keeps exact offsets and never reads annotation words. */
export function maskAnnotations(text: string, annotations: Annotation[]): string {
  if (annotations.length === 0 && text.charCodeAt(0) !== 0xfeff) return text
  let masked = ''
  let last = 0
  for (const annotation of annotations) {
    masked += text.slice(last, annotation.start) + ' '.repeat(annotation.end - annotation.start)
    last = annotation.end
  }
  masked += text.slice(last)
  if (masked.charCodeAt(0) === 0xfeff) masked = ` ${masked.slice(1)}`
  return masked
}
