import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import { matchesBySentence } from './sentence-index'
import { severityOf } from './severity'

/** `vague-attribution`: a source with no kind given (`selon certains observateurs`). */
export const vagueAttribution: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const data = file.data.dispatch
  if (!context || !data) return
  const severity = severityOf(context.settings, 'vague-attribution')
  if (severity === 'off') return
  const pattern = context.lexicon.vagueSources
  for (const { match } of matchesBySentence(context.view, data.sentences, pattern)) {
    const lead =
      /^[\s,;:]*(?:(?:and|but|as|while|because|although)\s+)?/iu.exec(match[0])?.[0].length ?? 0
    const start = match.index + lead
    const end = match.index + match[0].length
    const phrase = context.text.slice(start, end)
    report(file, context, severity, {
      rule: 'vague-attribution',
      start,
      end,
      reason:
        context.locale === 'fr'
          ? `Attribution vague : « ${phrase} ». Précisez la source (un nom, une fonction, ou au moins le type de source).`
          : `Vague attribution: “${phrase}”. Say which source (a name, a role, or at least what kind of source).`,
    })
  }
}
