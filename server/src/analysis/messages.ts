import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Fix, Span } from './types'

/** Extra fields our messages carry besides vfile's own (`ruleId`, `url`, `expected`…). */
export interface DispatchMessageFields {
  /** Quick fixes, in file offsets. `expected` holds the same texts, for generic vfile tools. */
  fixes?: Fix[]
  /** Related places (e.g. the earlier mention a pronoun was resolved to). */
  related?: Array<Span & { message: string }>
}

export type DispatchMessage = VFileMessage & DispatchMessageFields

export type MessageSeverity = 'error' | 'warning' | 'info'

/** vfile encodes severity in `fatal`: true = error, false = warning, undefined = info. */
export function messageSeverity(message: VFileMessage): MessageSeverity {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

/** The message's range in file offsets (vfile keeps them on `place`). */
export function messageRange(message: VFileMessage): { start: number; end: number } {
  const place = message.place
  if (place && 'start' in place) {
    const start = place.start.offset ?? 0
    return { start, end: place.end.offset ?? start }
  }
  const offset = place?.offset ?? 0
  return { start: offset, end: offset }
}

export function messageFixes(message: VFileMessage): Fix[] {
  return (message as DispatchMessage).fixes ?? []
}

/** The messages of a file in text order. */
export function sortedMessages(file: VFile): DispatchMessage[] {
  return [...file.messages].sort(
    (a, b) => messageRange(a).start - messageRange(b).start,
  ) as DispatchMessage[]
}
