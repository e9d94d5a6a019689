/** `[@…]` and `[!…]` annotations, as the format defines them (one line, no nested brackets). */
/** One line, no nested brackets, at most 300 characters: linear on any input. */
export const ANNOTATION_PATTERN = /\[[@!][^\][\n\r]{0,300}\]/g

/**
 * The publishable text: every annotation removed, every other character kept. A space that the
 * annotation was attached to (`«…» [@Name].`) goes with it, so no double space is left.
 */
export function strip(text: string): string {
  return text.replace(/[ \t\u00a0]?\[[@!][^\][\n\r]{0,300}\]/g, (match, offset: number) => {
    // Keep the leading space when the annotation sits between two words: `a [@X] b` → `a b`.
    if (match[0] !== '[') {
      const after = text[offset + match.length]
      if (after !== undefined && !/[\s.,;:!?»”"')\]]/.test(after)) return match[0]
    }
    return ''
  })
}
