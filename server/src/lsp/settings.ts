/**
 * The `dispatch.*` settings: validated once here (pure), so that a bad value gives one clear
 * message and falls back to its default instead of reaching the analysis.
 */
import type { AnalysisSettings, Language, Severity } from '../analysis'
import { isRuleId } from '../analysis'
import type { UiLocale } from './ui'

/** Language ids that may be linted besides `dispatch`, which always is. */
export const OPTIONAL_LANGUAGE_IDS = ['markdown', 'plaintext'] as const

export interface ServerSettings {
  analysis: AnalysisSettings
  /** Language of hovers, outline, lenses and messages. */
  uiLocale: UiLocale
  /** Language ids analysed: `dispatch` plus the opted-in ones. */
  languageIds: string[]
}

export interface SettingProblem {
  /** The full key, `dispatch.rules.unattributed-quote`. */
  key: string
  problem: string
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'off']
const ANONYMITY = ['require-reason', 'report-all', 'off'] as const
const LANGUAGES = ['auto', 'fr', 'en'] as const
const UI_LANGUAGES = ['auto', 'en', 'fr'] as const

export function defaultSettings(editorLocale: UiLocale): ServerSettings {
  return {
    analysis: { language: 'auto', anonymity: 'require-reason', locale: editorLocale },
    uiLocale: editorLocale,
    languageIds: ['dispatch'],
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  key: string,
  problems: SettingProblem[],
): T | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  problems.push({
    key,
    problem: `${JSON.stringify(value)} is not one of ${allowed.map((v) => `"${v}"`).join(', ')}.`,
  })
  return undefined
}

function validateRules(value: unknown, problems: SettingProblem[]): AnalysisSettings['rules'] {
  if (value === undefined || value === null) return undefined
  if (!isRecord(value)) {
    problems.push({ key: 'dispatch.rules', problem: 'expected an object of rule id → severity.' })
    return undefined
  }
  const rules: Partial<Record<string, Severity>> = {}
  for (const [id, severity] of Object.entries(value)) {
    const key = `dispatch.rules.${id}`
    if (!isRuleId(id)) {
      problems.push({ key, problem: `"${id}" is not a rule of Dispatch Lens.` })
      continue
    }
    const checked = oneOf(severity, SEVERITIES, key, problems)
    if (checked) rules[id] = checked
  }
  return rules
}

function validateVerbs(value: unknown, problems: SettingProblem[]): AnalysisSettings['extraVerbs'] {
  if (value === undefined || value === null) return undefined
  if (!isRecord(value)) {
    problems.push({
      key: 'dispatch.extraVerbs',
      problem: 'expected an object like { "fr": ["a tonné"], "en": ["thundered"] }.',
    })
    return undefined
  }
  const verbs: Partial<Record<Language, string[]>> = {}
  for (const [language, list] of Object.entries(value)) {
    const key = `dispatch.extraVerbs.${language}`
    if (language !== 'fr' && language !== 'en') {
      problems.push({ key, problem: `"${language}" is not a language: use "fr" or "en".` })
      continue
    }
    if (!Array.isArray(list) || !list.every((verb) => typeof verb === 'string')) {
      problems.push({ key, problem: 'expected a list of verbs (strings).' })
      continue
    }
    const cleaned = list.map((verb: string) => verb.trim()).filter((verb) => verb !== '')
    if (cleaned.length > 0) verbs[language] = cleaned
  }
  return verbs
}

function validateLanguageIds(value: unknown, problems: SettingProblem[]): string[] {
  const ids = ['dispatch']
  if (value === undefined || value === null) return ids
  if (!Array.isArray(value)) {
    problems.push({ key: 'dispatch.lintLanguageIds', problem: 'expected a list of language ids.' })
    return ids
  }
  for (const id of value) {
    const checked = oneOf(id, OPTIONAL_LANGUAGE_IDS, 'dispatch.lintLanguageIds', problems)
    if (checked && !ids.includes(checked)) ids.push(checked)
  }
  return ids
}

/** Validate the `dispatch` section as the client sends it; every bad value is reported. */
export function validateSettings(
  raw: unknown,
  editorLocale: UiLocale,
): { settings: ServerSettings; problems: SettingProblem[] } {
  const settings = defaultSettings(editorLocale)
  const problems: SettingProblem[] = []
  if (raw === undefined || raw === null) return { settings, problems }
  if (!isRecord(raw)) {
    problems.push({ key: 'dispatch', problem: 'expected an object of settings.' })
    return { settings, problems }
  }
  const uiLanguage = oneOf(raw.uiLanguage, UI_LANGUAGES, 'dispatch.uiLanguage', problems)
  if (uiLanguage && uiLanguage !== 'auto') settings.uiLocale = uiLanguage
  const language = oneOf(raw.language, LANGUAGES, 'dispatch.language', problems)
  const anonymity = oneOf(raw.anonymity, ANONYMITY, 'dispatch.anonymity', problems)
  settings.analysis = {
    language: language ?? 'auto',
    anonymity: anonymity ?? 'require-reason',
    locale: settings.uiLocale,
  }
  const rules = validateRules(raw.rules, problems)
  if (rules && Object.keys(rules).length > 0) settings.analysis.rules = rules
  const verbs = validateVerbs(raw.extraVerbs, problems)
  if (verbs && Object.keys(verbs).length > 0) settings.analysis.extraVerbs = verbs
  settings.languageIds = validateLanguageIds(raw.lintLanguageIds, problems)
  return { settings, problems }
}

/**
 * The project's config file (shared with the CLI) wins over the editor settings for every key it
 * sets, so that a dispatch clean in the editor is clean in CI. Rules merge per rule.
 */
export function withConfigFile(settings: ServerSettings, file: AnalysisSettings): ServerSettings {
  const analysis: AnalysisSettings = { ...settings.analysis }
  if (file.language) analysis.language = file.language
  if (file.anonymity) analysis.anonymity = file.anonymity
  if (file.rules) analysis.rules = { ...analysis.rules, ...file.rules }
  if (file.extraVerbs) {
    analysis.extraVerbs = {
      fr: [...(analysis.extraVerbs?.fr ?? []), ...(file.extraVerbs.fr ?? [])],
      en: [...(analysis.extraVerbs?.en ?? []), ...(file.extraVerbs.en ?? [])],
    }
  }
  return { ...settings, analysis }
}
