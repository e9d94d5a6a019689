import type { Plugin } from 'unified'
import { sentenceClaim } from '../attribute/claim'
import { report } from '../context'
import type { Root } from '../parse/tree'
import type { Attribution } from '../types'
import { matchesBySentence, sentenceAt } from './sentence-index'
import { severityOf } from './severity'

const AGENT = /^(?:[^.;:!?]{0,60}?\s)?(?<!(?:é|ée|és|ées|ed|en|wn)\s)(?:par|by)\s/iu

const HYPOTHETICAL = /(?:^|[\s,])(?:si|s'il|s’il|s'ils|s’ils|même si)\s/iu

/**
 * `unattributed-claim`: agentless passives of accusing or reporting, hedges and the French
 * conditional of unconfirmed news, when nothing in the sentence says whose claim it is.
 */
export const unattributedClaim: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const data = file.data.dispatch
  if (!context || !data) return
  const severity = severityOf(context.settings, 'unattributed-claim')
  const { lexicon, view, text } = context
  const { sentences } = data
  // The sourced cues of each sentence, found once.
  const sourcedCues = new Map<number, Attribution[]>()
  for (const attribution of data.attributions) {
    if (!attribution.speaker || !attribution.cue || attribution.method === 'adjacent') continue
    const index = sentenceAt(sentences, attribution.cue.start)
    if (index === -1) continue
    const list = sourcedCues.get(index) ?? []
    list.push(attribution)
    sourcedCues.set(index, list)
  }
  const sourcePhrase = new Map<number, boolean>()
  const hasSourcePhrase = (index: number) => {
    let known = sourcePhrase.get(index)
    if (known === undefined) {
      const sentence = sentences[index]
      known = lexicon.sourceInSentence.test(view.slice(sentence.start, sentence.end))
      sourcePhrase.set(index, known)
    }
    return known
  }
  // `La grève serait terminée [@Paul Martin].`: the writer has said whose claim it is.
  const annotated = (index: number) => {
    const sentence = sentences[index]
    const next = sentences[index + 1]?.start ?? Infinity
    return data.annotations.some(
      (a) => a.kind === 'speaker' && a.name && a.start >= sentence.start && a.start < next,
    )
  }
  for (const trigger of lexicon.unattributedClaims) {
    for (const { match, sentence: index } of matchesBySentence(view, sentences, trigger.pattern)) {
      const sentence = sentences[index]
      const start = match.index
      const end = start + match[0].trimEnd().length
      if (hasSourcePhrase(index) || annotated(index)) continue
      const cues = sourcedCues.get(index) ?? []
      // An agent names the source: `accusé de corruption par l'opposition`.
      // (not the agent of another participle: `sociétés dirigées par des proches`).
      if (trigger.type === 'passive' && AGENT.test(view.slice(end, end + 70))) continue
      // (`The cabinet has reportedly asked…`: a cue holding the hedge does not source it.)
      if (
        trigger.type === 'hedge' &&
        cues.some((a) => a.cue && !(a.cue.start <= start && start < a.cue.end))
      )
        continue
      if (trigger.type === 'conditional') {
        if (cues.some((a) => a.cue && !(a.cue.start <= start && start < a.cue.end))) continue
        if (HYPOTHETICAL.test(view.slice(sentence.start, sentence.end))) continue
      }
      const phrase = text.slice(start, end)
      // The claim itself is a result (an attribution with no speaker), whatever the severity.
      data.attributions.push(
        sentenceClaim(text, sentence, {
          speaker: null,
          source: null,
          antecedent: null,
          cue: { start, end, text: phrase },
          medium: null,
          method: 'none',
          reason: context.locale === 'fr' ? trigger.why.fr : trigger.why.en,
        }),
      )
      if (severity === 'off') continue
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
  data.attributions.sort((a, b) => a.start - b.start || (a.cue?.start ?? 0) - (b.cue?.start ?? 0))
}
