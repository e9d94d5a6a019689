import type { Language } from '../types'

export type Gender = 'm' | 'f' | null

export interface PronounEntry {
  gender: Gender
  plural: boolean
  /** `it`: an institution or a document, never a person. */
  neuter?: boolean
  /** `on`: nobody in particular; never resolved to a speaker. */
  impersonal?: boolean
}

export interface DeterminerEntry {
  definite: boolean
  gender: Gender
  plural: boolean
}

/** A phrase that makes a claim unattributed, with why (shown in the message). */
export interface ClaimTrigger {
  pattern: RegExp
  /** `hedge` triggers are covered by a source in the sentence; `passive` only by `selon`-like
   * cues or an agent (`par`, `by`) right after. */
  type: 'hedge' | 'passive' | 'conditional'
  why: { en: string; fr: string }
}

/**
 * Everything the analysis knows of one language. Word lists are lower case; patterns are
 * written against the text with quotations blanked out. Adding a language means adding one of
 * these.
 */
export interface Lexicon {
  language: Language
  /** Finite forms of reporting verbs usable on their own: `déclare`, `a-t-il`, `said`. */
  finiteCues: string[]
  /** Present participles that report: `en dénonçant`, `adding`. */
  gerunds: string[]
  /** Participles used after an auxiliary: `déclaré`, `said`. */
  participles: string[]
  /** Auxiliaries before a participle: `a`, `ont`, `has`. */
  auxiliaries: string[]
  /** Words that may stand between an auxiliary and its participle: `de son côté`. */
  insertedAdverbs: string[]
  /** Reflexive cues: `s'est dit`, `s'est félicité`. */
  reflexiveCues: string[]
  /** Finite forms too ambiguous to report anywhere but right after a quotation's closing
   * mark and a comma (`», lance X`). */
  quoteOnlyCues?: string[]
  /** `selon`, `d'après`, `according to`. */
  prepositionCues: string[]
  /** Subject clitics after an inverted verb: `a-t-il`, `dit-elle`. */
  clitics: Record<string, PronounEntry>
  pronouns: Record<string, PronounEntry>
  determiners: Record<string, DeterminerEntry>
  /** Honorifics before a name, with the gender they mark. */
  titles: Record<string, Gender>
  /** Singular nouns for one person in a role: `responsable`, `official`. */
  roleNouns: string[]
  /** Roles held by one identifiable person: `ministre`, `mayor` (never anonymous). */
  uniqueRoles: string[]
  /** Nouns for institutions: `ministère`, `police`. */
  organizationNouns: string[]
  /** Capitalised words that make a name an institution's: `Ministry`, `International`. */
  organizationNameWords: string[]
  /** Nouns for documents: `communiqué`, `report`. */
  documentNouns: string[]
  /** Words that open an adverbial segment, not a subject: `mercredi`, `dans`, `on`. */
  adverbialStarts: string[]
  /** Relative pronouns opening a clause inside a noun phrase. */
  relatives: string[]
  /** Complementisers ending the clause that holds a cue's subject: `que`, `that`. */
  complementizers: string[]
  /** Media phrases: `à l'AFP`, `dans un communiqué`, `told reporters`. */
  media: RegExp
  /** Phrases that give why a source is anonymous. */
  anonymityReasons: RegExp
  /** Participle phrases in a subject that say how the source was reached (a medium). */
  reachedBy: RegExp
  unattributedClaims: ClaimTrigger[]
  /** Sources with no kind given: `selon certains observateurs`, `critics say`. */
  vagueSources: RegExp
  /** Words after which a hedge is covered: `selon`, `according to`. */
  sourceInSentence: RegExp
  femaleNames: Set<string>
  maleNames: Set<string>
  /** Function words used to detect the language. */
  stopwords: Set<string>
  /** Adjectives that may precede the head noun: `haut`, `senior`. */
  preNominal: string[]
  /** Built once from the lists above by `lexiconFor` (not written by hand). */
  compiled?: {
    /** A relative pronoun, dash or parenthesis that ends a noun phrase. */
    relativeEnd: RegExp
    /** Complementisers and coordinators that open the clause of a cue. */
    clauseOpeners: RegExp
    /** The word lists as sets. */
    sets: Record<
      | 'roleNouns'
      | 'uniqueRoles'
      | 'organizationNouns'
      | 'organizationNameWords'
      | 'documentNouns'
      | 'preNominal'
      | 'adverbialStarts'
      | 'relatives',
      Set<string>
    >
    /** The tables looked up by a word of the text, as maps: `word in table` on an object
     * makes V8 internalise every new string it is given, several times slower. */
    maps: {
      titles: Map<string, Gender>
      pronouns: Map<string, PronounEntry>
      determiners: Map<string, DeterminerEntry>
    }
    /** Literal pre-checks before the costly patterns (a miss means no match). */
    hints: { reason: RegExp; media: RegExp }
    /** Determiners split into words, by first word (a phrase's first word finds its few
     * candidates at once), each list longest first. */
    determinersByFirst: Map<string, Array<[string[], import('./types').DeterminerEntry]>>
  }
}
