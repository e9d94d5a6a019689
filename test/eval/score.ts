import type { DispatchData, Speaker } from '../../server/src/analysis/index'

export interface GoldSpeaker {
  id: string
  kind: string
  role?: string | null
  aliases: string[]
  name?: string
}

export interface Gold {
  file: string
  language: string
  header: { date: string; dateline: string } | null
  speakers: GoldSpeaker[]
  quotes: Array<{
    text: string
    speaker: string | null
    via?: string | null
    cue?: string
    medium?: string
  }>
  claims?: Array<{ sentence_starts: string; speaker: string; cue?: string }>
  flags?: Array<{ rule: string; text: string }>
  /** The seed's older name for `flags`. */
  unattributed?: Array<{ rule: string; text: string }>
}

/** The counts every score adds up: per file, per set, per language. */
export const COUNT_KEYS = [
  'quoteTp',
  'quoteFp',
  'quoteFn',
  'speakerRight',
  'speakerTotal',
  'flagTp',
  'flagFp',
  'flagFn',
  'claimTp',
  'claimFp',
  'claimFn',
  'roleRight',
  'roleTotal',
] as const

export type Counts = Record<(typeof COUNT_KEYS)[number], number>

export function emptyCounts(): Counts {
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, 0])) as Counts
}

export interface FileScore extends Counts {
  byVia: Map<string, { found: number; right: number; total: number }>
  byRule: Map<string, { tp: number; fp: number; fn: number }>
  errors: string[]
}

/** The rules the gold's `flags` speak of (informational rules are not flags). */
export const FLAG_RULES = new Set([
  'unattributed-quote',
  'unattributed-claim',
  'vague-attribution',
  'anonymous-without-reason',
  'unclosed-quote',
])

const DETERMINERS =
  /^(?:(?:le|la|les|un|une|des|du|de|the|a|an|plusieurs|certains|certaines|some|several)\s+|[ld]'\s*)/

/** Case, accents' forms, quote marks, apostrophes and edge punctuation do not matter. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[«»“”"‹›‘]/g, ' ')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,.;:!?…—–-]+|[\s,.;:!?…—–-]+$/g, '')
    .toLowerCase()
}

export function normaliseName(text: string): string {
  return normalise(text)
    .replace(DETERMINERS, '')
    .replace(/['’]s$/, '')
    .trim()
}

function speakerMatches(predicted: Speaker | undefined, gold: GoldSpeaker | undefined): boolean {
  if (!predicted || !gold) return false
  const aliases = new Set(
    [...gold.aliases, gold.name ?? '', gold.id].filter(Boolean).map(normaliseName),
  )
  const names = [
    predicted.name,
    ...predicted.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text),
  ]
  return names.some((name) => aliases.has(normaliseName(name)))
}

const POSSESSIVES = /^(?:son|sa|ses|leur|leurs|his|her|their|its)\s+/

/** A role as the hover shows it, without its determiner or possessive: `the mayor` = `mayor`. */
export function normaliseRole(text: string): string {
  return normaliseName(text).replace(POSSESSIVES, '').trim()
}

function occurrences(text: string, phrase: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  const haystack = text.toLowerCase().replace(/’/g, "'")
  const needle = phrase.toLowerCase().replace(/’/g, "'")
  if (!needle) return found
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push([at, at + needle.length])
  }
  return found
}

/** Compares one file's analysis with its gold. */
export function score(
  gold: Gold,
  text: string,
  data: DispatchData,
  messages: Array<{ rule: string; start: number; end: number }>,
): FileScore {
  const result: FileScore = {
    ...emptyCounts(),
    byVia: new Map(),
    byRule: new Map(),
    errors: [],
  }
  const speakers = new Map(data.speakers.map((s) => [s.id, s]))
  const goldSpeakers = new Map(gold.speakers.map((s) => [s.id, s]))
  const goldFlags = gold.flags ?? gold.unattributed ?? []
  const hasUnclosedFlag = goldFlags.some((f) => f.rule === 'unclosed-quote')

  // Quotes, matched in order by normalised text.
  const predicted = data.attributions.filter((a) => a.kind === 'quote')
  const used = new Set<number>()
  for (const quote of gold.quotes) {
    const key = normalise(quote.text)
    const index = predicted.findIndex((p, i) => !used.has(i) && normalise(p.text) === key)
    const via = quote.via ?? (quote.speaker ? 'unknown' : 'unattributed')
    const counts = result.byVia.get(via) ?? { found: 0, right: 0, total: 0 }
    counts.total++
    result.byVia.set(via, counts)
    if (index === -1) {
      result.quoteFn++
      result.errors.push(`quote not found: “${quote.text.slice(0, 60)}”`)
      continue
    }
    used.add(index)
    result.quoteTp++
    counts.found++
    const found = predicted[index]
    result.speakerTotal++
    const right =
      quote.speaker === null
        ? found.speaker === null
        : speakerMatches(speakers.get(found.speaker ?? ''), goldSpeakers.get(quote.speaker))
    if (right) {
      result.speakerRight++
      counts.right++
    } else {
      const name = found.speaker ? speakers.get(found.speaker)?.name : 'nobody'
      result.errors.push(
        `speaker of “${quote.text.slice(0, 40)}”: got ${name} (${found.method}, cue ${found.cue?.text ?? '-'}), want ${quote.speaker ?? 'nobody'} (${quote.via ?? '-'})`,
      )
    }
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return
    // An unclosed quotation is cut at its paragraph end; gold may list it or only flag it.
    if (p.close === null && hasUnclosedFlag) return
    result.quoteFp++
    result.errors.push(`extra quote: “${p.text.slice(0, 60)}”`)
  })

  // Flags, matched by rule and overlap with the phrase the gold names.
  const predictedFlags = messages.filter((m) => FLAG_RULES.has(m.rule))
  const matchedPredicted = new Set<number>()
  for (const flag of goldFlags) {
    const rule = result.byRule.get(flag.rule) ?? { tp: 0, fp: 0, fn: 0 }
    result.byRule.set(flag.rule, rule)
    const places = occurrences(text, flag.text)
    const index = predictedFlags.findIndex(
      (m, i) =>
        !matchedPredicted.has(i) &&
        m.rule === flag.rule &&
        places.some(([s, e]) => m.start < e && s < Math.max(m.end, m.start + 1)),
    )
    if (index === -1) {
      result.flagFn++
      rule.fn++
      result.errors.push(`flag missed: ${flag.rule} “${flag.text}”`)
    } else {
      matchedPredicted.add(index)
      result.flagTp++
      rule.tp++
    }
  }
  predictedFlags.forEach((m, i) => {
    if (matchedPredicted.has(i)) return
    result.flagFp++
    const rule = result.byRule.get(m.rule) ?? { tp: 0, fp: 0, fn: 0 }
    rule.fp++
    result.byRule.set(m.rule, rule)
    result.errors.push(
      `false flag: ${m.rule} “${text.slice(m.start, Math.min(m.end, m.start + 60))}”`,
    )
  })

  // Roles: each gold speaker that has one and that the analysis found (by any of its names).
  for (const gold of goldSpeakers.values()) {
    if (!gold.role) continue
    const found = data.speakers.find((speaker) => speakerMatches(speaker, gold))
    if (!found) continue
    result.roleTotal++
    if (normaliseRole(found.role ?? '') === normaliseRole(gold.role)) result.roleRight++
    else result.errors.push(`role of ${gold.id}: got ${found.role ?? 'none'}, want ${gold.role}`)
  }

  // Claims: same sentence (by its first words) and same speaker.
  // Unattributed claims (no speaker) are scored as flags, not as claims.
  const claims = data.attributions.filter((a) => a.kind === 'claim' && a.speaker !== null)
  const usedClaims = new Set<number>()
  for (const claim of gold.claims ?? []) {
    const start = normalise(claim.sentence_starts)
    const index = claims.findIndex(
      (c, i) =>
        !usedClaims.has(i) &&
        normalise(c.text).startsWith(start) &&
        speakerMatches(speakers.get(c.speaker ?? ''), goldSpeakers.get(claim.speaker)),
    )
    if (index === -1) {
      result.claimFn++
      result.errors.push(`claim missed: “${claim.sentence_starts}” by ${claim.speaker}`)
    } else {
      usedClaims.add(index)
      result.claimTp++
    }
  }
  claims.forEach((c, i) => {
    if (usedClaims.has(i)) return
    result.claimFp++
    result.errors.push(
      `extra claim: “${c.text.slice(0, 40)}” by ${speakers.get(c.speaker ?? '')?.name} (cue ${c.cue?.text})`,
    )
  })
  return result
}
