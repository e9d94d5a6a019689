/** `[@…]` and `[!…]` annotations, as the format defines them: one line, no nested brackets, at
 * most 300 characters (so the pattern is linear on any input). */
export const ANNOTATION_PATTERN = /\[[@!][^\][\n\r]{0,300}\]/g

/**
 * The publishable text: every annotation removed, every other character kept. A space that the
 * annotation was attached to (`«…» [@Name].`) goes with it, so no double space is left.
 */
export function strip(text: string): string {
  // Again until nothing changes: removing `[@x]` from `[[@x]@y]` leaves `[@y]`, which must not
  // reach the published text either (each pass removes at least one annotation).
  let current = text
  for (let pass = 0; pass < 100; pass++) {
    const next = stripOnce(current)
    if (next === current) return next
    current = next
  }
  return current
}

function stripOnce(text: string): string {
  return text.replace(/[ \t\u00a0]?\[[@!][^\][\n\r]{0,300}\]/g, (match, offset: number) => {
    // Keep the leading space when the annotation sits between two words: `a [@X] b` → `a b`.
    if (match[0] !== '[') {
      const after = text[offset + match.length]
      if (after !== undefined && !/[\s.,;:!?»”"')\]]/.test(after)) return match[0]
    }
    return ''
  })
}
