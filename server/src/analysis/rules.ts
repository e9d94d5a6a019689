import type { Severity } from './types'

export type RuleId =
  | 'unattributed-quote'
  | 'unattributed-claim'
  | 'vague-attribution'
  | 'anonymous-source'
  | 'anonymous-without-reason'
  | 'unclosed-quote'
  | 'invalid-header'
  | 'unknown-rule'
  | 'quote-style'

export interface RuleInfo {
  id: RuleId
  severity: Exclude<Severity, 'off'>
  /** One line, for docs, hovers and `--help`. */
  summary: string
}

/** Every rule with its default severity. `anonymous-source` only runs when the anonymity
 * policy is `report-all` (or its severity is set explicitly). */
export const RULES: readonly RuleInfo[] = [
  { id: 'unattributed-quote', severity: 'warning', summary: 'A quotation with no speaker.' },
  {
    id: 'unattributed-claim',
    severity: 'warning',
    summary: 'A claim with no source: agentless passive, hedge or conditional.',
  },
  {
    id: 'vague-attribution',
    severity: 'warning',
    summary: 'A source too vague to check: "some analysts say", "selon certains observateurs".',
  },
  { id: 'anonymous-source', severity: 'info', summary: 'An anonymous source (information).' },
  {
    id: 'anonymous-without-reason',
    severity: 'warning',
    summary: 'An anonymous source with no reason given for its anonymity.',
  },
  { id: 'unclosed-quote', severity: 'error', summary: 'An opening quote mark is never closed.' },
  { id: 'invalid-header', severity: 'error', summary: 'The `date … |` header is malformed.' },
  { id: 'unknown-rule', severity: 'warning', summary: '`[!allow …]` names no known rule.' },
  {
    id: 'quote-style',
    severity: 'info',
    summary: 'Quotation marks that differ from the rest of the dispatch (information).',
  },
]

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id)

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id)
}

/** Where each rule's documentation lives (`docs/rules/<id>.md`). */
export const DOCS_BASE = 'https://github.com/dispatch-lens/dispatch-lens/blob/main/docs/rules/'

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`
}
