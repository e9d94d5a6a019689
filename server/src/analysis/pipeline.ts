import { unified } from 'unified'
import { parseDispatch } from './parse/parse-plugin'
import { anonymousSources } from './plugins/anonymous'
import { attributeSpeakers } from './plugins/attribute-plugin'
import { quoteStyle } from './plugins/quote-style'
import { allowDirectives, invalidHeader, unknownRule } from './plugins/structure-rules'
import { unattributedClaim } from './plugins/unattributed-claim'
import { unattributedQuote } from './plugins/unattributed-quote'
import { unclosedQuote } from './plugins/unclosed-quote'
import { vagueAttribution } from './plugins/vague-attribution'
import type { AnalysisSettings } from './types'

/** The one processor the server, the CLI and the tests share. */
export function createProcessor(settings: AnalysisSettings = {}) {
  return unified()
    .use(parseDispatch, settings)
    .use(attributeSpeakers, settings)
    .use(invalidHeader)
    .use(unclosedQuote)
    .use(unattributedQuote)
    .use(unattributedClaim)
    .use(vagueAttribution)
    .use(anonymousSources)
    .use(unknownRule)
    .use(quoteStyle)
    .use(allowDirectives)
    .freeze()
}
