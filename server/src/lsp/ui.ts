/**
 * Every string the language server shows (hovers, outline, code actions, lenses, messages), in
 * English and French. One module so that a third language is one more object.
 */
import type { Method, SpeakerKind } from '../analysis'

export type UiLocale = 'en' | 'fr'

export interface UiStrings {
  kind: Record<SpeakerKind, string>
  /** Between a label and its value: `Cue: …`, `Verbe introducteur : …` (French spacing). */
  colon: string
  method: Record<Method, string>
  quotation: string
  claim: string
  speaker: string
  role: string
  cue: string
  medium: string
  found: string
  /** `through the pronoun *il* → Zabihullah Mujahid (line 7)` */
  through: (how: string, words: string, target: string, line: number | null) => string
  pronoun: string
  description: string
  surname: string
  unattributedQuotation: string
  unattributedClaim: string
  noSpeakerFound: string
  why: string
  quotations: (count: number) => string
  claims: (count: number) => string
  sources: (count: number) => string
  unattributedClaims: (count: number) => string
  unattributedQuotations: (count: number) => string
  line: (line: number) => string
  header: string
  date: string
  dateline: string
  unattributedGroup: string
  mentions: (count: number) => string
  anonymityReason: string
  noAnonymityReason: string
  allowRule: string
  allowInParagraph: (rule: string) => string
  allowInFile: (rule: string) => string
  fixAll: (rule: string, count: number) => string
  settingProblem: (key: string, problem: string) => string
  configProblem: (file: string, line: number, column: number, problem: string) => string
  configUnreadable: (file: string, reason: string) => string
  tooLarge: (units: number, limit: number) => string
  renameInText: string
  renameAnnotations: string
  notASpeaker: string
  monthNames: readonly string[]
}

const en: UiStrings = {
  colon: ': ',
  kind: {
    person: 'person',
    anonymous: 'anonymous source',
    group: 'group',
    organization: 'organization',
    document: 'document',
  },
  method: {
    annotation: 'by the annotation',
    cue: 'by the reporting cue and its subject',
    inverted: 'by the cue after the quotation',
    selon: 'by “according to”',
    pronoun: 'through the pronoun',
    description: 'through the description',
    surname: 'through the surname',
    adjacent: 'continues the speaker of the paragraph',
    none: 'no speaker found',
  },
  quotation: 'Quotation',
  claim: 'Claim',
  speaker: 'Speaker',
  role: 'Role',
  cue: 'Cue',
  medium: 'Medium',
  found: 'Found',
  through: (how, words, target, line) =>
    `through the ${how} *${words}* → ${target}${line === null ? '' : ` (line ${line})`}`,
  pronoun: 'pronoun',
  description: 'description',
  surname: 'surname',
  unattributedQuotation: 'Unattributed quotation',
  unattributedClaim: 'Unattributed claim',
  noSpeakerFound: 'No speaker was found.',
  why: 'Why',
  quotations: (n) => `${n} quotation${n === 1 ? '' : 's'}`,
  claims: (n) => `${n} claim${n === 1 ? '' : 's'}`,
  sources: (n) => `${n} source${n === 1 ? '' : 's'}`,
  unattributedClaims: (n) => `${n} unattributed claim${n === 1 ? '' : 's'}`,
  unattributedQuotations: (n) => `${n} unattributed quotation${n === 1 ? '' : 's'}`,
  line: (n) => `line ${n}`,
  header: 'Header',
  date: 'Date',
  dateline: 'Dateline',
  unattributedGroup: 'Unattributed',
  mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
  anonymityReason: 'Anonymity',
  noAnonymityReason: 'no reason given for anonymity',
  allowRule: 'Allow rule',
  allowInParagraph: (rule) => `Allow ${rule} in this paragraph`,
  allowInFile: (rule) => `Allow ${rule} in this whole file`,
  fixAll: (rule, n) => `Fix all ${n} ${rule} problems`,
  settingProblem: (key, problem) =>
    `Dispatch Lens: setting \`${key}\`: ${problem} The default is used instead.`,
  configProblem: (file, line, column, problem) =>
    `Dispatch Lens: ${file}:${line}:${column}: ${problem}`,
  configUnreadable: (file, reason) =>
    `Dispatch Lens: cannot read ${file} (${reason}); the editor settings are used.`,
  tooLarge: (units, limit) =>
    `This document (${units.toLocaleString('en')} characters) is larger than the ${limit.toLocaleString('en')} the editor analyses, so it is not analysed as you type. Lint it with the command line (dispatch-lens lint), or split it.`,
  renameInText: 'Rename the speaker in the text',
  renameAnnotations: 'Rename the speaker in its annotations',
  notASpeaker: 'Rename works on a speaker: put the cursor on a name or inside `[@…]`.',
  monthNames: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

const fr: UiStrings = {
  colon: '\u00a0: ',
  kind: {
    person: 'personne',
    anonymous: 'source anonyme',
    group: 'groupe',
    organization: 'organisation',
    document: 'document',
  },
  method: {
    annotation: 'par l’annotation',
    cue: 'par le verbe introducteur et son sujet',
    inverted: 'par l’incise après la citation',
    selon: 'par « selon »',
    pronoun: 'par le pronom',
    description: 'par la description',
    surname: 'par le nom de famille',
    adjacent: 'suite de la parole du paragraphe',
    none: 'aucune source trouvée',
  },
  quotation: 'Citation',
  claim: 'Affirmation',
  speaker: 'Source',
  role: 'Fonction',
  cue: 'Verbe introducteur',
  medium: 'Support',
  found: 'Trouvée',
  through: (how, words, target, line) =>
    `par ${how} *${words}* → ${target}${line === null ? '' : ` (ligne ${line})`}`,
  pronoun: 'le pronom',
  description: 'la description',
  surname: 'le nom de famille',
  unattributedQuotation: 'Citation sans source',
  unattributedClaim: 'Affirmation sans source',
  noSpeakerFound: 'Aucune source n’a été trouvée.',
  why: 'Pourquoi',
  quotations: (n) => `${n} citation${n > 1 ? 's' : ''}`,
  claims: (n) => `${n} affirmation${n > 1 ? 's' : ''}`,
  sources: (n) => `${n} source${n > 1 ? 's' : ''}`,
  unattributedClaims: (n) => `${n} affirmation${n > 1 ? 's' : ''} sans source`,
  unattributedQuotations: (n) => `${n} citation${n > 1 ? 's' : ''} sans source`,
  line: (n) => `ligne ${n}`,
  header: 'En-tête',
  date: 'Date',
  dateline: 'Lieu',
  unattributedGroup: 'Sans source',
  mentions: (n) => `${n} mention${n > 1 ? 's' : ''}`,
  anonymityReason: 'Anonymat',
  noAnonymityReason: 'aucune raison donnée à l’anonymat',
  allowRule: 'Autoriser la règle',
  allowInParagraph: (rule) => `Autoriser ${rule} dans ce paragraphe`,
  allowInFile: (rule) => `Autoriser ${rule} dans tout le fichier`,
  fixAll: (rule, n) => `Corriger les ${n} problèmes ${rule}`,
  settingProblem: (key, problem) =>
    `Dispatch Lens : réglage \`${key}\` : ${problem} La valeur par défaut est utilisée.`,
  configProblem: (file, line, column, problem) =>
    `Dispatch Lens : ${file}:${line}:${column} : ${problem}`,
  configUnreadable: (file, reason) =>
    `Dispatch Lens : impossible de lire ${file} (${reason}) ; les réglages de l’éditeur s’appliquent.`,
  tooLarge: (units, limit) =>
    `Ce document (${units.toLocaleString('fr')} caractères) dépasse les ${limit.toLocaleString('fr')} que l’éditeur analyse : il n’est pas analysé pendant la frappe. Vérifiez-le avec la ligne de commande (dispatch-lens lint), ou découpez-le.`,
  renameInText: 'Renommer la source dans le texte',
  renameAnnotations: 'Renommer la source dans ses annotations',
  notASpeaker: 'Le renommage porte sur une source : placez le curseur sur un nom ou dans `[@…]`.',
  monthNames: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
}

const STRINGS: Record<UiLocale, UiStrings> = { en, fr }

export function uiStrings(locale: UiLocale): UiStrings {
  return STRINGS[locale]
}

/** The UI locale for `auto`: the editor's display language when it is French, else English. */
export function localeFromEditor(editorLocale: string | undefined): UiLocale {
  return editorLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}
