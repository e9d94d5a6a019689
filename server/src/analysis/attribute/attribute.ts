import type { Lexicon } from '../lexicon'
import { hasEntry } from '../lexicon/sets'
import type { QuoteSpan } from '../parse/structure'
import type { Annotation, Attribution, Method, Paragraph, Sentence, Span, Speaker } from '../types'
import { sentenceClaim } from './claim'
import { type Cue, type CueMatcher, findCues, lowerCaseView } from './cues'
import { readNounPhrase } from './noun-phrase'
import { type Resolution, SpeakerRegistry } from './speakers'
import {
  COORDINATED,
  findMedium,
  findSubject,
  hasVerb,
  mainSubject,
  type Subject,
} from './subjects'

export interface AttributionInput {
  text: string
  /** The text with annotations masked. */
  masked: string
  lexicon: Lexicon
  matcher: CueMatcher
  paragraphs: Paragraph[]
  sentences: Sentence[]
  quotes: QuoteSpan[]
  annotations: Annotation[]
  /** Per-document cache of cues by sentence text, kept by the caller across versions. */
  cache?: CueCache
}

/** Reporting cues of one sentence, by the sentence's text: an edit re-reads only the
 * sentences it changed. Positions are kept relative to the sentence. */
export type CueCache = Map<string, Array<Omit<Cue, 'sentence'>>>

function cachedCues(
  cache: CueCache | undefined,
  matcher: CueMatcher,
  view: string,
  sentence: Sentence,
  index: number,
  lower: string | null,
): Cue[] {
  if (!cache) return findCues(matcher, view, sentence.start, sentence.end, index, lower)
  const key = `${matcher.language}\u0000${view.slice(sentence.start, sentence.end)}`
  let relative = cache.get(key)
  if (!relative) {
    relative = findCues(matcher, view, sentence.start, sentence.end, index, lower).map((cue) =>
      shiftCue(cue, -sentence.start, index),
    )
    // Bounded: a cache that outgrows any plausible document is simply started again.
    if (cache.size > 20000) cache.clear()
    cache.set(key, relative)
  }
  return relative.map((cue) => shiftCue(cue, sentence.start, index))
}

/**
 * A copy of a cue moved by `delta`, in sentence `index`. Copies are made by spreading alone,
 * then assigning the properties they already have: a literal that adds properties after a
 * spread (`{ ...cue, start }`) defines each of them through V8's runtime, many times slower.
 */
function shiftCue(cue: Omit<Cue, 'sentence'>, delta: number, index: number): Cue {
  const copy = { ...cue } as Cue
  copy.start = cue.start + delta
  copy.end = cue.end + delta
  if (cue.clitic) {
    const clitic = { ...cue.clitic }
    clitic.start = cue.clitic.start + delta
    clitic.end = cue.clitic.end + delta
    copy.clitic = clitic
  }
  copy.sentence = index
  return copy
}

export interface AttributionResult {
  /** The masked text with the inside of closed quotations blanked, as the sieves read it. */
  view: string
  speakers: Speaker[]
  attributions: Attribution[]
  cues: Cue[]
}

/** Verbs that report only next to a quotation: they make no claim of their own. */
const WEAK_FOR_CLAIMS =
  /(?:^|\s)(?:continued|continues|went on|goes on|poursuivi|poursuit|described|describes|welcomed|praised|thanked|salué|ironisé|lâché|lancé|lance|lancent|remercié|remercie|remercient|invoqué|invoque|évoqué|évoque|posted|posts|posté|décrit|décrivent|souvient|souviennent|souvenu|souvenue|rappelle|hommage|tribute)$/i

/** `\u2063` for every character but line breaks (which keep line-based positions). */
function blank(text: string, from: number, to: number): string {
  const inside = text.slice(from, to)
  return /[\r\n]/.test(inside) ? inside.replace(/[^\r\n]/g, '\u2063') : '\u2063'.repeat(to - from)
}

/** Blank out the inside of quotations so cues and subjects are only read outside them. */
export function blankQuotations(masked: string, quotes: QuoteSpan[]): string {
  if (quotes.length === 0) return masked
  const parts: string[] = []
  let last = 0
  for (const quote of quotes) {
    // An unclosed quotation stays readable: its reporting cue is often inside it
    // (`«Les électeurs ont tranché, a-t-il déclaré.`).
    if (quote.close === null) continue
    const from = quote.open + 1
    const to = quote.close
    if (from < last) continue
    parts.push(masked.slice(last, from), blank(masked, from, to))
    last = to
  }
  parts.push(masked.slice(last))
  return parts.join('')
}

interface CueInfo {
  cue: Cue
  subject: Subject | null
  resolution: Resolution | null
  medium: Span | null
  resolved: boolean
}

const REASONS = {
  en: {
    noCue:
      'No reporting verb, `according to` or annotation in its sentence, and no speaker to continue from earlier in the paragraph or the previous paragraph.',
    noSubject: 'A reporting verb is near, but no subject could be read for it.',
    pronoun: 'The pronoun at its cue matches no earlier speaker.',
  },
  fr: {
    noCue:
      'Ni verbe de parole, ni « selon », ni annotation dans sa phrase, et aucun locuteur à prolonger plus haut dans le paragraphe ou le précédent.',
    noSubject: 'Un verbe de parole est proche, mais aucun sujet n’a pu être lu.',
    pronoun: 'Le pronom de son verbe ne renvoie à aucun locuteur précédent.',
  },
}

/**
 * The attribution sieves, in text order: annotation, cue in the sentence (subject before or
 * after the verb, `selon`), pronoun, description or surname back-reference, then adjacency.
 * Speakers are merged as they are met, so a pronoun resolves to what came before it.
 */
export function attribute(input: AttributionInput, locale: 'en' | 'fr'): AttributionResult {
  const { text, masked, lexicon, matcher, sentences, quotes, paragraphs } = input
  const view = blankQuotations(masked, quotes)
  const registry = new SpeakerRegistry(lexicon)
  const lower = lowerCaseView(view)
  const cuesBySentence = sentences.map((sentence, index) =>
    cachedCues(input.cache, matcher, view, sentence, index, lower),
  )
  const info = new Map<Cue, CueInfo>()
  const resolve = (cue: Cue): CueInfo => {
    let entry = info.get(cue)
    if (entry?.resolved) return entry
    const sentence = sentences[cue.sentence]
    const earlier = cuesBySentence[cue.sentence].filter((c) => c.end <= cue.start)
    const floor = earlier.length ? earlier[earlier.length - 1].end : sentence.start
    const found = findSubject(lexicon, masked, view, sentence, cue, floor)
    let subject: Subject | null = null
    let resolution: Resolution | null = null
    if (found === COORDINATED) {
      // Shares the subject of the previous cue of the sentence, or of the main clause.
      const previous = cuesBySentence[cue.sentence].filter((c) => c.end <= cue.start && c !== cue)
      const shared = previous.length ? resolve(previous[previous.length - 1]) : null
      if (shared?.resolution) {
        subject = shared.subject
        resolution = { ...shared.resolution }
      } else {
        subject = mainSubject(lexicon, masked, view, sentence.start, cue.start)
        resolution = subject ? registry.resolve(subject.phrase, subject.appositive) : null
      }
    } else if (found) {
      subject = found
      resolution = registry.resolve(found.phrase, found.appositive)
    }
    const medium = findMedium(lexicon, masked, view, sentence, cue, subject)
    entry = { cue, subject, resolution, medium, resolved: true }
    info.set(cue, entry)
    return entry
  }
  // `X a rendu hommage : «…»`: a quotation after a colon is the words of the clause's subject.
  const colonSpeaker = (quote: QuoteSpan, sentence: Sentence): Resolution | null => {
    let k = quote.open - 1
    while (k > sentence.start && /\s/.test(view[k])) k--
    if (view[k] !== ':') return null
    const subject = mainSubject(lexicon, masked, view, sentence.start, k)
    return subject ? registry.resolve(subject.phrase, subject.appositive) : null
  }
  const sentenceOf = (offset: number): number => {
    let lo = 0
    let hi = sentences.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (sentences[mid].start <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const quotesBySentence = new Map<number, QuoteSpan[]>()
  for (const quote of quotes) {
    const index = sentenceOf(quote.open)
    const list = quotesBySentence.get(index) ?? []
    list.push(quote)
    quotesBySentence.set(index, list)
  }

  const attributions: Attribution[] = []
  // Unclosed quotations are rare: filtered once, not for every sentence.
  const unclosed = quotes.filter((q) => q.close === null)
  const consumed = new Set<Cue>()
  const lastByParagraph = new Map<number, Attribution>()

  // People named only by an annotation (`“…” [@Laura Chen]`) are antecedents too: `Chen
  // said`, `she added` after it refer to them. Added in text order with the sentences' own.
  const named = input.annotations.filter(
    (a) => a.kind === 'speaker' && a.name && !/^(?:anonymous|anonyme)$/i.test(a.name.text),
  )
  let nextNamed = 0
  sentences.forEach((sentence, index) => {
    for (; nextNamed < named.length && named[nextNamed].start < sentence.start; nextNamed++)
      registerAnnotatedPerson(lexicon, text, named[nextNamed], registry)
    registerLatentPersons(lexicon, masked, view, sentence, registry)
    const cues = cuesBySentence[index]
    if (cues.length === 0) registerLatentSubject(lexicon, masked, view, sentence, registry)
    const sentenceQuotes = quotesBySentence.get(index) ?? []
    const sentenceQuotesAll = unclosed.filter(
      (q) => q.open < sentence.end && q.end > sentence.start,
    )
    for (const quote of sentenceQuotes) {
      const closeSentence = quote.close === null ? index : sentenceOf(quote.close)
      // An unclosed quotation runs on over the sentences of its paragraph: its reporting
      // clause may stand in any of them (`“… I thought the town would go, said Keith Brandt`).
      const lastSentence =
        quote.close === null ? sentenceOf(Math.max(quote.start, quote.end - 1)) : closeSentence
      const insideCues =
        lastSentence > index ? cuesBySentence.slice(index, lastSentence + 1).flat() : cues
      let cue = cueForQuote(
        view,
        quote,
        insideCues,
        closeSentence === index ? [] : cuesBySentence[closeSentence],
      )
      // `“Who picks the auditors?” Delgado asked.`: the cue stands in a short next sentence.
      const next = sentences[closeSentence + 1]
      if (
        !cue &&
        quote.close !== null &&
        next &&
        next.paragraph === sentences[closeSentence].paragraph &&
        !/\S/.test(view.slice(quote.close + 1, sentences[closeSentence].end))
      ) {
        const nextCue = cuesBySentence[closeSentence + 1][0]
        if (
          nextCue &&
          nextCue.start - next.start < 40 &&
          !(quotesBySentence.get(closeSentence + 1) ?? []).some((q) => q.open < nextCue.start) &&
          opensWithSubject(next, nextCue)
        ) {
          cue = { cue: nextCue, after: true }
        }
      }
      const attribution: Attribution = {
        kind: 'quote',
        text: text.slice(quote.start, quote.end),
        start: quote.start,
        end: quote.end,
        open: quote.open,
        close: quote.close,
        speaker: null,
        source: null,
        antecedent: null,
        cue: null,
        medium: null,
        method: 'none',
        reason: null,
      }
      if (cue) {
        consumed.add(cue.cue)
        const entry = resolve(cue.cue)
        attribution.cue = {
          start: cue.cue.start,
          end: cue.cue.end,
          text: text.slice(cue.cue.start, cue.cue.end),
        }
        attribution.medium = entry.medium
        if (entry.resolution) {
          attribution.speaker = entry.resolution.speaker.id
          attribution.source = entry.resolution.source
          attribution.antecedent = entry.resolution.antecedent
          attribution.method = entry.resolution.method ?? cueMethod(entry, cue.after)
        } else {
          attribution.reason = entry.subject?.phrase.pronoun
            ? REASONS[locale].pronoun
            : REASONS[locale].noSubject
        }
      }
      if (!cue) {
        const colon = colonSpeaker(quote, sentence)
        if (colon) {
          attribution.speaker = colon.speaker.id
          attribution.source = colon.source
          attribution.antecedent = colon.antecedent
          attribution.method = colon.method ?? 'cue'
        }
      }
      if (!attribution.speaker) adjacent(attribution, quote, sentence)
      if (!attribution.speaker && !attribution.reason) attribution.reason = REASONS[locale].noCue
      attributions.push(attribution)
      lastByParagraph.set(quote.lastParagraph, attribution)
      if (quote.firstParagraph !== quote.lastParagraph)
        lastByParagraph.set(quote.firstParagraph, attribution)
    }
    // Claims: the sentence's cues that no quotation took.
    for (const cue of cues) {
      if (consumed.has(cue)) continue
      if (cue.type === 'gerund' || WEAK_FOR_CLAIMS.test(cue.text.replace(/\s+/g, ' '))) continue
      // `Le président aurait promis une prime`: reported, unconfirmed, nobody's claim.
      if (/^(?:aurai(?:t|ent))\s/iu.test(cue.text)) continue
      // Words inside an unclosed quotation are the speaker's, not reports of the sentence.
      if (
        sentenceQuotesAll.some((q) => q.close === null && q.start <= cue.start && cue.start < q.end)
      )
        continue
      const entry = resolve(cue)
      if (!entry.resolution) continue
      if (embeddedReport(cue, entry)) continue
      const claim = sentenceClaim(text, sentence, {
        speaker: entry.resolution.speaker.id,
        source: entry.resolution.source,
        antecedent: entry.resolution.antecedent,
        cue: { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) },
        medium: entry.medium,
        method: entry.resolution.method ?? cueMethod(entry, false),
        reason: null,
      })
      attributions.push(claim)
      lastByParagraph.set(sentence.paragraph, claim)
    }
  })

  /** `Delgado asked.`, not `The strike will go on, Chen said.`: the next sentence is only its
   * speaker and the cue, so it reports the quotation rather than a claim of its own. */
  function opensWithSubject(sentence: Sentence, cue: Cue): boolean {
    const subject = findSubject(lexicon, masked, view, sentence, cue)
    if (subject === null || subject === COORDINATED) return false
    return !/\S/.test(view.slice(sentence.start, subject.phrase.start))
  }

  /** `Marchetti said the state had asked for aid`: a cue inside the words another cue reports
   * is part of that claim, not a claim of its own. */
  function embeddedReport(cue: Cue, entry: CueInfo): boolean {
    if (entry.subject?.position !== 'before') return false
    const subjectStart = entry.subject.phrase.start
    return cuesBySentence[cue.sentence].some((other) => {
      if (other === cue || other.end > subjectStart) return false
      const known = info.get(other)
      if (!known?.resolution) return false
      return !/;|tandis que|alors que|\bwhile\b|\bwhereas\b|\bbut\b|\bmais\b/iu.test(
        view.slice(other.end, subjectStart),
      )
    })
  }

  function adjacent(attribution: Attribution, quote: QuoteSpan, sentence: Sentence): void {
    const paragraph = quote.firstParagraph
    const earlier = lastByParagraph.get(paragraph)
    if (earlier?.speaker) {
      copySpeaker(attribution, earlier)
      return
    }
    // `Ravik … addressed supporters. “Tonight…”`: a quotation opening a sentence continues
    // the person the previous sentence of the paragraph is about.
    const before = sentences[sentenceOf(sentence.start) - 1]
    if (sentence.start === quote.open && before && before.paragraph === sentence.paragraph) {
      const subject = mainSubject(lexicon, masked, view, before.start, before.end)
      const person = subject?.appositive?.kind === 'name' ? subject.appositive : subject?.phrase
      const described = person === subject?.phrase ? subject?.appositive : subject?.phrase
      // (`Ravik, a 47-year-old former judge, addressed…`: a one-word name described as a person.)
      const isPerson =
        person?.speakerKind === 'person' ||
        (described?.kind === 'description' &&
          (described.speakerKind === 'person' || described.speakerKind === 'anonymous'))
      if (subject && person?.kind === 'name' && isPerson) {
        const resolution = registry.resolve(subject.phrase, subject.appositive)
        if (resolution) {
          attribution.speaker = resolution.speaker.id
          attribution.source = null
          attribution.antecedent = resolution.source
          attribution.method = 'adjacent'
          attribution.reason = null
          return
        }
      }
    }
    // A paragraph that is only a quotation continues the previous paragraph's quotation.
    const opensParagraph = paragraphs[paragraph].start === quote.open
    const previous = lastByParagraph.get(paragraph - 1)
    if (
      opensParagraph &&
      sentence.start === quote.open &&
      previous?.kind === 'quote' &&
      previous.speaker
    ) {
      copySpeaker(attribution, previous)
    }
  }

  applyAnnotations(input, registry, attributions, sentences, sentenceOf)
  attributions.sort((a, b) => a.start - b.start || (a.cue?.start ?? 0) - (b.cue?.start ?? 0))
  const used = new Set(attributions.map((a) => a.speaker).filter((id): id is string => id !== null))
  const speakers = registry.prune(used)
  // Subjects were read with annotations masked; every span says the text's own words.
  const own = <T extends Span | null>(span: T): T => {
    if (!span) return span
    const copy = { ...span }
    copy.text = text.slice(span.start, span.end)
    return copy
  }
  for (const speaker of speakers) {
    speaker.mentions = speaker.mentions.map((mention) => own(mention))
    speaker.anonymityReason = own(speaker.anonymityReason)
  }
  for (const attribution of attributions) {
    attribution.source = own(attribution.source)
    attribution.antecedent = own(attribution.antecedent)
    attribution.medium = own(attribution.medium)
  }
  return { view, speakers, attributions, cues: cuesBySentence.flat() }
}

const IN_RELATIVE = /,\s*(?:who|whom|whose|which|qui|que|qu['’]|dont|où)(?![\p{L}])[^,;]*$/iu

const PERSON_NAME =
  /(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?)\s+)?\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}’']*)*(?:\s+(?:(?:de|van|von|al|el|bin|da|di|du|le|la)\s+)?\p{Lu}[\p{L}’'-]+){1,3}/uy

/** Upper-case letters (`\p{Lu}`) of the BMP, by code unit: 0 unknown, 1 upper, 2 not. */
const UPPER_CASE = new Uint8Array(0x10000)
const IS_UPPER = /^\p{Lu}$/u

/** Where the next upper-case letter at or after `from` starts, or -1. */
function nextUpper(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (code >= 65 && code <= 90) return i
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      // A letter outside the BMP (rare): its pair is tested whole.
      if (IS_UPPER.test(text.slice(i, i + 2))) return i
      continue
    }
    let kind = UPPER_CASE[code]
    if (kind === 0) {
      kind = IS_UPPER.test(text[i]) ? 1 : 2
      UPPER_CASE[code] = kind
    }
    if (kind === 1) return i
  }
  return -1
}

/** The matches of PERSON_NAME in `text`, leftmost first and not overlapping, as `matchAll`
 * gives them. Every match starts at an upper-case letter (a title too: `M.`, `Dr`), so the
 * pattern is only tried there; unanchored, V8 would try its optional title at every character. */
function* personNames(text: string): Generator<RegExpExecArray> {
  for (let at = nextUpper(text, 0); at !== -1; ) {
    PERSON_NAME.lastIndex = at
    const match = PERSON_NAME.exec(text)
    if (match) {
      yield match
      at = nextUpper(text, match.index + match[0].length)
    } else at = nextUpper(text, at + 1)
  }
}

/** People named near the start of a sentence (its subject, mostly) who may be `il`, `he` later. */
function registerLatentPersons(
  lexicon: Lexicon,
  text: string,
  view: string,
  sentence: Sentence,
  registry: SpeakerRegistry,
): void {
  const headEnd = Math.min(sentence.end, sentence.start + 90)
  const head = view.slice(sentence.start, sentence.end)
  const addLatentAt = (start: number, end: number) => {
    registry.addLatent({
      start,
      end,
      text: text.slice(start, end),
      // Past the first words, or inside a relative clause (`Sam Adeyemi, who cast her in his
      // film Last Round, wrote…`): found by surname, never the antecedent of a pronoun.
      anywhere: start >= headEnd || IN_RELATIVE.test(view.slice(sentence.start, start)),
      read: once(() => readNounPhrase(lexicon, text.slice(start, end), start)),
      role: once(() => roleBefore(lexicon, text, view, sentence.start, start, end)),
    })
  }
  for (const match of personNames(head)) {
    const start = sentence.start + match.index
    // `the Bergen Institute of Public Health`: a complement, not a person; in `ministre du
    // Logement Bernard Vaudrey` the person is what follows the complement's first word.
    const before = view.slice(Math.max(0, start - 6), start)
    if (/(?:^|\s)(?:of|de|du|des|the|at|in|for|from|à|au|aux|l['’]|d['’])\s*$/iu.test(before)) {
      const rest = /^\S+\s+(\p{Lu}\S*(?:\s+\p{Lu}\S*)+)$/u.exec(match[0])
      if (!rest) continue
      const from = start + match[0].length - rest[1].length
      const to = start + match[0].length
      addLatentAt(from, to)
      continue
    }
    const end = start + match[0].length
    addLatentAt(start, end)
  }
}

/** Whether a capitalised word, then white space, stands right before `index` (walked back
 * char by char: a pattern anchored at the end would backtrack over long runs of letters). */
function capitalisedWordBefore(text: string, index: number, floor: number): boolean {
  let end = index
  while (end > floor && /\s/.test(text[end - 1])) end--
  if (end === index) return false
  let start = end
  while (start > floor && /[\p{L}'’.-]/u.test(text[start - 1])) start--
  return start < end && /\p{Lu}/u.test(text[start])
}

/** `Laetitia, 31 ans,`, `Jef, 58,`: a first name alone, made a person by an age. */
const AGED_FIRST_NAME = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}-]+),\s+\d{1,3}(?:\s+ans)?,/gu

/**
 * The subject of a sentence that reports nothing (`Un moniteur de ski présent au sommet a vu
 * la plaque se détacher.`), and first names with an age: people a later `il`, `she` may mean.
 */
function registerLatentSubject(
  lexicon: Lexicon,
  text: string,
  view: string,
  sentence: Sentence,
  registry: SpeakerRegistry,
): void {
  // Most sentences have no age: a cheap test first, then the pattern on the sentence alone.
  const words = view.slice(sentence.start, sentence.end)
  if (!/\d,|\d ans,/.test(words)) {
    registerSubjectLatents(lexicon, text, view, sentence, registry)
    return
  }
  AGED_FIRST_NAME.lastIndex = 0
  for (let match = AGED_FIRST_NAME.exec(words); match; match = AGED_FIRST_NAME.exec(words)) {
    const start = sentence.start + match.index
    const end = start + match[1].length
    // A surname after its first name (`Warren Tull, 61,`) is a full name's, read elsewhere.
    if (capitalisedWordBefore(view, start, sentence.start)) continue
    // The apposition after the age is the role: `Laetitia, 31 ans, enceinte de sept mois,`.
    const after = start + match[0].length
    const stop = view.slice(after, sentence.end).search(/[,;.]/)
    const roleEnd = stop === -1 ? sentence.end : after + stop
    registry.addLatent({
      start,
      end,
      text: match[1],
      single: true,
      read: once(() => {
        const phrase = readNounPhrase(lexicon, text.slice(start, end), start)
        if (!phrase) return phrase
        const person = { ...phrase }
        person.speakerKind = 'person'
        return person
      }),
      role: once(() => {
        const role = readNounPhrase(lexicon, text.slice(after, roleEnd), after, 'apposition')
        return role?.kind === 'description' && !hasVerb(lexicon, text.slice(after, roleEnd))
          ? role.text
          : null
      }),
    })
  }
  registerSubjectLatents(lexicon, text, view, sentence, registry)
}

function registerSubjectLatents(
  lexicon: Lexicon,
  text: string,
  view: string,
  sentence: Sentence,
  registry: SpeakerRegistry,
): void {
  const subject = once(() => mainSubject(lexicon, text, view, sentence.start, sentence.end))
  // Where the phrase stands is known only once read; it opens the sentence.
  registry.addLatent({
    start: sentence.start,
    end: sentence.start,
    description: true,
    // A description with a name in apposition is that named person, registered by name.
    read: once(() => {
      const found = subject()
      return found?.phrase.kind === 'description' && found.appositive?.kind !== 'name'
        ? found.phrase
        : null
    }),
  })
  registry.addLatent({
    start: sentence.start,
    end: sentence.start,
    known: true,
    read: once(() => {
      const found = subject()
      return found?.phrase.kind === 'name' ? found.phrase : null
    }),
  })
}

function registerAnnotatedPerson(
  lexicon: Lexicon,
  text: string,
  annotation: Annotation,
  registry: SpeakerRegistry,
): void {
  const name = annotation.name
  if (!name) return
  registry.addLatent({
    start: name.start,
    end: name.end,
    text: name.text,
    read: once(() => readNounPhrase(lexicon, text.slice(name.start, name.end), name.start)),
    role: () => annotation.role?.text ?? null,
  })
}

/** A value computed on first use only: most people named are never asked about. */
function once<T>(compute: () => T): () => T {
  let done = false
  let value: T | undefined
  return () => {
    if (!done) {
      value = compute()
      done = true
    }
    return value as T
  }
}

/** Words that, before a name, show it is not the subject with its role: `Selon X`, `After X`,
 * `Présidé par l'actrice X`, `Tom Baker and Anne Roy`. */
const NOT_A_ROLE =
  /^(?:selon|d['’]après|pour|par|avec|dans|sur|après|avant|lors|comme|et|ou|mais|puis|according|after|before|in|on|at|with|for|by|when|while|as|like|and|or|but|then)$/iu

/**
 * The role a sentence gives the person it opens with, where it names them: the words before the
 * name (`L'avocate générale Claire Vasseur a requis…`, `Former finance minister Radu Sorescu
 * took…`) or an apposition before it (`Le ministre de l'Intérieur, Arnaud Sellier, doit…`).
 */
function roleBefore(
  lexicon: Lexicon,
  text: string,
  view: string,
  from: number,
  start: number,
  end: number,
): string | null {
  const prefix = view.slice(from, start)
  // A quotation before the name (`“…,” said Tom Baker`): the words before are no role.
  if (/[«»“”"‹›\u2063]/.test(prefix)) return null
  const words = prefix.trim().split(/\s+/)
  if (!words[0] || words.length > 8 || words.some((word) => NOT_A_ROLE.test(word))) return null
  // `Langford said a coalition between X…`: a clause, not a role.
  if (hasVerb(lexicon, prefix)) return null
  const apposition = /^([^,;:]+),\s*$/u.exec(prefix)
  if (apposition) {
    const phrase = readNounPhrase(
      lexicon,
      text.slice(from, from + apposition[1].length),
      from,
      'apposition',
    )
    if (phrase?.kind !== 'description') return null
    // Opening the sentence, its determiner is capitalised: `Le ministre` → `le ministre`.
    const first = /^[\p{L}]+['’]?/u.exec(phrase.text)?.[0].toLowerCase().replace('’', "'") ?? ''
    return hasEntry(lexicon, 'determiners', first) || first.endsWith("'")
      ? phrase.text.charAt(0).toLowerCase() + phrase.text.slice(1)
      : phrase.text
  }
  if (/[,;:]/.test(prefix)) return null
  const phrase = readNounPhrase(lexicon, text.slice(from, end), from)
  return phrase?.kind === 'name' && phrase.end === end ? phrase.role : null
}

function copySpeaker(target: Attribution, from: Attribution): void {
  target.speaker = from.speaker
  target.source = null
  target.antecedent = from.source ?? from.antecedent
  target.method = 'adjacent'
  target.reason = null
}

function cueMethod(entry: CueInfo, after: boolean): Method {
  if (entry.subject?.position === 'preposition') return 'selon'
  if (after || entry.subject?.position === 'after') return 'inverted'
  return 'cue'
}

const CLAUSE_BREAK =
  /;|[«»“”"\u2063]|tandis que|alors que|\bwhile\b|\bwhereas\b|\bbut\b|\bmais\b|\bet\b|\band\b/iu

/**
 * Which cue reports a quotation: the one right after its closing mark (`», a dit X`, `," X
 * said`), else the nearest before it in the sentence, else the nearest after it.
 */
function cueForQuote(
  view: string,
  quote: QuoteSpan,
  cues: Cue[],
  closingCues: Cue[],
): { cue: Cue; after: boolean } | null {
  if (quote.close === null) {
    const inside = cues.find(
      (cue) =>
        cue.start > quote.start &&
        cue.start < quote.end &&
        /,\s*(?:[\p{L}'’.-]+\s+){0,3}$/u.test(view.slice(quote.start, cue.start)),
    )
    if (inside) return { cue: inside, after: true }
  }
  const close = quote.close ?? quote.end
  for (const cue of [...cues, ...closingCues]) {
    if (cue.start < close) continue
    const between = view.slice(close + 1, cue.start)
    const joined =
      /(?:^|\s)(?:et|mais|puis|ou|que|qu['’]|and|but|then|or|that|while|as|although|though|bien que|quoique|alors que|tandis que|puisque|parce que|because|since)(?:\s|$)/iu.test(
        between,
      )
    if (!/[«»“”"\u2063.;:!?]/.test(between) && between.length < 90 && !joined)
      return { cue, after: true }
    break
  }
  // The first cue of the clause reports the quotation: in `X said her client denied it and
  // would «…»`, the words are X's. A clause break (`;`, `while`, `tandis que`) starts anew.
  let before: Cue | null = null
  for (const cue of cues) {
    if (cue.end > quote.open) break
    if (!before || CLAUSE_BREAK.test(view.slice(before.end, cue.start))) before = cue
  }
  if (before) return { cue: before, after: false }
  const after = cues.find((cue) => cue.start >= close)
  return after ? { cue: after, after: true } : null
}

/** `[@Name]` right after a quotation (or at the end of a sentence) overrides the analysis. */
function applyAnnotations(
  input: AttributionInput,
  registry: SpeakerRegistry,
  attributions: Attribution[],
  sentences: Sentence[],
  sentenceOf: (offset: number) => number,
): void {
  const { text } = input
  // Quotations by closing mark, to find the one an annotation follows without a scan.
  const closed = attributions
    .filter((a) => a.kind === 'quote' && a.close !== null)
    .sort((a, b) => (a.close ?? 0) - (b.close ?? 0))
  const quoteClosingBefore = (offset: number): Attribution | undefined => {
    let lo = 0
    let hi = closed.length - 1
    let found: Attribution | undefined
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((closed[mid].close ?? 0) < offset) {
        found = closed[mid]
        lo = mid + 1
      } else hi = mid - 1
    }
    const close = found?.close
    return close != null && /^[\s,.;:!?]*$/.test(text.slice(close + 1, offset)) ? found : undefined
  }
  for (const annotation of input.annotations) {
    if (annotation.kind !== 'speaker' || !annotation.name) continue
    const name = annotation.name
    const anonymous = /^(?:anonymous|anonyme)$/i.test(name.text)
    const targets: Attribution[] = []
    const quote = quoteClosingBefore(annotation.start)
    if (quote) targets.push(quote)
    else {
      const index = sentenceOf(annotation.start)
      const sentence = sentences[index]
      const inSentence = attributions.filter(
        (a) => a.start >= sentence.start && a.end <= Math.max(sentence.end, annotation.start),
      )
      targets.push(...inSentence)
    }
    for (const target of targets) {
      const current = target.speaker ? registry.speakerById(target.speaker) : null
      if (anonymous && current && current.kind !== 'document') {
        // `[@anonymous | reason]` on a source the text already names: it is that source,
        // anonymous, for that reason.
        current.kind = 'anonymous'
        if (annotation.role && !current.anonymityReason) current.anonymityReason = annotation.role
        continue
      }
      const speaker = registry.resolveAnnotation(
        name,
        anonymous ? null : annotation.role,
        annotation.start,
      )
      if (anonymous && annotation.role) speaker.anonymityReason = annotation.role
      target.speaker = speaker.id
      target.source = { ...name, kind: 'annotation' }
      target.antecedent = null
      target.method = 'annotation'
      target.reason = null
    }
  }
}
