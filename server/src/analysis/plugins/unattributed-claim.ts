import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import { severityOf } from './severity'

/**
 * `unattributed-claim`: agentless passives of accusing or reporting, hedges and the French
 * conditional of unconfirmed news, when nothing in the sentence says whose claim it is.
 */
export const unattributedClaim: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const data = file.data.dispatch
  if (!context || !data) return
  const severity = severityOf(context.settings, 'unattributed-claim')
  if (severity === 'off') return
  const { lexicon, view } = context
  const sourced = data.attributions.filter((a) => a.speaker && a.cue)
  for (const sentence of data.sentences) {
    const text = view.slice(sentence.start, sentence.end)
    const hasSourcePhrase = lexicon.sourceInSentence.test(text)
    for (const trigger of lexicon.unattributedClaims) {
      trigger.pattern.lastIndex = 0
      for (const match of text.matchAll(trigger.pattern)) {
        const start = sentence.start + (match.index ?? 0)
        const end = start + match[0].trimEnd().length
        if (hasSourcePhrase) continue
        const after = view.slice(end, end + 40)
        if (trigger.type === 'passive' && /^\s+(?:par|by)\s/iu.test(after)) continue
        const cueBefore = sourced.some(
          (a) =>
            a.cue &&
            a.cue.start >= sentence.start &&
            a.cue.start < start &&
            a.method !== 'adjacent',
        )
        if (
          trigger.type === 'hedge' &&
          sourced.some((a) => a.cue && a.cue.start >= sentence.start && a.cue.end <= sentence.end)
        )
          continue
        if (trigger.type === 'conditional') {
          if (cueBefore) continue
          if (/(?:^|[\s,])(?:si|s'il|s’il|s'ils|s’ils|même si)\s/iu.test(text)) continue
        }
        const phrase = context.text.slice(start, end)
        report(file, context, severity, {
          rule: 'unattributed-claim',
          start,
          end,
          reason:
            context.locale === 'fr'
              ? `Affirmation sans source : « ${phrase} » (${trigger.why.fr}). Dites qui l'affirme (« selon X », « X a affirmé ») ou reformulez.`
              : `Unattributed claim: “${phrase}” (${trigger.why.en}). Say who makes the claim (“X said”, “according to X”) or rephrase.`,
        })
      }
    }
  }
}
