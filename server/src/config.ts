/**
 * The configuration file shared by the CLI and the language server (`.dispatch-lens.json`):
 * data only, validated here, never executed. Pure: the callers read the file.
 *
 * Every problem is reported with its place, and the setting it concerns falls back to its
 * default, so a caller can both show the problems and go on with the valid rest.
 */
// The package's ESM build (its `module` entry): its default UMD build loads its parts with a
// dynamic require that bundlers cannot follow, which breaks the CLI and server bundles.
import { type Node as JsonNode, type ParseError, parseTree } from 'jsonc-parser/lib/esm/main.js'
import { RULE_IDS } from './analysis/rules'
import type { AnalysisSettings, Language, Severity } from './analysis/types'

export const CONFIG_FILE_NAME = '.dispatch-lens.json'

export interface ConfigProblem {
  /** 1-based line and column in the config file (the column counts UTF-16 code units). */
  line: number
  column: number
  /** The offending span in the config file, for editors that underline it. */
  offset: number
  length: number
  message: string
}

export interface ParsedConfig {
  settings: AnalysisSettings
  problems: ConfigProblem[]
}

const LANGUAGES = ['auto', 'fr', 'en'] as const
const LOCALES = ['en', 'fr'] as const
const ANONYMITY_POLICIES = ['require-reason', 'report-all', 'off'] as const
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'off']
const VERB_LANGUAGES: readonly Language[] = ['fr', 'en']
const KNOWN_KEYS = ['$schema', 'language', 'locale', 'anonymity', 'rules', 'extraVerbs'] as const

/** Why jsonc-parser stopped, in words a user can act on (indexed by its ParseErrorCode). */
const SYNTAX_ERRORS: Record<number, string> = {
  1: 'unexpected character',
  2: 'invalid number',
  3: 'property name (in double quotes) expected',
  4: 'value expected',
  5: 'colon expected',
  6: 'comma expected',
  7: 'closing brace `}` expected',
  8: 'closing bracket `]` expected',
  9: 'end of file expected',
  10: 'comments are not allowed in JSON',
  11: 'unterminated comment',
  12: 'unterminated string',
  13: 'unterminated number',
  14: 'invalid unicode escape',
  15: 'invalid escape character',
  16: 'invalid character in string',
}

/** Parse and validate the text of a `.dispatch-lens.json` file. Never throws. */
export function parseConfig(text: string): ParsedConfig {
  const problems: ConfigProblem[] = []
  const report = (offset: number, length: number, message: string) => {
    problems.push({ ...lineAndColumn(text, offset), offset, length, message })
  }

  const syntaxErrors: ParseError[] = []
  let root: ReturnType<typeof parseTree>
  try {
    root = parseTree(text, syntaxErrors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    })
  } catch {
    // A document nested thousands deep exhausts the parser's stack: not a configuration.
    report(0, 1, 'The configuration is nested too deeply to be read. Keep it a flat JSON object.')
    return { settings: {}, problems }
  }
  if (syntaxErrors.length > 0) {
    // The first error is the real one; the others usually follow from it.
    const error = syntaxErrors[0]
    const what = SYNTAX_ERRORS[error.error] ?? 'syntax error'
    report(error.offset, error.length, `Invalid JSON: ${what}. Fix the syntax of the file.`)
    return { settings: {}, problems }
  }
  if (root?.type !== 'object') {
    report(root?.offset ?? 0, root?.length ?? 0, 'The configuration must be a JSON object: `{}`.')
    return { settings: {}, problems }
  }

  const settings: AnalysisSettings = {}
  for (const { key, value } of uniqueProperties(root, report)) {
    switch (key.value) {
      case '$schema':
        if (value.type !== 'string')
          report(value.offset, value.length, mustBe('$schema', 'a string'))
        break
      case 'language': {
        const language = oneOf(value, 'language', LANGUAGES, report)
        if (language) settings.language = language
        break
      }
      case 'locale': {
        const locale = oneOf(value, 'locale', LOCALES, report)
        if (locale) settings.locale = locale
        break
      }
      case 'anonymity': {
        const anonymity = oneOf(value, 'anonymity', ANONYMITY_POLICIES, report)
        if (anonymity) settings.anonymity = anonymity
        break
      }
      case 'rules': {
        const rules = ruleSeverities(value, report)
        if (rules) settings.rules = rules
        break
      }
      case 'extraVerbs': {
        const extraVerbs = verbLists(value, report)
        if (extraVerbs) settings.extraVerbs = extraVerbs
        break
      }
      default:
        report(
          key.offset,
          key.length,
          `Unknown setting "${key.value}".${didYouMean(key.value, KNOWN_KEYS)} Known settings: ${KNOWN_KEYS.slice(1).join(', ')}.`,
        )
    }
  }
  return { settings, problems }
}

type Report = (offset: number, length: number, message: string) => void

interface Property {
  key: JsonNode
  value: JsonNode
}

/** The properties of an object node; a repeated key is reported and only its first use kept. */
function uniqueProperties(object: JsonNode, report: Report): Property[] {
  const seen = new Set<string>()
  const properties: Property[] = []
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? []
    if (!key || !value) continue
    if (seen.has(key.value)) {
      report(key.offset, key.length, `Duplicate setting "${key.value}": remove one of the two.`)
      continue
    }
    seen.add(key.value)
    properties.push({ key, value })
  }
  return properties
}

function oneOf<T extends string>(
  value: JsonNode,
  name: string,
  allowed: readonly T[],
  report: Report,
): T | undefined {
  if (value.type === 'string' && (allowed as readonly string[]).includes(value.value)) {
    return value.value as T
  }
  const hint = value.type === 'string' ? didYouMean(value.value, allowed) : ''
  report(
    value.offset,
    value.length,
    `${mustBe(name, listOf(allowed))}; got ${describe(value)}.${hint}`,
  )
  return undefined
}

function ruleSeverities(value: JsonNode, report: Report): AnalysisSettings['rules'] {
  if (value.type !== 'object') {
    report(
      value.offset,
      value.length,
      `${mustBe('rules', 'an object')}, such as {"unattributed-claim": "off"}.`,
    )
    return undefined
  }
  const rules: Record<string, Severity> = {}
  for (const { key, value: severity } of uniqueProperties(value, report)) {
    if (!(RULE_IDS as readonly string[]).includes(key.value)) {
      report(
        key.offset,
        key.length,
        `Unknown rule "${key.value}" in "rules".${didYouMean(key.value, RULE_IDS)} Known rules: ${RULE_IDS.join(', ')}.`,
      )
      continue
    }
    const level = oneOf(severity, `The severity of "${key.value}"`, SEVERITIES, report)
    if (level) rules[key.value] = level
  }
  return rules
}

function verbLists(value: JsonNode, report: Report): AnalysisSettings['extraVerbs'] {
  if (value.type !== 'object') {
    report(
      value.offset,
      value.length,
      `${mustBe('extraVerbs', 'an object')}, such as {"fr": ["a tonné"]}.`,
    )
    return undefined
  }
  const verbs: Partial<Record<Language, string[]>> = {}
  for (const { key, value: list } of uniqueProperties(value, report)) {
    if (!(VERB_LANGUAGES as readonly string[]).includes(key.value)) {
      report(
        key.offset,
        key.length,
        `Unknown language "${key.value}" in "extraVerbs": use ${listOf(VERB_LANGUAGES)}.`,
      )
      continue
    }
    if (list.type !== 'array') {
      report(
        list.offset,
        list.length,
        `${mustBe(`extraVerbs.${key.value}`, 'an array of strings')}; got ${describe(list)}.`,
      )
      continue
    }
    const words: string[] = []
    for (const item of list.children ?? []) {
      if (item.type === 'string' && item.value.trim() !== '') words.push(item.value.trim())
      else
        report(
          item.offset,
          item.length,
          `Each verb in "extraVerbs.${key.value}" must be a non-empty string; got ${describe(item)}.`,
        )
    }
    verbs[key.value as Language] = words
  }
  return verbs
}

function mustBe(name: string, what: string): string {
  const subject = name.startsWith('The ') ? name : `"${name}"`
  return `${subject} must be ${what}`
}

function listOf(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`)
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

function describe(node: JsonNode): string {
  if (node.type === 'string') return JSON.stringify(node.value)
  if (node.type === 'object' || node.type === 'array') return `an ${node.type}`
  return String(node.value)
}

/** ` Did you mean "x"?` when a known value is close (a typo, or the start of it), else nothing. */
function didYouMean(value: string, known: readonly string[]): string {
  const typed = value.toLowerCase()
  // Short values allow one edit, longer ones one per three characters: `de` is not `fr`.
  let bestDistance = Math.max(1, Math.floor(typed.length / 3)) + 1
  let best: string | undefined
  for (const candidate of known) {
    const distance = editDistance(typed, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  best ??= typed.length >= 2 ? known.find((candidate) => candidate.startsWith(typed)) : undefined
  return best === undefined ? '' : ` Did you mean "${best}"?`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution))
    }
    previous = current
  }
  return previous[b.length]
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset && index < text.length; index++) {
    const char = text[index]
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
