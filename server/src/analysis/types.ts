/**
 * The public shape of one analysis. Everything here is plain data (JSON-serialisable) so that
 * the language server, the CLI, worker threads and tests all read the same thing.
 *
 * Offsets are UTF-16 code units into the file's text (JavaScript string indices); `end` is
 * exclusive.
 */

export type Language = 'fr' | 'en'
export type SpeakerKind = 'person' | 'anonymous' | 'group' | 'organization' | 'document'
export type Severity = 'error' | 'warning' | 'info' | 'off'

/** How the speaker of an attribution was found (most certain first). */
export type Method =
  | 'annotation' // [@Name] after the quotation or sentence
  | 'cue' // cue in the same sentence with its subject before it: `X a déclaré`, `X said`
  | 'inverted' // cue after the quotation: `«…», a déclaré X`, `"…," said X`
  | 'selon' // `selon X`, `d'après X`, `according to X`
  | 'pronoun' // `a-t-il ajouté`, `he said` → most recent compatible speaker
  | 'description' // `Le responsable pakistanais`, `the official` → earlier speaker described
  | 'surname' // `Mujahid`, `M. Benali`, `Chen` → earlier speaker named
  | 'adjacent' // no cue: continues the paragraph's (or previous paragraph's) speaker
  | 'none' // no speaker found

export interface Span {
  start: number
  end: number
  text: string
}

export type MentionKind = 'name' | 'description' | 'pronoun' | 'annotation'

export interface Mention extends Span {
  kind: MentionKind
}

export interface Speaker {
  /** Stable within one analysis: a slug of the canonical name, made unique. */
  id: string
  /** Canonical name: a person's full name, or the descriptive noun phrase. */
  name: string
  kind: SpeakerKind
  role: string | null
  gender: 'm' | 'f' | null
  plural: boolean
  /** The phrase giving why anonymity was granted, when the speaker is anonymous. */
  anonymityReason: Span | null
  /** Every mention in text order (names, descriptions, pronouns, annotations). */
  mentions: Mention[]
}

export interface Attribution {
  kind: 'quote' | 'claim'
  /** For a quote: what is inside the marks (a multi-paragraph quote is one attribution). For a
   * claim: the sentence that carries it. */
  text: string
  start: number
  end: number
  /** Offsets of the opening and closing marks of a quote (close is null when unclosed). */
  open: number | null
  close: number | null
  /** Speaker id, or null when unattributed. */
  speaker: string | null
  /** The words at this cue that name the speaker (`il`, `Le responsable pakistanais`). */
  source: Mention | null
  /** For pronouns, descriptions and surnames: the earlier mention it was resolved to. */
  antecedent: Span | null
  /** The reporting expression: `a-t-il ajouté`, `said`, `selon`. */
  cue: Span | null
  /** How it was said: `à l'AFP`, `dans un communiqué`, `on Twitter`. */
  medium: Span | null
  method: Method
  /** For an unattributed quote: why no speaker was found (shown in hovers). */
  reason: string | null
}

export interface Header {
  start: number
  end: number
  date: string
  dateSpan: Span
  dateline: string
  datelineSpan: Span
}

export interface Annotation {
  kind: 'speaker' | 'allow'
  start: number
  end: number
  /** For `[@Name | role]`: the name (`anonymous` for `[@anonymous | reason]`). */
  name: Span | null
  /** For `[@Name | role]`: the role, or the reason of `[@anonymous | reason]`. */
  role: Span | null
  /** For `[!allow rule-id]`: the rule id. */
  rule: Span | null
  /** `[!allow …]` scope: the paragraph it stands in, or the whole file. */
  scope: 'paragraph' | 'file' | null
}

export interface Paragraph {
  start: number
  end: number
}

export interface Sentence {
  start: number
  end: number
  paragraph: number
}

export interface DispatchData {
  language: Language
  header: Header | null
  paragraphs: Paragraph[]
  sentences: Sentence[]
  annotations: Annotation[]
  speakers: Speaker[]
  attributions: Attribution[]
}

/** A text edit for a quick fix, in file offsets. */
export interface TextEdit {
  start: number
  end: number
  newText: string
}

export interface Fix {
  title: string
  edits: TextEdit[]
}

export interface AnalysisSettings {
  /** `auto` (default) detects French or English per document. */
  language?: Language | 'auto'
  /** Severity per rule id; unknown ids are ignored here (the config loaders report them). */
  rules?: Partial<Record<string, Severity>>
  /** `require-reason` (default): anonymous sources need a stated reason. `report-all`: also an
   * information on every anonymous source. `off`: no anonymity rule. */
  anonymity?: 'require-reason' | 'report-all' | 'off'
  /** Language of the messages (`en` default, `fr`). */
  locale?: 'en' | 'fr'
  /** Extra reporting verbs (full forms as written: `a tonné`, `thundered`). */
  extraVerbs?: Partial<Record<Language, string[]>>
}

declare module 'vfile' {
  interface DataMap {
    dispatch: DispatchData
  }
}
