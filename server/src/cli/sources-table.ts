/**
 * `sources --format table`: who said what, one block per speaker with each quote and claim on
 * its own line (`line:column`, kind, the words cut to fit a terminal, then the cue and how the
 * speaker was found), then what nobody said and the diagnostics.
 */
import type { SourcesAttribution, SourcesFile } from './sources-json'

const TEXT_WIDTH = 60

export function sourcesTable(sources: SourcesFile, lineStarts: readonly number[]): string {
  const where = (offset: number) => {
    const line = lineOf(lineStarts, offset)
    return `${line + 1}:${offset - lineStarts[line] + 1}`
  }
  const header = sources.header ? ` · ${sources.header.date} ${sources.header.dateline}` : ''
  const quotes = sources.attributions.filter((attribution) => attribution.kind === 'quote').length
  const claims = sources.attributions.length - quotes
  const lines = [
    `${sources.file} (${sources.language}${header})`,
    `${plural(sources.speakers.length, 'speaker')}, ${plural(quotes, 'quote')}, ${plural(claims, 'claim')}, ${plural(sources.diagnostics.length, 'diagnostic')}`,
  ]
  const row = (attribution: SourcesAttribution) => {
    const words =
      attribution.kind === 'quote' ? `«${cut(attribution.text)}»` : cut(attribution.text)
    const cue = [attribution.cue, attribution.medium].filter(Boolean).join(' ')
    const how = attribution.method === 'none' ? '' : ` (${attribution.method})`
    return `  ${where(attribution.start).padEnd(8)}${attribution.kind.padEnd(6)}${words}${cue ? ` — ${cue}` : ''}${how}`
  }
  for (const speaker of sources.speakers) {
    const said = sources.attributions.filter((attribution) => attribution.speaker === speaker.id)
    const role = speaker.role ? `, ${speaker.role}` : ''
    lines.push('', `${speaker.name} [${speaker.kind}${role}]`)
    if (said.length === 0) lines.push('  (only mentioned)')
    lines.push(...said.map(row))
  }
  const unattributed = sources.attributions.filter((attribution) => attribution.speaker === null)
  if (unattributed.length > 0) lines.push('', 'Unattributed', ...unattributed.map(row))
  if (sources.diagnostics.length > 0) {
    lines.push('', 'Diagnostics')
    for (const diagnostic of sources.diagnostics) {
      lines.push(
        `  ${where(diagnostic.start).padEnd(8)}${diagnostic.severity.padEnd(8)}${diagnostic.message}  ${diagnostic.rule}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** One line, at most TEXT_WIDTH characters, cut at a word with an ellipsis. */
function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= TEXT_WIDTH) return flat
  const head = flat.slice(0, TEXT_WIDTH - 1)
  const space = head.lastIndexOf(' ')
  return `${space > TEXT_WIDTH / 2 ? head.slice(0, space) : head}…`
}

/** Index of the line holding `offset` (binary search over line starts). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}
