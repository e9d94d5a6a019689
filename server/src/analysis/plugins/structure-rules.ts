import type { Plugin } from 'unified'
import { report } from '../context'
import type { Root } from '../parse/tree'
import { isRuleId, RULE_IDS } from '../rules'
import { severityOf } from './severity'

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

const ANNOTATIONS = /\[[@!][^\][\n\r]{0,300}\]/g

/** Whether an annotation is alone on its line (other annotations aside). */
function standsAlone(text: string, annotation: { start: number; end: number }): boolean {
  const lineStart =
    Math.max(
      text.lastIndexOf('\n', annotation.start - 1),
      text.lastIndexOf('\r', annotation.start - 1),
    ) + 1
  const after = text.slice(annotation.end).search(/[\r\n]/)
  const lineEnd = after === -1 ? text.length : annotation.end + after
  const rest = text.slice(lineStart, annotation.start) + text.slice(annotation.end, lineEnd)
  return !/\S/.test(rest.replace(ANNOTATIONS, ''))
}

/** `invalid-header`: a first line that starts like `date …` but is malformed. */
export const invalidHeader: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const problem = context?.headerProblem
  if (!context || !problem) return
  const severity = severityOf(context.settings, 'invalid-header')
  if (severity === 'off') return
  report(file, context, severity, {
    rule: 'invalid-header',
    start: problem.start,
    end: problem.end,
    reason:
      context.locale === 'fr'
        ? `${problem.reason.fr} ; le reste du texte est analysé sans en-tête.`
        : `${problem.reason.en}; the rest of the text is analysed as if there were no header.`,
  })
}

/** `unknown-rule`: `[!allow x]` where x names no rule (with the nearest id as a fix). */
export const unknownRule: Plugin<[], Root> = () => (_tree, file) => {
  const context = file.data.dispatchContext
  const data = file.data.dispatch
  if (!context || !data) return
  const severity = severityOf(context.settings, 'unknown-rule')
  if (severity === 'off') return
  for (const annotation of data.annotations) {
    if (annotation.kind !== 'allow') continue
    const rule = annotation.rule
    if (rule && isRuleId(rule.text)) continue
    const start = rule?.start ?? annotation.start
    const end = rule?.end ?? annotation.end
    const nearest = rule
      ? [...RULE_IDS].sort((a, b) => distance(rule.text, a) - distance(rule.text, b))[0]
      : undefined
    const close = rule && nearest && distance(rule.text, nearest) <= 4 ? nearest : undefined
    const known = RULE_IDS.join(', ')
    report(file, context, severity, {
      rule: 'unknown-rule',
      start,
      end,
      reason:
        context.locale === 'fr'
          ? `Règle inconnue${rule ? ` « ${rule.text} »` : ''} dans [!allow …]${close ? ` : vouliez-vous dire « ${close} » ?` : '.'} Règles : ${known}.`
          : `Unknown rule${rule ? ` “${rule.text}”` : ''} in [!allow …]${close ? `: did you mean “${close}”?` : '.'} Rules: ${known}.`,
      fixes: close
        ? [{ title: `Replace with ${close}`, edits: [{ start, end, newText: close }] }]
        : [],
    })
  }
}

/**
 * `[!allow rule-id]` silences that rule in the paragraph it stands in (or, on a line of its own
 * before the first paragraph, in the whole file). Runs last.
 */
export const allowDirectives: Plugin<[], Root> = () => (_tree, file) => {
  const data = file.data.dispatch
  if (!data) return
  const allows = data.annotations.filter(
    (a) => a.kind === 'allow' && a.rule && isRuleId(a.rule.text),
  )
  if (allows.length === 0) return
  const ranges: Array<{ rule: string; start: number; end: number }> = []
  for (const allow of allows) {
    if (!allow.rule) continue
    if (allow.scope === 'file') {
      ranges.push({ rule: allow.rule.text, start: 0, end: Infinity })
      continue
    }
    // On a line of its own: the paragraph that follows; otherwise the paragraph it ends or
    // stands in (annotations are not part of a paragraph's trimmed range).
    const text = String(file.value)
    const lineEnd = text.slice(allow.end).search(/[\r\n]|$/) + allow.end
    const paragraph = standsAlone(text, allow)
      ? data.paragraphs.find((p) => p.start > allow.start)
      : (data.paragraphs.find((p) => p.start <= lineEnd && allow.start <= p.end + 1) ??
        data.paragraphs.findLast((p) => p.start <= allow.start))
    if (paragraph)
      ranges.push({ rule: allow.rule.text, start: paragraph.start, end: paragraph.end })
  }
  file.messages = file.messages.filter((message) => {
    const offset =
      message.place && 'start' in message.place ? message.place.start.offset : undefined
    if (offset === undefined) return true
    return !ranges.some((r) => r.rule === message.ruleId && r.start <= offset && offset <= r.end)
  })
}
