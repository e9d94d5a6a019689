import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import { severityOf } from './severity'

const CLOSER: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‹': '›', '‘': '’' }

/** `unclosed-quote`: an opening mark never closed; the quotation is cut at its paragraph end. */
export const unclosedQuote: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  if (!context) return
  const severity = severityOf(context.settings, 'unclosed-quote')
  if (severity === 'off') return
  for (const quote of context.quotes) {
    if (quote.close !== null) continue
    const closer = CLOSER[quote.mark] ?? quote.mark
    // Close before the paragraph's final punctuation: `…garantie».` rather than `…garantie.»`
    let at = quote.end
    if (/[.!?…]/.test(context.text[at - 1] ?? '') && at - 1 > quote.start) at -= 1
    const newText =
      quote.mark === '«'
        ? `\u00a0${closer}`.replace(
            /^\u00a0/,
            context.text[quote.open + 1] === '\u00a0' ? '\u00a0' : '',
          )
        : closer
    report(file, context, severity, {
      rule: 'unclosed-quote',
      start: quote.open,
      end: quote.open + 1,
      reason:
        context.locale === 'fr'
          ? `Guillemet ouvrant ${quote.mark} jamais fermé : ajoutez ${closer} à la fin de la citation (elle est coupée à la fin du paragraphe).`
          : `Opening ${quote.mark} is never closed: add ${closer} where the quotation ends (it is cut at the paragraph's end).`,
      fixes: [
        {
          title:
            context.locale === 'fr'
              ? `Fermer la citation par ${closer}`
              : `Close the quotation with ${closer}`,
          edits: [{ start: at, end: at, newText }],
        },
      ],
    })
  }
}
