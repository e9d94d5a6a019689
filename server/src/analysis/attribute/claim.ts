import type { Attribution } from '../types'

/** A claim: the sentence that carries a report, with whose it is (or nobody's) and how. */
export function sentenceClaim(
  text: string,
  sentence: { start: number; end: number },
  report: Pick<
    Attribution,
    'speaker' | 'source' | 'antecedent' | 'cue' | 'medium' | 'method' | 'reason'
  >,
): Attribution {
  return {
    kind: 'claim',
    text: text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    open: null,
    close: null,
    ...report,
  }
}
