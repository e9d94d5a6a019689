import type { RuleId } from '../rules'
import { RULES } from '../rules'
import type { AnalysisSettings, Severity } from '../types'

/** The severity a rule runs at under these settings (`off` when it does not run). */
export function severityOf(settings: AnalysisSettings, rule: RuleId): Severity {
  const configured = settings.rules?.[rule]
  if (configured) return configured
  if (rule === 'anonymous-source') return settings.anonymity === 'report-all' ? 'info' : 'off'
  if (rule === 'anonymous-without-reason' && settings.anonymity === 'off') return 'off'
  return RULES.find((info) => info.id === rule)?.severity ?? 'warning'
}

/** First words of a quotation, for messages: `«combattants se sont emparés…»`. */
export function excerpt(text: string, words = 5): string {
  const list = text.split(/\s+/).filter(Boolean)
  const short = list.slice(0, words).join(' ')
  return list.length > words ? `${short}…` : short
}
