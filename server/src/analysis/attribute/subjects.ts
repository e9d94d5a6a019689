import type { Lexicon } from '../lexicon'
import { hasEntry, isIn } from '../lexicon/sets'
import type { Span } from '../types'
import type { Cue } from './cues'
import { type NounPhrase, readNounPhrase } from './noun-phrase'

/** The words at a cue that name its speaker, with an apposition (`X, porte-parole de Y`). */
export interface Subject {
  phrase: NounPhrase
  appositive: NounPhrase | null
  /** Where the subject stands: before the verb, after it (inversion), or after `selon`. */
  position: 'before' | 'after' | 'preposition' | 'clitic'
}

/** `X a dit «…», mais assure que…`: the second verb shares the first one's subject. */
export const COORDINATED = 'coordinated'

const COORDINATORS = /(?:^|\s)(?:et|mais|puis|ou|and|but|then|or)\s*$/iu

/** Where a main clause's verb starts, to cut its subject: `a`, `ont`, `has`, `was`… */
const FR_VERB =
  /\s(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|va|vont|doit|doivent|peut|peuvent|ne|se|y)\s|\s[ns]['’](?=\p{L})/u
const EN_VERB = /\s(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|\p{Ll}+ed)\s/u

/** Quote marks (and the blanked inside of quotations), `;` and `:` end a clause. Tested by
 * code unit: these loops walk every character between a cue and its clause's edges. */
function endsClause(code: number): boolean {
  switch (code) {
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x22: // "
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0x2063: // the blanked inside of a quotation
    case 0x3b: // ;
    case 0x3a: // :
      return true
    default:
      return false
  }
}

interface Segment {
  start: number
  end: number
  text: string
}

function segments(view: string, from: number, to: number): Segment[] {
  const list: Segment[] = []
  let start = from
  let depth = 0
  for (let i = from; i <= to; i++) {
    const char = view[i]
    // What stands in parentheses (`(Aosis)`, `(sud-ouest)`) is an aside, never a subject.
    if (char === '(') {
      depth++
      if (depth > 1) continue
    } else if (char === ')' && depth > 0) {
      depth--
      start = i + 1
      continue
    } else if (depth > 0 && i < to) continue
    const dash =
      char === '—' || char === '–' || (char === '-' && view[i - 1] === ' ' && view[i + 1] === ' ')
    if (i === to || char === ',' || char === '(' || char === ')' || dash) {
      let s = start
      let e = i
      while (s < e && /\s/.test(view[s])) s++
      while (e > s && /\s/.test(view[e - 1])) e--
      list.push({ start: s, end: e, text: view.slice(s, e) })
      start = i + 1
    }
  }
  return list
}

function firstWord(text: string): string {
  return (/^[\p{L}\p{N}'’-]+/u.exec(text)?.[0] ?? '').toLowerCase().replace(/’/g, "'")
}

function isRelative(lexicon: Lexicon, text: string): boolean {
  const word = firstWord(text)
  return isIn(lexicon, 'relatives', word) || /^qu['’]/i.test(text)
}

function isAdverbial(lexicon: Lexicon, text: string): boolean {
  const word = firstWord(text)
  if (!word) return true
  if (/^\p{N}+$/u.test(word)) return true
  if (hasEntry(lexicon, 'determiners', word) || hasEntry(lexicon, 'pronouns', word)) return false
  if (isIn(lexicon, 'adverbialStarts', word)) return true
  // `Interrogé par l'AFP`, `Speaking to reporters`: participle phrases.
  if (
    /(?:ée?s?|ant|ing)$/u.test(word) &&
    /\s(?:par|by|to|à|au|sous|on|with|avec|de|d['’]|of|as|comme)\s?/u.test(` ${text} `)
  )
    return true
  // `relogés depuis lundi`, `entendus comme témoins`, `briefed on the talks`: a participle in
  // lower case opening words of its own (never a name: `Louis de Broglie`).
  return (
    /^\p{Ll}[\p{L}-]*(?:\s|$)/u.test(text) &&
    /(?:ée?s?|ie?s|ue?s?|is|ed)$/u.test(word) &&
    /\s/.test(text) &&
    !isIn(lexicon, 'roleNouns', word)
  )
}

/** A finite verb right after a phrase: the phrase is a clause's subject (`said Europe had
 * lost…`), where a relative (`said a crane operator who has worked…`) or a participle
 * (`s'exprimant`) would only describe it. */
const VERB_NEXT =
  /^\s+(?:has|have|had|is|are|was|were|will|would|could|can|should|must|did|does|do|\p{Ll}{3,}ed|a|ont|avait|avaient|est|sont|était|étaient|sera|seront|va|vont|doit|doivent|peut|peuvent)(?=\s)/u

const CLOSES_SENTENCE =
  /^(?:\s*\([^()]{0,60}\))?(?:\s*,\s*(?:qui|dont|où|which|who|whose)(?![\p{L}])[\s\S]*)?[\s,.;!?…)»”"]*$/u

/** French infinitives (and the `n'` of `n'avoir`), which no inverted subject follows. */
const INFINITIVE = /^(?:n['’]|\p{Ll}{2,}(?:er|ir|oir|re))$/u
const NOT_INFINITIVE = new Set([
  'hier',
  'soir',
  'entre',
  'contre',
  'outre',
  'notre',
  'votre',
  'leur',
  'leurs',
  'autre',
  'premier',
  'dernier',
  'cher',
])

const PLACE_BEFORE_SUBJECT =
  /^(?:sur|dans|devant|depuis|à|au|aux|en|at|in|on|outside)\s+(?:(?:le|la|les|l['’]|un|une|son|sa|ses|leur|the|a|an|his|her|its|their)\s*)?[\p{Ll}][\p{L}-]*(?=\s+(?:le|la|les|l['’]|un|une|M\.|Mme|the|\p{Lu}))/u

/** Strips media and time words that stand before the subject after an inverted verb. */
function stripLeading(lexicon: Lexicon, view: string, segment: Segment): Segment {
  let { start } = segment
  const { end } = segment
  for (let guard = 0; guard < 12; guard++) {
    while (start < end && /\s/.test(view[start])) start++
    const rest = view.slice(start, end)
    lexicon.media.lastIndex = 0
    const media = lexicon.media.exec(rest)
    if (media && media.index === 0) {
      start += media[0].length
      continue
    }
    const time =
      /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)(?: (?:soir|matin|après-midi))?|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|evening|afternoon))?|yesterday|today|tonight|earlier|later|also|again|then|de son côté|pour sa part|également|aussi|encore|ensuite|enfin|alors|plus tard|quant à lui|quant à elle|lors d'une? [\p{L}\- ]+? (?=\p{Lu}|l[ea] |les |un |une )|in a (?:statement|post|video|speech|letter)|by phone|on (?:X|Twitter|Facebook|state television|television))(?=\s|$)/u.exec(
        rest,
      )
    if (time) {
      start += time[0].length
      continue
    }
    // `a déclaré sur le tarmac le ministre`: a place before the subject.
    const place = PLACE_BEFORE_SUBJECT.exec(rest)
    if (place) {
      start += place[0].length
      continue
    }
    // `en début d'après-midi le colonel X`: skip words until a determiner or a name, but
    // never a verb: `a raconté avoir découvert des écrans…` has no inverted subject.
    const word = /^[\p{Ll}][\p{L}-]*(?:['’](?=\p{L}))?/u.exec(rest)
    if (word && INFINITIVE.test(word[0]) && !NOT_INFINITIVE.has(word[0])) break
    if (
      word &&
      !hasEntry(lexicon, 'determiners', word[0].toLowerCase().replace('’', "'")) &&
      !hasEntry(lexicon, 'pronouns', word[0]) &&
      !hasEntry(lexicon, 'titles', word[0]) &&
      /\s\p{Lu}|\s(?:le|la|les|l['’]|un|une|the|a|an)\s/u.test(rest)
    ) {
      start += word[0].length
      continue
    }
    break
  }
  return { start, end, text: view.slice(start, end) }
}

/** An age in apposition (`Jef Vandamme, 58, a dairy farmer`, `Yannick Perrot, 47 ans,`): it
 * stands between a name and its role. */
function isAge(text: string): boolean {
  return /^\d{1,3}(?:\s+(?:ans|years?\s+old))?$/u.test(text)
}

function appositiveAfter(
  lexicon: Lexicon,
  text: string,
  list: Segment[],
  index: number,
): NounPhrase | null {
  let next = list[index + 1]
  if (next && isAge(next.text)) next = list[index + 2]
  if (!next?.text || isRelative(lexicon, next.text) || isAdverbial(lexicon, next.text)) return null
  // An apposition is short and has no verb (a relative clause after it aside: `a dairy
  // farmer from Flanders who had driven…`); the last segment of a `selon X, …` sentence is
  // the reported clause itself.
  const relative = lexicon.compiled?.relativeEnd.exec(next.text)
  const own = relative ? next.text.slice(0, relative.index) : next.text
  if (
    own.split(/\s+/).length > 12 ||
    (lexicon.language === 'fr' ? FR_VERB : EN_VERB).test(` ${own} `)
  )
    return null
  const phrase = readNounPhrase(lexicon, text.slice(next.start, next.end), next.start, 'apposition')
  return phrase && phrase.kind !== 'pronoun' ? phrase : null
}

/** Where the clause holding a cue starts: after a quote mark, `;`, `:` or a complementiser. */
export function clauseStart(lexicon: Lexicon, view: string, from: number, cue: number): number {
  let start = from
  for (let i = cue - 1; i >= from; i--) {
    if (endsClause(view.charCodeAt(i))) {
      start = i + 1
      break
    }
  }
  const region = view.slice(start, cue)
  const pattern = lexicon.compiled?.clauseOpeners ?? /$^/g
  // `A state official, who asked not to be named because he was not authorized…, said`: an
  // opener inside an aside closed by the comma before the cue does not start the clause.
  const aside = /,\s*$/.test(region) ? ASIDE.exec(region) : null
  const limit = aside ? aside.index : region.length
  pattern.lastIndex = 0
  let last = -1
  for (let match = pattern.exec(region); match && match.index < limit; match = pattern.exec(region))
    last = match.index + match[0].length
  return last === -1 ? start : start + last
}

/** A comma opening an aside: a relative clause or a participle (`, who…`, `, qui…`,
 * `, speaking on condition of anonymity because…`). */
const ASIDE =
  /,\s*(?:who|whom|whose|which|where|qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|speaking|s['’]exprimant|\p{Ll}{3,}ing|\p{Ll}{3,}ant)(?![\p{L}\p{N}])/iu

/** Where the clause after a cue ends: a quote mark, `;`, `:` or the sentence end. */
export function clauseEnd(view: string, cue: number, to: number): number {
  for (let i = cue; i < to; i++) if (endsClause(view.charCodeAt(i))) return i
  return to
}

const FR_CLAUSE_VERB =
  /\s(?:va|vont|a|ont|est|sont|était|étaient|sera|seront|doit|doivent|peut|peuvent|avait|avaient|fait|font|n['’]\p{L}+|ne|se|s['’]\p{L}+|y)\s|\s\p{L}{3,}(?:ait|aient|eront)\s/u
const EN_CLAUSE_VERB =
  /\s(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|says|said|waited|must|should)\s|\s\p{Ll}{3,}ed\s+(?:to|the|a|an|that|on|in|by|for|with|\p{Ll}+)\s/u

/** Whether words read as a noun phrase are in fact a clause (they hold a verb). */
export function hasVerb(lexicon: Lexicon, text: string): boolean {
  // `diplomats involved in the talks`: a participle with its complement qualifies a noun.
  const words = text.replace(QUALIFYING_PARTICIPLE, ' ')
  return (lexicon.language === 'fr' ? FR_CLAUSE_VERB : EN_CLAUSE_VERB).test(` ${words} `)
}

const QUALIFYING_PARTICIPLE =
  /(?<![\p{L}])(?:involved|briefed|based|stationed|employed|engaged|published|released|issued|commissioned|conducted)(?=\s+(?:(?:last|this|earlier)\s+\p{L}+\s+)?(?:in|on|with|at|by|for)\s)/giu

function isNounPhraseStart(lexicon: Lexicon, segment: string): boolean {
  const word = firstWord(segment)
  return (
    hasEntry(lexicon, 'determiners', word) ||
    /^\p{Lu}/u.test(segment) ||
    hasEntry(lexicon, 'pronouns', word)
  )
}

/** The subject right before a verb: the last noun phrase, with the one before it when they
 * are in apposition (`Zabihullah Mujahid, un porte-parole des talibans, a annoncé`). */
function lastPhrase(
  lexicon: Lexicon,
  text: string,
  view: string,
  from: number,
  to: number,
): Subject | null {
  const list = segments(view, from, to)
  for (let i = list.length - 1; i >= 0; i--) {
    const segment = list[i]
    if (!segment.text || isRelative(lexicon, segment.text) || isAdverbial(lexicon, segment.text))
      continue
    const phrase = readNounPhrase(lexicon, text.slice(segment.start, segment.end), segment.start)
    if (!phrase) continue
    // A clause is not a subject: `le Crédit rhodanien va absorber la Banque…, ont annoncé…`
    if (phrase.kind !== 'pronoun' && hasVerb(lexicon, phrase.text)) return null
    // `Jef Vandamme, 58, a dairy farmer, said`: the age stands between the name and its role.
    const previous = list[i - 1] && isAge(list[i - 1].text) ? list[i - 2] : list[i - 1]
    if (
      phrase.kind !== 'pronoun' &&
      previous?.text &&
      !isRelative(lexicon, previous.text) &&
      !isAdverbial(lexicon, previous.text) &&
      isNounPhraseStart(lexicon, previous.text)
    ) {
      const head = readNounPhrase(lexicon, text.slice(previous.start, previous.end), previous.start)
      if (
        head &&
        head.kind !== 'pronoun' &&
        !hasVerb(lexicon, head.text) &&
        (head.kind === 'name' || phrase.kind === 'name')
      ) {
        // The one that is not the name is its role, read with its complements.
        if (head.kind === 'name' && phrase.kind !== 'name') {
          const role = readNounPhrase(
            lexicon,
            text.slice(segment.start, segment.end),
            segment.start,
            'apposition',
          )
          return { phrase: head, appositive: role ?? phrase, position: 'before' }
        }
        return { phrase: head, appositive: phrase, position: 'before' }
      }
    }
    return { phrase, appositive: null, position: 'before' }
  }
  return null
}

/** The subject of a sentence's main clause (for `en dénonçant`, `X a rendu hommage : «…»`). */
export function mainSubject(
  lexicon: Lexicon,
  text: string,
  view: string,
  from: number,
  to: number,
): Subject | null {
  const region = view.slice(from, to)
  const verb = (lexicon.language === 'fr' ? FR_VERB : EN_VERB).exec(region)
  const end = verb ? from + verb.index : to
  return lastPhrase(lexicon, text, view, from, end)
}

function firstPhrase(
  lexicon: Lexicon,
  text: string,
  view: string,
  from: number,
  to: number,
  position: Subject['position'],
  leading: boolean,
): Subject | null {
  const list = segments(view, from, to)
  for (let i = 0; i < list.length && i < 4; i++) {
    let segment = list[i]
    if (leading) segment = stripLeading(lexicon, view, segment)
    if (!segment.text) continue
    if (isRelative(lexicon, segment.text)) {
      if (position === 'after') break
      continue
    }
    if (isAdverbial(lexicon, segment.text)) continue
    const phrase = readNounPhrase(lexicon, text.slice(segment.start, segment.end), segment.start)
    if (!phrase) continue
    return { phrase, appositive: appositiveAfter(lexicon, text, list, i), position }
  }
  return null
}

function looksLikeSource(lexicon: Lexicon, subject: Subject): boolean {
  const phrase = subject.appositive?.kind === 'name' ? subject.appositive : subject.phrase
  if (phrase.kind === 'name' || phrase.kind === 'pronoun') return true
  const head = phrase.head ?? ''
  return (
    isIn(lexicon, 'roleNouns', head) ||
    isIn(lexicon, 'organizationNouns', head) ||
    isIn(lexicon, 'documentNouns', head) ||
    phrase.speakerKind === 'group'
  )
}

/** The subject of a cue: clitic, `selon X`, `X a déclaré`, or `a déclaré X` (inversion). */
export function findSubject(
  lexicon: Lexicon,
  text: string,
  view: string,
  sentence: { start: number; end: number },
  cue: Cue,
  /** The end of the sentence's previous cue: a subject never reaches back past it. */
  floor = sentence.start,
): Subject | typeof COORDINATED | null {
  if (cue.clitic) {
    const phrase = readNounPhrase(lexicon, cue.clitic.text, cue.clitic.start)
    if (phrase) return { phrase, appositive: null, position: 'clitic' }
  }
  if (cue.type === 'preposition') {
    let from = cue.end
    if (/^de\s+source/i.test(cue.text)) from = cue.start + 3
    const end = clauseEnd(view, from, sentence.end)
    const list = segments(view, from, end)
    const first = list[0]
    if (!first?.text) return null
    const phrase = readNounPhrase(lexicon, text.slice(first.start, first.end), first.start)
    if (!phrase) return null
    const appositive = list.length > 2 ? appositiveAfter(lexicon, text, list, 0) : null
    return { phrase, appositive, position: 'preposition' }
  }
  if (cue.type === 'gerund') return COORDINATED
  const start = clauseStart(lexicon, view, Math.max(sentence.start, floor), cue.start)
  // `X said … and added that…`: the second verb shares the first one's subject.
  if (/(?:^|\s)(?:et|and|mais|but|puis|then|or|ou)\s*$/iu.test(view.slice(start, cue.start))) {
    return COORDINATED
  }
  // `…, a indiqué le commissaire européen, Jorgen Halvorsen.`: a French verb right after a
  // comma whose words after it name a source is inverted, quotation or not. English inverts
  // only after a quotation (`"…," said X`), handled below.
  if (
    lexicon.language === 'fr' &&
    /,\s*$/.test(view.slice(start, cue.start)) &&
    (cue.type === 'compound' || cue.type === 'finite') &&
    // `…, ont assuré que le ministre savait tout`: what follows `que` is what was said.
    !/^\s*qu(?:e(?!\p{L})|['’])/iu.test(view.slice(cue.end, cue.end + 8))
  ) {
    const after = firstPhrase(
      lexicon,
      text,
      view,
      cue.end,
      clauseEnd(view, cue.end, sentence.end),
      'after',
      true,
    )
    const last = after?.appositive ?? after?.phrase
    // The inverted subject closes the sentence: nothing may follow it but its medium, an
    // acronym in parentheses or a relative clause about it (`…, a indiqué la SNCF, qui
    // n'anticipe pas…`, `…, a annoncé l'Élysée dans un communiqué.`).
    const medium = last?.medium
    const end = last && medium && medium.start >= last.end ? medium.end : last?.end
    const closes = end !== undefined && CLOSES_SENTENCE.test(view.slice(end, sentence.end))
    if (after && closes && looksLikeSource(lexicon, after)) return after
  }
  const before = lastPhrase(lexicon, text, view, start, cue.start)
  if (before) return before
  if (start > sentence.start && COORDINATORS.test(view.slice(sentence.start, start)))
    return COORDINATED
  const end = clauseEnd(view, cue.end, sentence.end)
  const after = firstPhrase(lexicon, text, view, cue.end, end, 'after', true)
  if (!after) return null
  // `…said Europe had lost 40 percent`: the words after the verb are what was said when a
  // verb follows them, not an inverted subject.
  const last = after.appositive ?? after.phrase
  if (VERB_NEXT.test(view.slice(last.end, end))) return null
  return after
}

/** The medium nearest to a cue in its clause: `à l'AFP`, `dans un communiqué`, `reporters`. */
export function findMedium(
  lexicon: Lexicon,
  text: string,
  view: string,
  sentence: { start: number; end: number },
  cue: Cue,
  subject: Subject | null,
): Span | null {
  const own = subject?.phrase.medium ?? subject?.appositive?.medium ?? null
  if (own) return cleanMedium(own)
  const from = clauseStart(lexicon, view, sentence.start, cue.start)
  const to = clauseEnd(view, cue.end, sentence.end)
  // `Dans un communiqué, …`: the tables write media in lower case.
  const raw = view.slice(from, to)
  // (Only where lower case keeps the length: `İ` lowers to two code units.)
  const first = raw.charAt(0).toLowerCase()
  const window = from === sentence.start && first.length === 1 ? first + raw.slice(1) : raw
  let best: Span | null = null
  let bestDistance = Infinity
  lexicon.media.lastIndex = 0
  for (const match of window.matchAll(lexicon.media)) {
    const start = from + (match.index ?? 0)
    const end = start + match[0].length
    const distance = start >= cue.end ? start - cue.end : cue.start - end + 10
    if (distance < bestDistance) {
      bestDistance = distance
      best = { start, end, text: text.slice(start, end) }
    }
  }
  return best ? cleanMedium(best) : null
}

function cleanMedium(medium: Span): Span {
  const told = /^(?:told|tells)\s+/i.exec(medium.text)
  if (!told) return medium
  const start = medium.start + told[0].length
  return { start, end: medium.end, text: medium.text.slice(told[0].length) }
}
