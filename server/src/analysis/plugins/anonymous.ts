import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import type { Speaker } from '../types'
import { severityOf } from './severity'

/** A reason recorded on the speaker (from its own words or an annotation), not a placeholder. */
function hasReason(speaker: Speaker): boolean {
  const reason = speaker.anonymityReason?.text.trim()
  return Boolean(reason && !/^[?…]+$/.test(reason))
}

/**
 * `anonymous-without-reason` (warning): an unnamed individual source with no reason for its
 * anonymity. `anonymous-source` (information, under the `report-all` policy): every one.
 */
export const anonymousSources: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const data = file.data.dispatch
  if (!context || !data) return
  const withoutReason = severityOf(context.settings, 'anonymous-without-reason')
  const every = severityOf(context.settings, 'anonymous-source')
  const fr = context.locale === 'fr'
  for (const speaker of data.speakers) {
    if (speaker.kind !== 'anonymous') continue
    const first = speaker.mentions.find((m) => m.kind !== 'pronoun') ?? speaker.mentions[0]
    if (!first) continue
    // The reason may stand anywhere in the sentence of a mention.
    const sentences = speaker.mentions.map((m) => {
      const sentence = data.sentences.find((s) => s.start <= m.start && m.start < s.end)
      return sentence ? context.masked.slice(sentence.start, sentence.end) : ''
    })
    context.lexicon.anonymityReasons.lastIndex = 0
    const reasoned =
      hasReason(speaker) || sentences.some((s) => context.lexicon.anonymityReasons.test(s))
    if (every !== 'off') {
      report(file, context, every, {
        rule: 'anonymous-source',
        start: first.start,
        end: first.end,
        reason: fr
          ? `Source anonyme : « ${first.text} »${reasoned ? '' : ' (sans raison donnée)'}.`
          : `Anonymous source: “${first.text}”${reasoned ? '' : ' (no reason given)'}.`,
      })
    }
    if (reasoned || withoutReason === 'off') continue
    // The placeholder is written in the dispatch's own language, after a mention in the text
    // (never inside an annotation's brackets).
    const written = speaker.mentions.find((m) => m.kind !== 'pronoun' && m.kind !== 'annotation')
    const french = data.language === 'fr'
    report(file, context, withoutReason, {
      rule: 'anonymous-without-reason',
      start: first.start,
      end: first.end,
      reason: fr
        ? `Source anonyme sans raison : « ${first.text} ». Dites pourquoi l'anonymat a été accordé (« ayant requis l'anonymat », « sous couvert d'anonymat »), ou nommez la source.`
        : `Anonymous source with no reason given: “${first.text}”. Say why anonymity was granted (“who asked not to be named because…”), or name the source.`,
      fixes: written
        ? [
            {
              title: fr ? "Ajouter la raison de l'anonymat" : 'Add the reason for anonymity',
              edits: [
                {
                  start: written.end,
                  end: written.end,
                  newText: french
                    ? ", ayant requis l'anonymat (raison à préciser),"
                    : ', who asked not to be named (reason to fill in),',
                },
              ],
            },
          ]
        : [],
    })
  }
}
