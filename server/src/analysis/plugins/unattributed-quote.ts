import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import type { DispatchData, Speaker } from '../types'
import { excerpt, severityOf } from './severity'

/**
 * The speakers to offer for `[@Name]`: those of the attributions just before the quotation,
 * nearest first, then the dispatch's first speakers; six at most. Reads a handful of
 * attributions, not every speaker.
 */
function candidates(byId: Map<string, Speaker>, data: DispatchData, index: number): Speaker[] {
  const chosen: Speaker[] = []
  const add = (id: string | null) => {
    const speaker = id ? byId.get(id) : undefined
    if (speaker && speaker.kind !== 'document' && !chosen.includes(speaker)) chosen.push(speaker)
  }
  // Nearby only: a walk back over every earlier quotation would make the rule quadratic.
  for (let i = index - 1; i >= 0 && i >= index - 50 && chosen.length < 6; i--) {
    add(data.attributions[i].speaker)
  }
  for (let i = 0; i < data.speakers.length && chosen.length < 6; i++) add(data.speakers[i].id)
  return chosen
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
  const byId = new Map(data.speakers.map((speaker) => [speaker.id, speaker]))
  for (const [index, quote] of data.attributions.entries()) {
    if (quote.kind !== 'quote' || quote.speaker) continue
    const words = excerpt(quote.text)
    const at = quote.close === null ? quote.end : quote.close + 1
    const fixes = candidates(byId, data, index).map((speaker) => ({
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
