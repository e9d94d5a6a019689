import type { Lexicon } from '../lexicon'
import { entryOf, hasEntry } from '../lexicon/sets'
import type { Mention, Method, Span, Speaker, SpeakerKind } from '../types'
import { isSpaceCode } from '../words'
import { contentWords, type NounPhrase } from './noun-phrase'

interface Entry {
  speaker: Speaker
  /** Normalised full names and short names (surname, title + surname). */
  names: Set<string>
  surnames: Set<string>
  /** Content words of every description and role of this speaker. */
  words: Set<string>
  heads: Set<string>
  /** Offset of the latest mention, for recency. */
  last: number
  lastMention: Span
  /** The latest pronoun lookup that looked at this entry (see `byPronoun`). */
  visit: number
}

export interface Resolution {
  speaker: Speaker
  /** `pronoun`, `description` or `surname` when resolved to an earlier speaker. */
  method: Extract<Method, 'pronoun' | 'description' | 'surname'> | null
  antecedent: Span | null
  source: Mention
}

/** Folded forms and stems of the names, heads and words met so far: common words come back
 * in every dispatch (`ministre`, `police`), and folding one is a Unicode normalisation and
 * several replaces. A cache only, it never changes a result; bounded: a table that outgrows
 * its size simply starts again. 2,000 entries keep about 0.3 MB for good (10,000 kept 1.3 MB,
 * more than the server may keep once every document is closed) and most of the gain. */
const folded = new Map<string, string>()
const stems = new Map<string, string>()
const CACHE_SIZE = 2000

function fold(text: string): string {
  let result = folded.get(text)
  if (result === undefined) {
    result = foldUncached(text)
    if (folded.size >= CACHE_SIZE) folded.clear()
    folded.set(text, result)
  }
  return result
}

// Made once: a pattern literal inside a function is a new RegExp object at every call.
const MARKS = /\p{M}/gu
const FIRST_WORD = /^[\p{L}']+/u

function foldUncached(text: string): string {
  // ASCII needs no accent folding.
  if (!/[^ -~\t\n\r]/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim()
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** Keeps mentions sorted by offset without duplicates (they mostly arrive in order). */
function insertMention(mentions: Mention[], mention: Mention): void {
  let at = mentions.length
  while (at > 0 && mentions[at - 1].start > mention.start) at--
  const previous = mentions[at - 1]
  if (previous && previous.start === mention.start && previous.end === mention.end) return
  mentions.splice(at, 0, mention)
}

function stem(word: string): string {
  let result = stems.get(word)
  if (result === undefined) {
    result = fold(word).slice(0, 5)
    if (stems.size >= CACHE_SIZE) stems.clear()
    stems.set(word, result)
  }
  return result
}

/** The text after its last white space, as `text.split(/\s+/).pop()` gives it, without the
 * array and the strings it is built of. */
function lastWord(text: string): string {
  let at = text.length
  while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--
  return at === 0 ? text : text.slice(at)
}

/** The last word of a folded text (single spaces). */
function afterLastSpace(folded: string): string {
  return folded.slice(folded.lastIndexOf(' ') + 1)
}

/** Whether any name of this speaker has several words. */
function hasFullName(entry: Entry): boolean {
  for (const name of entry.names) if (name.includes(' ')) return true
  return false
}

function hasAll(set: Set<string>, words: string[]): boolean {
  for (const word of words) if (!set.has(word)) return false
  return true
}

/** `text.replace(/\s+/g, ' ')`, without building a copy of a text already spaced so (nearly
 * every one): only a run of white space or white space other than a space changes it. */
function singleSpaced(text: string): string {
  return ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text
}

const ODD_SPACE = /[^\S ]| {2}/

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'speaker'
  )
}

/** Speakers and their mentions, merged as the text goes: one registry per analysis. */
/** A person named in the text who has not spoken (yet): a pronoun may still point to them. */
export interface LatentPerson {
  start: number
  end: number
  /** Read only when a pronoun needs it: most named people never become antecedents. */
  read: () => NounPhrase | null
  /** The name as written, for people named (not for subjects read from a sentence). */
  text?: string
  /** A one-word name that is a person all the same (`Laetitia, 31 ans,`). */
  single?: boolean
  /** Named past the first words of its sentence: for surnames, not for pronouns. */
  anywhere?: boolean
  /** The name of someone already heard, as the subject of a sentence reporting nothing. */
  known?: boolean
  /** The description that is the subject of a sentence reporting nothing. */
  description?: boolean
  /** The role the sentence gives the person where it names them (`L'avocate générale X`,
   * `Le ministre de l'Intérieur, X,`), read only when that person speaks with no role. */
  role?: () => string | null
}

export class SpeakerRegistry {
  private readonly entries: Entry[] = []
  private readonly latent: LatentPerson[] = []
  /** Indexes, so that resolving a mention never scans every speaker. */
  private readonly byKey = new Map<string, Set<Entry>>()
  private readonly byWord = new Map<string, Entry[]>()
  private readonly byHead = new Map<string, Entry[]>()
  /** Entries in the order of their latest mention (stale positions are skipped). */
  private readonly recent: Array<{ entry: Entry; at: number }> = []
  private visits = 0

  private index(map: Map<string, Set<Entry>>, key: string, entry: Entry): void {
    let set = map.get(key)
    if (!set) {
      set = new Set()
      map.set(key, set)
    }
    set.add(entry)
  }

  private addName(entry: Entry, key: string): void {
    entry.names.add(key)
    this.index(this.byKey, key, entry)
  }

  private addSurname(entry: Entry, key: string): void {
    entry.surnames.add(key)
    this.index(this.byKey, key, entry)
  }

  private addWord(entry: Entry, key: string): void {
    if (entry.words.has(key)) return
    entry.words.add(key)
    this.push(this.byWord, key, entry)
  }

  private addHead(entry: Entry, key: string): void {
    if (entry.heads.has(key)) return
    entry.heads.add(key)
    this.push(this.byHead, key, entry)
  }

  private push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
    const list = map.get(key)
    if (list) list.push(entry)
    else map.set(key, [entry])
  }

  /** Records a person named in subject position, for pronouns that follow. */
  addLatent(person: LatentPerson): void {
    this.latent.push(person)
  }

  /** Named people by the last word of their name, for surnames: a lookup, not a scan. */
  private readonly latentBySurname = new Map<string, LatentPerson[]>()
  /** How many of `latent` are in `latentBySurname`: they are indexed when a surname is looked
   * up, not when added (half the dispatches never look one up). */
  private latentIndexed = 0

  /** The people named so far whose name ends with this (folded) surname, in text order. */
  private latentBy(surname: string): LatentPerson[] {
    for (; this.latentIndexed < this.latent.length; this.latentIndexed++) {
      const person = this.latent[this.latentIndexed]
      if (!person.text) continue
      const key = fold(lastWord(person.text))
      const list = this.latentBySurname.get(key)
      if (list) list.push(person)
      else this.latentBySurname.set(key, [person])
    }
    return this.latentBySurname.get(surname) ?? []
  }

  private latentPhrase(person: LatentPerson): NounPhrase | null {
    const phrase = person.read()
    if (!phrase) return null
    // `Vandamme was unmoved.`: a person already heard, named again as a subject.
    if (person.known)
      return phrase.kind === 'name' && this.byName(phrase)?.speaker.kind === 'person'
        ? phrase
        : null
    if (phrase.kind === 'name')
      return phrase.speakerKind === 'person' && (person.single || phrase.name?.includes(' '))
        ? phrase
        : null
    // `Un moniteur de ski présent au sommet a vu la plaque se détacher.` then `dit-il`.
    return person.description &&
      phrase.kind === 'description' &&
      !phrase.plural &&
      (phrase.speakerKind === 'anonymous' || phrase.speakerKind === 'person')
      ? phrase
      : null
  }

  /** The determiners in the lexicon's order (the first that opens a text is the one dropped),
   * listed once rather than for every description. */
  private readonly determiners: Array<{ length: number; spaced: string; elided: string | null }>

  constructor(private readonly lexicon: Lexicon) {
    this.determiners = Object.keys(lexicon.determiners).map((form) => ({
      length: form.length,
      spaced: `${form} `,
      elided: form.endsWith("'") ? form : null,
    }))
  }

  /** Entries by speaker id (ids are unique and never change): also how a speaker that
   * `resolve` returns leads back to its entry. */
  private readonly byId = new Map<string, Entry>()
  private readonly slugCount = new Map<string, number>()

  speakerById(id: string): Speaker | undefined {
    return this.byId.get(id)?.speaker
  }

  get speakers(): Speaker[] {
    return this.entries.map((entry) => entry.speaker)
  }

  private create(phrase: NounPhrase, kind: SpeakerKind, name: string): Entry {
    let id = slug(name)
    const base = id
    for (let n = this.slugCount.get(base) ?? 2; this.byId.has(id); n++) {
      id = `${base}-${n}`
      this.slugCount.set(base, n + 1)
    }
    const entry: Entry = {
      speaker: {
        id,
        name,
        kind,
        role: null,
        gender: kind === 'person' || kind === 'anonymous' ? phrase.gender : null,
        plural: phrase.plural,
        anonymityReason: null,
        mentions: [],
      },
      names: new Set(),
      surnames: new Set(),
      words: new Set(),
      heads: new Set(),
      last: phrase.start,
      lastMention: phrase,
      visit: 0,
    }
    this.entries.push(entry)
    this.byId.set(entry.speaker.id, entry)
    return entry
  }

  private remember(entry: Entry, phrase: NounPhrase, kind: Mention['kind']): Mention {
    const mention: Mention = { start: phrase.start, end: phrase.end, text: phrase.text, kind }
    const mentions = entry.speaker.mentions
    insertMention(mentions, mention)
    if (phrase.name) {
      this.addName(entry, fold(phrase.name))
      // The last word of a name of several, the name itself otherwise.
      this.addSurname(entry, fold(lastWord(phrase.name)))
    }
    if (phrase.kind === 'description') {
      for (const word of phrase.words) this.addWord(entry, stem(word))
      if (phrase.head) this.addHead(entry, fold(phrase.head))
      this.addName(entry, fold(this.withoutDeterminer(phrase.text)))
    }
    if (phrase.role) for (const word of contentWords(phrase.role)) this.addWord(entry, stem(word))
    if (phrase.reason && !entry.speaker.anonymityReason)
      entry.speaker.anonymityReason = phrase.reason
    if (phrase.gender && !entry.speaker.gender && entry.speaker.kind !== 'organization') {
      entry.speaker.gender = phrase.gender
    }
    if (phrase.start >= entry.last) {
      entry.last = phrase.start
      entry.lastMention = mention
      this.recent.push({ entry, at: phrase.start })
    }
    return mention
  }

  private withoutDeterminer(text: string): string {
    const lower = fold(text)
    for (const { length, spaced, elided } of this.determiners) {
      if (lower.startsWith(spaced)) return text.slice(length + 1)
      if (elided !== null && lower.startsWith(elided)) return text.slice(length)
    }
    return text
  }

  private byName(phrase: NounPhrase): Entry | null {
    const name = fold(phrase.name ?? '')
    const last = afterLastSpace(name)
    // Those known by the whole name, then those known by its last word (once each).
    const byName = this.byKey.get(name)
    const byLast = last === name ? undefined : this.byKey.get(last)
    let best: Entry | null = null
    for (const entry of byName ?? []) {
      if (this.isNamed(entry, phrase, name, last) && (!best || entry.last > best.last)) best = entry
    }
    for (const entry of byLast ?? []) {
      if (byName?.has(entry) || !this.isNamed(entry, phrase, name, last)) continue
      if (!best || entry.last > best.last) best = entry
    }
    return best
  }

  /** Whether a name (folded, and its last word) names this entry. */
  private isNamed(entry: Entry, phrase: NounPhrase, name: string, last: string): boolean {
    // `M. Dupont` is not Marie Dupont.
    const gender = entry.speaker.gender
    if (phrase.gender && gender && phrase.gender !== gender) return false
    return (
      entry.names.has(name) ||
      entry.surnames.has(name) ||
      (name.includes(' ') && entry.surnames.has(last) && !hasFullName(entry))
    )
  }

  private byDescription(phrase: NounPhrase): Entry | null {
    if (!phrase.head) return null
    const head = fold(phrase.head)
    const headStem = stem(head)
    const words = phrase.words.map(stem)
    let best: Entry | null = null
    // The most recently indexed candidates first, a bounded number of them: a description
    // refers to someone met not long before. (By head, then by the head's stem.)
    for (const list of [this.byHead.get(head), this.byWord.get(headStem)]) {
      if (!list) continue
      for (let i = Math.max(0, list.length - 64); i < list.length; i++) {
        const entry = list[i]
        if (entry.last > phrase.start) continue
        if (entry.speaker.plural !== phrase.plural && entry.speaker.kind !== 'organization')
          continue
        if (!entry.heads.has(head) && !entry.words.has(headStem)) continue
        if (!hasAll(entry.words, words)) continue
        if (!best || entry.last > best.last) best = entry
      }
    }
    return best
  }

  private byPronoun(phrase: NounPhrase): Entry | null {
    const pronoun = phrase.pronoun
    if (!pronoun || pronoun.impersonal) return null
    if (pronoun.neuter) {
      // `it said`: the latest institution or document.
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const { entry, at } = this.recent[i]
        if (at !== entry.last || entry.last > phrase.start) continue
        if (entry.speaker.kind === 'organization' || entry.speaker.kind === 'document') return entry
      }
      return null
    }
    let best: Entry | null = null
    let bestRank = -1
    let exact: Entry | null = null
    let guess: Entry | null = null
    let seenPerson = false
    // The latest 40 speakers, each once: marked with this lookup's number rather than kept in
    // a set built for every pronoun.
    const visit = ++this.visits
    for (let i = this.recent.length - 1, seen = 0; i >= 0 && seen < 40; i--) {
      const { entry, at } = this.recent[i]
      if (at !== entry.last || entry.visit === visit) continue
      entry.visit = visit
      seen++
      if (entry.last > phrase.start) continue
      const speaker = entry.speaker
      const plural = speaker.plural || speaker.kind === 'group'
      if (
        pronoun.plural !== plural &&
        !(this.lexicon.language === 'en' && pronoun.plural && speaker.kind === 'organization')
      )
        continue
      if (!pronoun.plural && speaker.kind !== 'person' && speaker.kind !== 'anonymous') continue
      if (
        pronoun.gender &&
        speaker.gender &&
        pronoun.gender !== speaker.gender &&
        !pronoun.plural
      ) {
        // `Chanda Mwale … he added`: a gender guessed from a first name's ending gives way
        // when that person is the latest one and nobody else agrees.
        if (!seenPerson && this.genderIsGuess(entry)) guess = entry
        seenPerson = true
        continue
      }
      seenPerson = true
      if (pronoun.gender === 'f' && pronoun.plural && speaker.gender === 'm') continue
      const rank = entry.last
      if (rank > bestRank) {
        best = entry
        bestRank = rank
      }
      if (
        pronoun.gender &&
        speaker.gender === pronoun.gender &&
        (!exact || entry.last > exact.last)
      )
        exact = entry
    }
    // `elle` goes to the latest known woman before a latest speaker of unknown gender, unless
    // that speaker was named just before it (`“…,” Arrieta told radio. He said…`).
    if (
      exact &&
      best &&
      best !== exact &&
      !best.speaker.gender &&
      !pronoun.plural &&
      phrase.start - best.last > 150
    )
      best = exact
    best ??= guess
    if (!pronoun.plural) {
      // A person named more recently than any speaker, who has not spoken yet.
      const since = best?.last ?? -1
      let latent: NounPhrase | null = null
      for (let i = this.latent.length - 1; i >= 0 && this.latent[i].start > since; i--) {
        const person = this.latent[i]
        if (person.end > phrase.start || person.anywhere) continue
        const candidate = this.latentPhrase(person)
        if (!candidate) continue
        if (pronoun.gender && candidate.gender && candidate.gender !== pronoun.gender) continue
        latent = candidate
        break
      }
      if (latent) {
        const resolved = this.resolve(latent, null)
        const entry = resolved && this.byId.get(resolved.speaker.id)
        if (entry) return entry
      }
    }
    return best
  }

  /** The role given where this person was named before speaking (the latest such naming
   * before this mention, among the last few dozen people named). */
  private latentRole(entry: Entry, named: NounPhrase): string | null {
    for (let i = this.latent.length - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
      const person = this.latent[i]
      if (!person.role || person.start > named.start) continue
      const phrase = this.latentPhrase(person)
      if (!phrase?.name) continue
      const full = fold(phrase.name)
      if (!entry.names.has(full)) continue
      const role = person.role()
      if (role) return role
    }
    return null
  }

  /** Whether a person's gender is only the guess of their first name's ending: no table
   * knows the name, no title or pronoun has confirmed it. */
  private genderIsGuess(entry: Entry): boolean {
    const speaker = entry.speaker
    if (speaker.kind !== 'person' || !speaker.name.includes(' ')) return false
    const first = speaker.name.split(' ')[0].toLowerCase()
    if (this.lexicon.femaleNames.has(first) || this.lexicon.maleNames.has(first)) return false
    return speaker.mentions.every((mention) => {
      if (mention.kind === 'pronoun') return false
      const title = mention.text.split(/\s+/)[0].toLowerCase()
      // No title, or one that gives no gender (`Dr`, `Pr`).
      return (entryOf(this.lexicon, 'titles', title) ?? null) === null
    })
  }

  /** The speaker a source phrase (with its apposition) names, creating it when new. */
  resolve(phrase: NounPhrase, appositive: NounPhrase | null): Resolution | null {
    if (phrase.kind === 'pronoun') {
      const entry = this.byPronoun(phrase)
      if (!entry) return null
      const antecedent = entry.lastMention
      const source = this.remember(entry, phrase, 'pronoun')
      if (!entry.speaker.gender && phrase.gender && !phrase.plural)
        entry.speaker.gender = phrase.gender
      return { speaker: entry.speaker, method: 'pronoun', antecedent, source }
    }
    // A name wins over its apposition: `le porte-parole du ministère, Tariq Arian`.
    let named = phrase
    let described = appositive
    if (phrase.kind !== 'name' && appositive?.kind === 'name') {
      named = appositive
      described = phrase
    }
    let entry: Entry | null = null
    let method: Resolution['method'] = null
    let antecedent: Span | null = null
    if (named.kind === 'name') {
      entry = this.byName(named)
      if (entry) {
        const full = fold(named.name ?? '')
        const isShort = !full.includes(' ') || !entry.names.has(full)
        if (isShort && fold(entry.speaker.name) !== full) method = 'surname'
        antecedent = entry.lastMention
      }
    } else {
      // `Un policier` introduces someone new; only `le policier` may refer back.
      entry = named.definite ? this.byDescription(named) : null
      if (entry) {
        const same = entry.names.has(fold(this.withoutDeterminer(named.text)))
        if (!same) method = 'description'
        antecedent = entry.lastMention
      }
    }
    if (!entry && named.kind === 'name' && named.name && !named.name.includes(' ')) {
      // `Vaudrey` after `Bernard Vaudrey` was named (but had not spoken): that person.
      const surname = fold(named.name)
      const candidates = this.latentBy(surname)
      for (let i = candidates.length - 1; i >= 0; i--) {
        if (candidates[i].end > named.start) continue
        const person = this.latentPhrase(candidates[i])
        if (person?.name && afterLastSpace(fold(person.name)) === surname) {
          // Resolved once, before looking for its entry: the person may be new here.
          const resolved = this.resolve(person, null)
          entry = resolved ? (this.byId.get(resolved.speaker.id) ?? null) : null
          if (entry) {
            method = 'surname'
            antecedent = person
          }
          break
        }
      }
    }
    if (!entry) {
      const kind = named.speakerKind
      const name = singleSpaced(named.name ?? this.displayName(named.text))
      entry = this.create(named, kind, name)
    }
    const source = this.remember(entry, named, named.kind === 'name' ? 'name' : 'description')
    if (described && described !== named) {
      // `Mohamed, un étudiant de 19 ans,`: a one-word name read as an institution is a person
      // when its apposition describes one.
      if (
        entry.speaker.kind === 'organization' &&
        named.kind === 'name' &&
        !entry.speaker.name.includes(' ') &&
        described.kind === 'description' &&
        (described.speakerKind === 'person' || described.speakerKind === 'anonymous')
      ) {
        entry.speaker.kind = 'person'
        entry.speaker.gender ??= described.gender
      }
      this.remember(entry, described, 'description')
      // (`The chief executive…, Martin Hale, testified`: `the chief executive…`.)
      if (!entry.speaker.role) entry.speaker.role = this.displayName(described.text)
      if (described.reason && !entry.speaker.anonymityReason)
        entry.speaker.anonymityReason = described.reason
    }
    if (named.role && !entry.speaker.role) entry.speaker.role = named.role
    if (!entry.speaker.role && named.kind === 'name' && entry.speaker.kind === 'person')
      entry.speaker.role = this.latentRole(entry, named)
    // An unnamed source is known by its role: `responsable des forces pakistanaises de sécurité`.
    if (!entry.speaker.role && entry.speaker.kind === 'anonymous' && named.kind === 'description') {
      entry.speaker.role = singleSpaced(this.withoutDeterminer(named.text))
    }
    if (method === null) antecedent = null
    return { speaker: entry.speaker, method, antecedent, source }
  }

  /** The speaker an annotation names (`[@Mujahid]`, `[@Tariq Arian | porte-parole]`). */
  resolveAnnotation(name: Span, role: Span | null, position: number): Speaker {
    const key = fold(name.text)
    let entry = [...(this.byKey.get(key) ?? [])].pop() ?? null
    if (!entry) {
      const anonymous = key === 'anonymous' || key === 'anonyme'
      entry = this.create(
        {
          start: position,
          end: position,
          text: name.text,
          kind: 'name',
          speakerKind: anonymous ? 'anonymous' : 'person',
          name: name.text,
          role: null,
          head: null,
          words: [],
          definite: true,
          gender: null,
          plural: false,
          pronoun: null,
          reason: null,
          medium: null,
        },
        anonymous ? 'anonymous' : 'person',
        name.text,
      )
      this.addName(entry, key)
      this.addSurname(entry, afterLastSpace(key))
    }
    const mention: Mention = { ...name, kind: 'annotation' }
    insertMention(entry.speaker.mentions, mention)
    if (role && !entry.speaker.role && entry.speaker.kind !== 'anonymous')
      entry.speaker.role = role.text
    return entry.speaker
  }

  /** Drop speakers nothing was attributed to, keeping text order. */
  prune(used: Set<string>): Speaker[] {
    return this.speakers.filter((speaker) => used.has(speaker.id))
  }

  private displayName(text: string): string {
    const first = FIRST_WORD.exec(text)?.[0]?.toLowerCase().replace('’', "'")
    if (first && (hasEntry(this.lexicon, 'determiners', first) || first.endsWith("'"))) {
      return text.charAt(0).toLowerCase() + text.slice(1)
    }
    return text
  }
}
