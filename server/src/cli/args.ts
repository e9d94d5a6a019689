/**
 * The command line, parsed and checked before any file is touched: every mistake is a usage
 * error (exit 2) with a message that says what to type instead.
 */
import { parseArgs } from 'node:util'
import type { Language } from '../analysis'
import { CliError } from './errors'

export const LINT_FORMATS = ['pretty', 'json', 'sarif', 'github'] as const
export const SOURCES_FORMATS = ['table', 'json'] as const
export const LANGUAGES = ['auto', 'fr', 'en'] as const

export type LintFormat = (typeof LINT_FORMATS)[number]
export type SourcesFormat = (typeof SOURCES_FORMATS)[number]

/** Options shared by the commands that analyse. */
export interface AnalysisOptions {
  paths: string[]
  language: Language | 'auto' | undefined
  config: string | undefined
  /** Threads that analyse many files (`--jobs`): 1 is this thread alone, N > 1 is N workers;
   * undefined: one per core but one. */
  jobs: number | undefined
}

export interface LintOptions extends AnalysisOptions {
  format: LintFormat
  /** Warnings allowed before the run fails; null: any warning fails it. */
  maxWarnings: number | null
  quiet: boolean
}

export interface SourcesOptions extends AnalysisOptions {
  format: SourcesFormat
}

export type CommandLine =
  | { command: 'help'; topic: 'lint' | 'sources' | 'strip' | null }
  | { command: 'version' }
  | { command: 'none' }
  | { command: 'lint'; options: LintOptions }
  | { command: 'sources'; options: SourcesOptions }
  | { command: 'strip'; path: string }

const COMMANDS = ['lint', 'sources', 'strip'] as const
type CommandName = (typeof COMMANDS)[number]

const HELP = { help: { type: 'boolean', short: 'h' } } as const
const ANALYSIS = {
  language: { type: 'string', short: 'l' },
  config: { type: 'string', short: 'c' },
  jobs: { type: 'string', short: 'j' },
} as const
const OPTIONS = {
  lint: {
    ...HELP,
    ...ANALYSIS,
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  sources: { ...HELP, ...ANALYSIS, format: { type: 'string', short: 'f' } },
  strip: { ...HELP },
} as const

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv
  if (first === undefined) return { command: 'none' }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0]
    return { command: 'help', topic: isCommand(topic) ? topic : null }
  }
  if (first === '--version' || first === '-v') return { command: 'version' }
  if (!isCommand(first)) {
    const what = first.startsWith('-') ? `option '${first}' before a command` : `command '${first}'`
    throw new CliError(
      `unknown ${what}. Commands: ${COMMANDS.join(', ')}. Run 'dispatch-lens --help' for usage.`,
    )
  }
  const { values, positionals } = parse(first, rest)
  if (values.help) return { command: 'help', topic: first }

  if (first === 'strip') {
    if (positionals.length !== 1) {
      throw new CliError(
        `strip takes exactly one file (or '-' for standard input), got ${positionals.length}. Run 'dispatch-lens strip --help'.`,
      )
    }
    return { command: 'strip', path: positionals[0] }
  }

  const analysis: AnalysisOptions = {
    paths: positionals,
    language: oneOf(values.language, '--language', LANGUAGES, first),
    config: nonEmpty(values.config, '--config', first),
    jobs: jobs(values.jobs, first),
  }
  if (first === 'sources') {
    if (positionals.length === 0) {
      throw new CliError(`sources needs at least one file. Run 'dispatch-lens sources --help'.`)
    }
    const format = oneOf(values.format, '--format', SOURCES_FORMATS, first) ?? 'table'
    return { command: 'sources', options: { ...analysis, format } }
  }
  const format = oneOf(values.format, '--format', LINT_FORMATS, first) ?? 'pretty'
  return {
    command: 'lint',
    options: {
      ...analysis,
      format,
      maxWarnings: count(values['max-warnings']),
      quiet: values.quiet === true,
    },
  }
}

function isCommand(value: string | undefined): value is CommandName {
  return (COMMANDS as readonly (string | undefined)[]).includes(value)
}

type Values = Partial<Record<string, string | boolean>>

function parse(command: CommandName, args: string[]): { values: Values; positionals: string[] } {
  const options = OPTIONS[command]
  try {
    return parseArgs({
      args: negativeJobs(args),
      options,
      allowPositionals: true,
      strict: true,
    }) as {
      values: Values
      positionals: string[]
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const message = error instanceof Error ? error.message : String(error)
    const option = /'([^']+)'/.exec(message)?.[1] ?? ''
    const help = `Run 'dispatch-lens ${command} --help'.`
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = Object.keys(options).map((name) => `--${name}`)
      const guess = known.find(
        (name) => name.startsWith(option.slice(0, 4)) && option.startsWith('--'),
      )
      const hint = guess ? ` Did you mean '${guess}'?` : ''
      throw new CliError(`unknown option '${option}' for ${command}.${hint} ${help}`)
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /--[\w-]+/.exec(message)?.[0] ?? option
      const needsValue = /argument missing|ambiguous/.test(message)
      throw new CliError(
        needsValue
          ? `option '${name}' needs a value. ${help}`
          : `option '${name}' takes no value. ${help}`,
      )
    }
    throw new CliError(`${message} ${help}`)
  }
}

function oneOf<T extends string>(
  value: string | boolean | undefined,
  option: string,
  allowed: readonly T[],
  command: CommandName,
): T | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(
    `${option} '${String(value)}' is not one of ${allowed.join(', ')} (for ${command}). Run 'dispatch-lens ${command} --help'.`,
  )
}

function nonEmpty(value: string | boolean | undefined, option: string, command: CommandName) {
  if (value === undefined) return undefined
  if (typeof value === 'string' && value !== '') return value
  throw new CliError(`option '${option}' needs a file name. Run 'dispatch-lens ${command} --help'.`)
}

function count(value: string | boolean | undefined): number | null {
  if (value === undefined) return null
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  throw new CliError(
    `--max-warnings '${String(value)}' is not a whole number ≥ 0. Run 'dispatch-lens lint --help'.`,
  )
}

function jobs(value: string | boolean | undefined, command: CommandName): number | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && /^\d+$/.test(value) && Number(value) >= 1) return Number(value)
  throw new CliError(
    `--jobs '${String(value)}' is not a whole number ≥ 1 (the threads that analyse; 1: no worker). Run 'dispatch-lens ${command} --help'.`,
  )
}

/** `--jobs -3` would be read as a missing value followed by an option: keep `-3` as the value,
 * so that the message says what is wrong with it. */
function negativeJobs(args: readonly string[]): string[] {
  const joined: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    const next = args[index + 1]
    if (arg === '--') {
      joined.push(...args.slice(index))
      break
    }
    if ((arg === '--jobs' || arg === '-j') && next !== undefined && /^-\d/.test(next)) {
      joined.push(`--jobs=${next}`)
      index++
    } else {
      joined.push(arg)
    }
  }
  return joined
}
