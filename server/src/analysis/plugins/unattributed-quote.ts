import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import type { Attribution, Speaker } from '../types'
import { excerpt, severityOf } from './severity'

/** The offset of a speaker's last mention before `offset`, or -1 (mentions are sorted). */
function lastMentionBefore(speaker: Speaker, offset: number): number {
  const mentions = speaker.mentions
  let lo = 0
  let hi = mentions.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid].start < offset) {
      found = mentions[mid].start
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The speakers to offer for `[@Name]`: nearest before the quotation first, then the others. */
function candidates(speakers: Speaker[], quote: Attribution): Speaker[] {
  return speakers
    .filter((speaker) => speaker.kind !== 'document')
    .map((speaker) => ({ speaker, last: lastMentionBefore(speaker, quote.start) }))
    .sort((a, b) => b.last - a.last)
    .slice(0, 6)
    .map((entry) => entry.speaker)
}

function annotationName(speaker: Speaker): string {
  return speaker.name.replace(/[[\]|]/g, ' ').trim()
}

/** `unattributed-quote`: a quotation nobody is said to have said. */
export const unattributedQuote: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const data = file.data.dispatch
  if (!context || !data) return
  const severity = severityOf(context.settings, 'unattributed-quote')
  if (severity === 'off') return
  for (const quote of data.attributions) {
    if (quote.kind !== 'quote' || quote.speaker) continue
    const words = excerpt(quote.text)
    const at = quote.close === null ? quote.end : quote.close + 1
    const fixes = candidates(data.speakers, quote).map((speaker) => ({
      title:
        context.locale === 'fr' ? `Attribuer à ${speaker.name}` : `Attribute to ${speaker.name}`,
      edits: [{ start: at, end: at, newText: ` [@${annotationName(speaker)}]` }],
    }))
    report(file, context, severity, {
      rule: 'unattributed-quote',
      start: quote.start,
      end: quote.end,
      reason:
        context.locale === 'fr'
          ? `Citation sans locuteur : « ${words} ». Dites qui parle (un verbe de parole et son sujet, « selon X », ou [@Nom] après le guillemet fermant).`
          : `Quotation with no speaker: “${words}”. Say who said it (a reporting verb with its subject, “according to X”, or [@Name] after the closing mark).`,
      fixes,
    })
  }
}
