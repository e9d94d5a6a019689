/**
 * Hover: who said a quotation or claim and how that was found; the card of a speaker; the parsed
 * header; why a quotation has no speaker. Markdown in the UI language.
 */
import { type Hover, MarkupKind } from 'vscode-languageserver'
import type { Attribution, Header, Speaker } from '../analysis'
import { RULES } from '../analysis'
import type { DocumentAnalysis } from './analysisCache'
import { firstWords, lineOf, escapeMarkdown as md, toRange } from './convert'
import { attributionSpan, attributionsOf, targetAt } from './find'
import type { UiStrings } from './ui'

export function hover(analysis: DocumentAnalysis, offset: number): Hover | null {
  const target = targetAt(analysis.data, offset)
  if (!target) return null
  let value: string
  let span: { start: number; end: number }
  switch (target.kind) {
    case 'header':
      value = headerHover(target.header, analysis.ui)
      span = target.header
      break
    case 'annotation': {
      const { annotation } = target
      span = annotation
      if (annotation.kind === 'allow') {
        const id = annotation.rule?.text ?? ''
        const rule = RULES.find((r) => r.id === id)
        value = `**${analysis.ui.allowRule}** \`${md(id)}\`${rule ? ` — ${md(rule.summary)}` : ''}`
      } else if (target.speaker) {
        value = speakerCard(analysis, target.speaker)
      } else {
        return null
      }
      break
    }
    case 'mention':
      value = speakerCard(analysis, target.speaker)
      span = target.mention
      break
    case 'attribution':
      value = attributionHover(analysis, target.attribution, target.speaker)
      span = attributionSpan(target.attribution)
      break
  }
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: toRange(analysis.snapshot, span.start, span.end),
  }
}

/** `2021-07` → `July 2021` / `juillet 2021`; anything else is shown as written. */
export function formatDate(date: string, ui: UiStrings): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date)
  if (!match) return date
  const [, year, month, day] = match
  const monthName = month ? ui.monthNames[Number(month) - 1] : undefined
  if (!monthName) return year ?? date
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`
}

function headerHover(header: Header, ui: UiStrings): string {
  return [
    `**${ui.header}**`,
    `${ui.date}${ui.colon}${formatDate(header.date, ui)} (\`${md(header.date)}\`)`,
    `${ui.dateline}${ui.colon}${md(header.dateline)}`,
  ].join('\n\n')
}

function speakerTitle(speaker: Speaker, ui: UiStrings): string {
  const role = speaker.role ? ` · ${md(speaker.role)}` : ''
  return `**${md(speaker.name)}** — ${ui.kind[speaker.kind]}${role}`
}

function howFound(analysis: DocumentAnalysis, attribution: Attribution, speaker: Speaker): string {
  const { ui, snapshot } = analysis
  const how = {
    pronoun: ui.pronoun,
    description: ui.description,
    surname: ui.surname,
  }[attribution.method as 'pronoun' | 'description' | 'surname']
  if (how && attribution.source) {
    const line = attribution.antecedent ? lineOf(snapshot, attribution.antecedent.start) : null
    return ui.through(how, md(attribution.source.text), md(speaker.name), line)
  }
  return ui.method[attribution.method]
}

function attributionHover(
  analysis: DocumentAnalysis,
  attribution: Attribution,
  speaker: Speaker | null,
): string {
  const { ui } = analysis
  if (!speaker) {
    const title = attribution.kind === 'quote' ? ui.unattributedQuotation : ui.unattributedClaim
    return [
      `**${title}**`,
      `${ui.why}${ui.colon}${md(attribution.reason ?? ui.noSpeakerFound)}`,
    ].join('\n\n')
  }
  const title = attribution.kind === 'quote' ? ui.quotation : ui.claim
  const details: string[] = []
  if (attribution.cue) details.push(`${ui.cue}${ui.colon}*${md(attribution.cue.text)}*`)
  if (attribution.medium) details.push(`${ui.medium}${ui.colon}*${md(attribution.medium.text)}*`)
  details.push(`${ui.found}${ui.colon}${howFound(analysis, attribution, speaker)}`)
  return [`${title} · ${speakerTitle(speaker, ui)}`, details.join('  \n')].join('\n\n')
}

function speakerCard(analysis: DocumentAnalysis, speaker: Speaker): string {
  const { ui, snapshot, data } = analysis
  const said = attributionsOf(data, speaker)
  const quotes = said.filter((a) => a.kind === 'quote').length
  const lines = [speakerTitle(speaker, ui)]
  if (speaker.kind === 'anonymous') {
    const reason = speaker.anonymityReason ? md(speaker.anonymityReason.text) : ui.noAnonymityReason
    lines.push(`${ui.anonymityReason}${ui.colon}${reason}`)
  }
  lines.push(
    [ui.mentions(speaker.mentions.length), ui.quotations(quotes), ui.claims(said.length - quotes)]
      .filter(Boolean)
      .join(' · '),
  )
  if (said.length > 0) {
    lines.push(
      said
        .map((a) => {
          const words = a.kind === 'quote' ? `«${md(firstWords(a.text))}»` : md(firstWords(a.text))
          const cue = a.cue ? ` (*${md(a.cue.text)}*)` : ''
          return `- ${ui.line(lineOf(snapshot, a.start))}: ${words}${cue}`
        })
        .join('\n'),
    )
  }
  return lines.join('\n\n')
}
