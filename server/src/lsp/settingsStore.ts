/**
 * Settings per document: the `dispatch` section read through `workspace/configuration` (or the
 * last `didChangeConfiguration` for clients that cannot be asked), merged with the nearest
 * config file shared with the CLI. Read once per document, cached until settings change.
 */

import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AnalysisSettings } from '../analysis'
import { CONFIG_FILE_NAME, parseConfig } from '../config'
import { readRegularFile } from '../node/read-regular-file'
import { type ServerSettings, validateSettings, withConfigFile } from './settings'
import { type UiLocale, uiStrings } from './ui'

export interface SettingsSource {
  /** `workspace/configuration` for one resource, or undefined when the client cannot answer. */
  fetch(uri: string): Promise<unknown>
  /** One clear message per problem (the server shows it once). */
  report(message: string): void
}

interface ConfigFile {
  path: string
  settings: AnalysisSettings
}

export class SettingsStore {
  private readonly perUri = new Map<string, Promise<ServerSettings>>()
  private readonly configFiles = new Map<string, Promise<ConfigFile | null>>()
  private readonly reported = new Set<string>()
  /** Settings pushed by `didChangeConfiguration` when the client has no `workspace/configuration`. */
  pushed: unknown

  constructor(
    private readonly source: SettingsSource,
    private readonly editorLocale: UiLocale,
  ) {}

  forUri(uri: string): Promise<ServerSettings> {
    let settings = this.perUri.get(uri)
    if (!settings) {
      settings = this.load(uri)
      this.perUri.set(uri, settings)
    }
    return settings
  }

  /** Settings or the config file changed: read everything again, report problems again. */
  clear(): void {
    this.perUri.clear()
    this.configFiles.clear()
    this.reported.clear()
  }

  forget(uri: string): void {
    this.perUri.delete(uri)
  }

  private async load(uri: string): Promise<ServerSettings> {
    let raw: unknown
    try {
      raw = (await this.source.fetch(uri)) ?? this.pushed
    } catch {
      raw = this.pushed
    }
    const { settings, problems } = validateSettings(raw, this.editorLocale)
    const ui = uiStrings(settings.uiLocale)
    for (const { key, problem } of problems) this.reportOnce(ui.settingProblem(key, problem))
    const file = await this.configFileFor(uri, ui)
    return file ? withConfigFile(settings, file.settings) : settings
  }

  private reportOnce(message: string): void {
    if (this.reported.has(message)) return
    this.reported.add(message)
    this.source.report(message)
  }

  /** The nearest config file in the document's folder or above (as the CLI finds it). */
  private async configFileFor(uri: string, ui: ReturnType<typeof uiStrings>) {
    if (!uri.startsWith('file:')) return null
    let directory: string
    try {
      directory = dirname(fileURLToPath(uri))
    } catch {
      return null
    }
    for (;;) {
      const file = await this.configFileIn(directory, ui)
      if (file) return file
      const parent = dirname(directory)
      if (parent === directory) return null
      directory = parent
    }
  }

  private configFileIn(directory: string, ui: ReturnType<typeof uiStrings>) {
    let file = this.configFiles.get(directory)
    if (!file) {
      file = this.readConfigFile(join(directory, CONFIG_FILE_NAME), ui)
      this.configFiles.set(directory, file)
    }
    return file
  }

  private async readConfigFile(
    path: string,
    ui: ReturnType<typeof uiStrings>,
  ): Promise<ConfigFile | null> {
    let text: string
    try {
      text = new TextDecoder().decode(await readRegularFile(path))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        this.reportOnce(ui.configUnreadable(path, code ?? String(error)))
      }
      return null
    }
    try {
      const parsed = parseConfig(text)
      for (const problem of parsed.problems) {
        this.reportOnce(ui.configProblem(path, problem.line, problem.column, problem.message))
      }
      return { path, settings: parsed.settings }
    } catch (error) {
      // parseConfig is meant never to throw; if it does, the editor settings still apply.
      this.reportOnce(ui.configUnreadable(path, String(error)))
      return null
    }
  }
}
