import type { Lexicon } from '../lexicon'
import { entryOf, hasEntry, isIn } from '../lexicon/sets'
import type { Gender, PronounEntry } from '../lexicon/types'
import type { MentionKind, Span, SpeakerKind } from '../types'
import { wordCharLength } from '../words'

/** What one source mention says of its speaker. */
export interface NounPhrase extends Span {
  kind: Exclude<MentionKind, 'annotation'>
  speakerKind: SpeakerKind
  /** A person's (or a named institution's) name, without title: `Zabihullah Mujahid`. */
  name: string | null
  /** Role words in the phrase itself: `Police spokesman` in `Police spokesman John Smith`. */
  role: string | null
  /** Head noun, lower case, singular: `responsable`, `official`. */
  head: string | null
  /** Content words (lower case) used to match later descriptions. */
  words: string[]
  definite: boolean
  gender: Gender
  plural: boolean
  pronoun: PronounEntry | null
  /** Why the source is anonymous, when the phrase says it. */
  reason: Span | null
  /** How the source was reached, when the phrase says it (`joints par l'AFP`). */
  medium: Span | null
}

const TAIL = new Set(['.', "'", '’', '-'])

const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'da',
  'di',
  'dos',
  'do',
  'la',
  'le',
  'y',
  'abu',
  'abou',
  "d'",
  'd’',
  'ter',
  'zu',
  'del',
  'della',
  'st.',
])
const PREPOSITIONS = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  "d'",
  'd’',
  "l'",
  'l’',
  'of',
  'for',
  'at',
  'in',
  'from',
  'the',
  'à',
  'au',
  'aux',
  'en',
  'pour',
  'with',
  'by',
  'on',
  'chez',
  'sur',
  'par',
  'to',
])
const EN_HEAD_END = new Set([
  'of',
  'for',
  'at',
  'in',
  'from',
  'with',
  'close',
  'familiar',
  'on',
  'to',
  'who',
  'near',
  'inside',
  'within',
  'involved',
  'briefed',
  'based',
  'seen',
  'published',
  'released',
  'obtained',
  'issued',
  'by',
  'cited',
  'quoted',
  'that',
  'which',
  'last',
  'this',
])

interface Token {
  start: number
  end: number
  text: string
  lower: string
}

/** Words are at most 60 characters: longer runs are split, so no pattern ever walks them
 * whole. The end of a token starting at a letter or digit: then up to 59 letters, digits, `'`, `’`,
 * `.` or `-` (counted by code point, as `[\p{L}\p{N}][\p{L}\p{N}'’.-]{0,59}` would). */
function tokenEnd(text: string, start: number, first: number): number {
  let end = start + first
  for (let count = 0; count < 59 && end < text.length; count++) {
    const code = text.charCodeAt(end)
    const length =
      code === 39 || code === 0x2019 || code === 46 || code === 45 ? 1 : wordCharLength(text, end)
    if (length === 0) break
    end += length
  }
  return end
}

/** Whether an apostrophe stands where an elided article could end (`l'`, `puisqu'`). */
function elisionApostrophe(word: string): boolean {
  for (let i = 1; i < 7 && i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code === 39 || code === 0x2019) return true
  }
  return false
}

function tokens(text: string, offset: number): Token[] {
  const list: Token[] = []
  for (let index = 0; index < text.length; ) {
    const first = wordCharLength(text, index)
    if (first === 0) {
      index++
      continue
    }
    const after = tokenEnd(text, index, first)
    let word = text.slice(index, after)
    let start = offset + index
    index = after
    // `l'Intérieur` → `l'` + `Intérieur`: elided articles are words of their own (looked for
    // only when an apostrophe stands where one can end: most words have none).
    const elided = elisionApostrophe(word)
      ? /^([dlcjnmst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu.exec(word)
      : null
    if (elided) {
      list.push({
        start,
        end: start + elided[0].length,
        text: elided[0],
        lower: elided[0].toLowerCase().replace('’', "'"),
      })
      start += elided[0].length
      word = word.slice(elided[0].length)
    }
    // Trailing dots, apostrophes and hyphens are not the word's, except an abbreviation's dot
    // (`M.`, `Dr.`); a plain loop, not a pattern, so a run of them is walked once.
    let cut = word.length
    while (cut > 0 && TAIL.has(word[cut - 1])) cut--
    if (cut < word.length && !(word[cut] === '.' && word.length <= 4)) word = word.slice(0, cut)
    list.push({ start, end: start + word.length, text: word, lower: word.toLowerCase() })
  }
  return list
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text)
}

function isAcronym(token: Token): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(token.text) && token.text.length >= 2
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('aux') && word.length > 4) return `${word.slice(0, -3)}al`
  if (/[sx]$/.test(word) && word.length > 3 && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

const STOP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  "l'",
  'un',
  'une',
  'of',
  'the',
  'a',
  'an',
  'for',
  'at',
  'in',
  'and',
  'et',
  'à',
  'au',
  'aux',
  'en',
  'on',
  'with',
  'from',
  "d'",
])

/** Lower-case content words of a phrase, for matching descriptions with earlier mentions. */
export function contentWords(text: string): string[] {
  // Runs of letters, digits and inner hyphens (`[\p{L}\p{N}][\p{L}\p{N}-]*`).
  const lower = text.toLowerCase()
  const words: string[] = []
  for (let index = 0; index < lower.length; ) {
    const first = wordCharLength(lower, index)
    if (first === 0) {
      index++
      continue
    }
    let end = index + first
    for (;;) {
      const length = lower.charCodeAt(end) === 45 ? 1 : wordCharLength(lower, end)
      if (length === 0) break
      end += length
    }
    const word = lower.slice(index, end)
    index = end
    if (word.length > 1 && !STOP.has(word)) words.push(singular(word))
  }
  return words
}

function cutAt(
  text: string,
  offset: number,
  pattern: RegExp,
): { kept: number; found: Span | null } {
  const match = pattern.exec(text)
  if (!match) return { kept: text.length, found: null }
  const start = offset + match.index
  return {
    kept: match.index,
    found: { start, end: start + match[0].length, text: match[0] },
  }
}

/** A first name's usual gender: the tables first, then common endings (`-ine`, `-ette`). */
export function genderOfName(lexicon: Lexicon, first: string | undefined): Gender {
  if (!first) return null
  const lower = first.toLowerCase()
  if (lexicon.femaleNames.has(lower)) return 'f'
  if (lexicon.maleNames.has(lower)) return 'm'
  if (
    /(?:a|ine|ette|elle|enne|ie|ée|ise|isse|ence|ance|ynn|lyn|een|ah|ja|ka|na|ra|ta|ssa)$/u.test(
      lower,
    ) &&
    !/(?:luca|nikita|joshua|ilya|andrea|sasha|mika|jonah|noah|micah|elijah)$/.test(lower)
  )
    return 'f'
  if (
    /(?:o|us|ik|ck|rd|rt|an|on|iel|el|ien|as|os|im|am|af|ir|ed|ef|ov|ev|ek|ar|or|ul|ault|ent)$/u.test(
      lower,
    )
  )
    return 'm'
  return null
}

function genderOfRole(words: string[]): Gender {
  for (const word of words) {
    if (
      /(?:woman|women|wife|mother|daughter|sister|girl|trice|euse|ière|ienne|ante|ente|esse)$/.test(
        word,
      )
    )
      return 'f'
    if (/(?:man|men|husband|father|son|brother|boy)$/.test(word)) return 'm'
  }
  return null
}

/** Words whose complement belongs to the phrase: `diplomats involved in the talks`, `a person
 * familiar with the case`, `une source proche du dossier`. */
const TAKES_COMPLEMENT =
  /(?:^|\s)(?:involved|briefed|familiar|close|based|working|employed|stationed|engaged|proche|proches|chargée?s?|basée?s?|engagée?s?|présente?s?)$/iu

/** Where the first circumstance that ends the phrase starts, or -1. */
function circumstanceIn(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!TAKES_COMPLEMENT.test(text.slice(Math.max(0, match.index - 12), match.index)))
      return match.index
  }
  return -1
}

const AGE = /\d\s*ans(?!\p{L})|\d[-\s]years?[-\s]old|(?:âgée?|aged)\s+(?:de\s+)?\d/u

/** Circumstances that end a subject (`X lors de…`, `Smith at a news conference`); in an
 * apposition, `at`, `in`, `on`, `from`, `sur` and `dans` belong to the role (`an analyst at
 * Halberd Securities`, `nurse in the emergency department`). */
const CIRCUMSTANCE =
  /\s(?:sur|dans|lors|devant|depuis|pendant|durant|après|avant|face|on|in|at|during|after|before|via|while|when|outside|inside|earlier|later|late)(?=\s|$)/giu
const APPOSITION_CIRCUMSTANCE =
  /\s(?:lors|devant|depuis|pendant|durant|après|avant|face|during|after|before|via|while|when|earlier|later|late)(?=\s|$)/giu

/**
 * Reads one source phrase as written at a cue: a pronoun, a name (with its title and role
 * words), or a description; says what kind of speaker it names. `offset` is where `raw`
 * starts in the file. An `apposition` (`X, an analyst at Y,`) keeps its complements.
 */
export function readNounPhrase(
  lexicon: Lexicon,
  raw: string,
  offset: number,
  mode: 'subject' | 'apposition' = 'subject',
): NounPhrase | null {
  let text = raw
  // Cheap literal checks first: most phrases hold no reason and no medium.
  const hints = lexicon.compiled?.hints
  const reasonCut =
    !hints || hints.reason.test(text)
      ? cutAt(text, offset, lexicon.anonymityReasons)
      : { kept: text.length, found: null }
  const reason = reasonCut.found
  text = text.slice(0, reasonCut.kept)
  lexicon.reachedBy.lastIndex = 0
  const reachedCut = cutAt(text, offset, lexicon.reachedBy)
  let medium = reachedCut.found
  text = text.slice(0, reachedCut.kept)
  lexicon.media.lastIndex = 0
  const mediaMatch = !hints || hints.media.test(text) ? lexicon.media.exec(text) : null
  if (mediaMatch) {
    const start = offset + mediaMatch.index
    medium ??= { start, end: start + mediaMatch[0].length, text: mediaMatch[0] }
    text = text.slice(0, mediaMatch.index)
  }
  // A relative clause, a dash or a parenthesis ends the phrase.
  const relative = lexicon.compiled?.relativeEnd.exec(text)
  if (relative) text = text.slice(0, relative.index)
  // Circumstances after the source: `Mer Solidaire sur le réseau social X`, `X lors de…`.
  const circumstance = circumstanceIn(
    text,
    mode === 'apposition' ? APPOSITION_CIRCUMSTANCE : CIRCUMSTANCE,
  )
  if (circumstance > 0) text = text.slice(0, circumstance)
  const list = tokens(text, offset)
  // Trailing time words: `le ministre mercredi`, `Smith on Tuesday`.
  while (list.length > 1 && isTimeWord(list[list.length - 1].lower)) list.pop()
  if (list.length > 1 && ['on', 'mercredi'].includes(list[list.length - 1].lower)) list.pop()
  if (list.length === 0) return null
  const start = list[0].start
  const end = list[list.length - 1].end
  const mentionText = raw.slice(start - offset, end - offset)
  const lower = mentionText.toLowerCase().replace(/’/g, "'")
  const pronoun = entryOf(lexicon, 'pronouns', lower)
  if (pronoun) {
    return {
      start,
      end,
      text: mentionText,
      reason,
      medium,
      kind: 'pronoun',
      speakerKind: pronoun.plural ? 'group' : 'person',
      name: null,
      role: null,
      head: null,
      words: [],
      definite: true,
      gender: pronoun.gender,
      plural: pronoun.plural,
      pronoun,
    }
  }
  // Determiner (longest first: `de nombreux` before `de`).
  let determiner: { definite: boolean; gender: Gender; plural: boolean } | null = null
  let first = 0
  const firstLower = list[0].lower.replace('’', "'")
  for (const [parts, entry] of lexicon.compiled?.determinersByFirst.get(firstLower) ?? []) {
    if (list.length <= parts.length) continue
    if (parts.every((part, k) => list[k].lower.replace('’', "'") === part)) {
      determiner = entry
      first = parts.length
      break
    }
  }
  const rest = list.slice(first)
  // A title opens a name: `M. Benali`, `Ms. Chen`, `le général Dupont`.
  let titleGender: Gender = null
  let nameStart = -1
  for (let i = 0; i < rest.length - 1; i++) {
    const title = rest[i].lower
    if (
      hasEntry(lexicon, 'titles', title) &&
      isCapitalised(rest[i + 1]) &&
      !PREPOSITIONS.has(rest[i + 1].lower)
    ) {
      titleGender = entryOf(lexicon, 'titles', title) ?? null
      nameStart = i + 1
      break
    }
  }
  if (nameStart === -1) {
    // A trailing run of capitalised words not introduced by a preposition.
    let k = rest.length
    while (
      k > 0 &&
      (isCapitalised(rest[k - 1]) ||
        (PARTICLES.has(rest[k - 1].lower) &&
          k < rest.length &&
          k - 1 > 0 &&
          isCapitalised(rest[k - 2])))
    )
      k--
    while (k < rest.length && PARTICLES.has(rest[k].lower)) k++
    const before = rest[k - 1]
    const run = rest.slice(k)
    const commonFirst = run.length > 0 && isCommonNoun(lexicon, run[0].lower)
    if (run.length > 0 && !commonFirst && (!before || !PREPOSITIONS.has(before.lower)))
      nameStart = k
    if (commonFirst && run.length > 1 && !determiner) {
      // `Police spokesman John Smith` handled above; `Finance Minister Jane Doe`: skip roles.
      let j = 0
      while (
        j < run.length &&
        (isCommonNoun(lexicon, run[j].lower) || hasEntry(lexicon, 'titles', run[j].lower))
      )
        j++
      if (j < run.length) nameStart = k + j
    }
  }
  const words = contentWords(mentionText)
  if (nameStart !== -1 && nameStart < rest.length) {
    const nameTokens = rest.slice(nameStart)
    const name = raw.slice(
      nameTokens[0].start - offset,
      nameTokens[nameTokens.length - 1].end - offset,
    )
    const roleTokens = rest
      .slice(0, nameStart)
      .filter(
        (token) =>
          !hasEntry(lexicon, 'titles', token.lower) ||
          (entryOf(lexicon, 'titles', token.lower) === null && token.lower.length > 4),
      )
    const role = roleTokens.length
      ? raw.slice(roleTokens[0].start - offset, roleTokens[roleTokens.length - 1].end - offset)
      : null
    // One capitalised word with no title and no first name is more often an institution
    // (`Météo-France`, `Drewmet`); a later surname resolves to its person before this applies.
    const lone =
      nameTokens.length === 1 &&
      titleGender === null &&
      !(nameStart > 0 && hasEntry(lexicon, 'titles', rest[nameStart - 1].lower))
    const organization =
      nameTokens.some(
        (token) => isIn(lexicon, 'organizationNameWords', token.text) || isAcronym(token),
      ) ||
      (determiner !== null && role === null) ||
      (lone && role === null)
    return {
      start,
      end,
      text: mentionText,
      reason,
      medium,
      kind: 'name',
      speakerKind: organization ? 'organization' : 'person',
      name,
      role,
      head: null,
      words,
      definite: true,
      gender: organization
        ? null
        : (titleGender ??
          genderOfRole(roleTokens.map((t) => t.lower)) ??
          genderOfName(lexicon, nameTokens[0].text) ??
          determiner?.gender ??
          null),
      plural: false,
      pronoun: null,
    }
  }
  // A description: find its head noun.
  const content = rest.filter((token) => !isIn(lexicon, 'preNominal', token.lower))
  let headToken = content[0] ?? rest[0]
  if (lexicon.language === 'en') {
    const stop = content.findIndex((token) => EN_HEAD_END.has(token.lower))
    headToken =
      stop > 0 ? content[stop - 1] : (content[content.length - 1] ?? rest[rest.length - 1])
  }
  if (!headToken) return null
  const headWord = headToken.lower
  const head = singular(headWord)
  // `Rumours say…`: a rumour is nobody.
  if (/^(?:rumou?r|rumeur|bruit|word)$/.test(head)) return null
  const plural =
    determiner?.plural ??
    (/[sx]$/.test(headWord) && head !== headWord && !isIn(lexicon, 'roleNouns', headWord))
  let speakerKind: SpeakerKind
  if (isIn(lexicon, 'documentNouns', head) || isIn(lexicon, 'documentNouns', headWord))
    speakerKind = 'document'
  else if (plural && headWord !== head && isIn(lexicon, 'roleNouns', head))
    // `Union officials`, `les responsables syndicaux`: people, whatever the institution.
    speakerKind = 'group'
  else if (isIn(lexicon, 'organizationNouns', headWord) || isIn(lexicon, 'organizationNouns', head))
    speakerKind = 'organization'
  else if (plural)
    speakerKind = rest.some(
      (token) => isIn(lexicon, 'organizationNameWords', token.text) || isAcronym(token),
    )
      ? 'organization'
      : 'group'
  else if (
    isIn(lexicon, 'roleNouns', head) ||
    isIn(lexicon, 'roleNouns', headWord) ||
    // `un Soudanais de 19 ans`, `a 34-year-old mechanic`: only people have an age.
    AGE.test(mentionText)
  ) {
    // `un responsable` is anonymous; `le joueur`, `l'élu` name someone the story identifies,
    // whatever institution follows (`un conducteur de TER`, `le porte-parole de l'ONU`).
    speakerKind = determiner?.definite ? 'person' : 'anonymous'
  } else speakerKind = 'organization'
  return {
    start,
    end,
    text: mentionText,
    reason,
    medium,
    kind: 'description',
    speakerKind,
    name: null,
    role: null,
    head,
    words,
    definite: determiner?.definite ?? !plural,
    gender:
      speakerKind === 'organization' || speakerKind === 'document'
        ? null
        : (genderOfRole([headWord]) ?? determiner?.gender ?? null),
    plural,
    pronoun: null,
  }
}

function isTimeWord(word: string): boolean {
  return /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|evening|afternoon|also|too|once|later|then|again|earlier|previously|recently|often|repeatedly|never|already|still|aussi|également|encore|alors|ensuite|enfin|déjà|toujours)$/.test(
    word,
  )
}

function isCommonNoun(lexicon: Lexicon, word: string): boolean {
  const one = singular(word)
  return (
    isIn(lexicon, 'roleNouns', word) ||
    isIn(lexicon, 'roleNouns', one) ||
    isIn(lexicon, 'organizationNouns', word) ||
    isIn(lexicon, 'organizationNouns', one) ||
    isIn(lexicon, 'documentNouns', one) ||
    isIn(lexicon, 'preNominal', word) ||
    hasEntry(lexicon, 'determiners', word) ||
    hasEntry(lexicon, 'pronouns', word) ||
    /^(?:residents|witnesses|protesters|officials|analysts|experts|critics|observers|sources|police|habitants|témoins|manifestants|talibans|rebels|rebelles|insurgés|secouristes|rescuers|villagers|villageois|farmers|agriculteurs|workers|students|étudiants|supporters|fans|voters|électeurs|families|familles|doctors|médecins|nurses|soignants|lawmakers|députés|investigators|enquêteurs|authorities|autorités|organizers|organisateurs)$/.test(
      word,
    )
  )
}
