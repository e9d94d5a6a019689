import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import { severityOf } from './severity'

const CLOSER: Record<string, string> = { '«': '»', '“': '”', '"': '"' }

/**
 * `quote-style` (information): a quotation whose marks differ from the document's style (the
 * most used outer marks; on a tie, « » in French and “ ” in English), with the fix that
 * rewrites its marks. Desks keep one style per story.
 */
export const quoteStyle: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const data = file.data.dispatch
  if (!context || !data) return
  const severity = severityOf(context.settings, 'quote-style')
  if (severity === 'off') return
  const closed = context.quotes.filter((q) => q.close !== null && q.mark in CLOSER)
  const counts = new Map<string, number>()
  for (const quote of closed) counts.set(quote.mark, (counts.get(quote.mark) ?? 0) + 1)
  if (counts.size < 2) return
  const fallback = data.language === 'fr' ? '«' : '“'
  const style = [...counts].sort(
    (a, b) => b[1] - a[1] || (a[0] === fallback ? -1 : b[0] === fallback ? 1 : 0),
  )[0][0]
  const open = style
  const close = CLOSER[style]
  const fr = context.locale === 'fr'
  for (const quote of closed) {
    if (quote.mark === style || quote.close === null) continue
    const edits = [
      { start: quote.open, end: quote.open + 1, newText: open },
      ...quote.reopens.map((at) => ({ start: at, end: at + 1, newText: open })),
      { start: quote.close, end: quote.close + 1, newText: close },
    ]
    report(file, context, severity, {
      rule: 'quote-style',
      start: quote.open,
      end: quote.close + 1,
      actual: context.text.slice(quote.open, quote.close + 1),
      reason: fr
        ? `Guillemets ${quote.mark}…${CLOSER[quote.mark]} différents de ceux de la dépêche (${open}…${close}) : utilisez ${open}…${close}.`
        : `Quotation marks ${quote.mark}…${CLOSER[quote.mark]} differ from the dispatch's style (${open}…${close}): use ${open}…${close}.`,
      fixes: [
        {
          title: fr ? `Remplacer par ${open}…${close}` : `Use ${open}…${close}`,
          edits,
        },
      ],
    })
  }
}
