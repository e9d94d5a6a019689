/**
 * The configuration file shared by the CLI and the language server (`.dispatch-lens.json`):
 * data only, validated here, never executed. Pure: the callers read the file.
 * Placeholder: implemented with the CLI.
 */
import type { AnalysisSettings } from './analysis/types'

export const CONFIG_FILE_NAME = '.dispatch-lens.json'

export interface ConfigProblem {
  /** 1-based line and column in the config file. */
  line: number
  column: number
  message: string
}

export interface ParsedConfig {
  settings: AnalysisSettings
  problems: ConfigProblem[]
}

export function parseConfig(_text: string): ParsedConfig {
  return { settings: {}, problems: [] }
}
