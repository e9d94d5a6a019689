/**
 * Which configuration applies to a file: `--config FILE` for all, otherwise the nearest
 * `.dispatch-lens.json` from the file's folder upwards. Each file is read and validated once.
 * A configuration with any problem stops the run: linting with half a configuration would
 * pass or fail a dispatch for the wrong reason.
 */
import { dirname, join, resolve } from 'node:path'
import type { AnalysisSettings } from '../analysis'
import { CONFIG_FILE_NAME, parseConfig } from '../config'
import { decodeText } from './decode'
import { CliError, describeFileError } from './errors'
import { displayPath } from './files'
import type { CliIo } from './io'

export class ConfigResolver {
  private readonly byFolder = new Map<string, Promise<AnalysisSettings>>()
  private readonly byFile = new Map<string, Promise<AnalysisSettings>>()
  private readonly explicit: string | undefined

  constructor(
    private readonly io: CliIo,
    explicitConfig: string | undefined,
  ) {
    this.explicit = explicitConfig === undefined ? undefined : resolve(io.cwd, explicitConfig)
  }

  /** The settings for files in `folder` (absolute). Throws a CliError on a bad config. */
  settingsFor(folder: string): Promise<AnalysisSettings> {
    if (this.explicit !== undefined) return this.load(this.explicit, true)
    let found = this.byFolder.get(folder)
    if (!found) {
      found = this.lookUp(folder)
      this.byFolder.set(folder, found)
    }
    return found
  }

  private async lookUp(folder: string): Promise<AnalysisSettings> {
    const candidate = join(folder, CONFIG_FILE_NAME)
    const settings = await this.load(candidate, false)
    if (settings !== null) return settings
    const parent = dirname(folder)
    return parent === folder ? {} : this.settingsFor(parent)
  }

  private load(path: string, required: true): Promise<AnalysisSettings>
  private load(path: string, required: false): Promise<AnalysisSettings | null>
  private load(path: string, required: boolean): Promise<AnalysisSettings | null> {
    const cached = this.byFile.get(path)
    if (cached) return cached
    const loading = this.read(path, required)
    // Only files that exist are cached here; absent ones are remembered per folder.
    return loading.then((settings) => {
      if (settings !== null) this.byFile.set(path, Promise.resolve(settings))
      return settings
    })
  }

  private async read(path: string, required: boolean): Promise<AnalysisSettings | null> {
    const shown = displayPath(path, this.io.cwd)
    let bytes: Uint8Array
    try {
      bytes = await this.io.readFile(path)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (!required && (code === 'ENOENT' || code === 'ENOTDIR')) return null
      throw new CliError(`config: ${describeFileError(error, shown)}`)
    }
    const decoded = decodeText(bytes)
    if (!decoded.ok)
      throw new CliError(`cannot read the config '${shown}' as text: ${decoded.reason}`)
    const { settings, problems } = parseConfig(decoded.text)
    if (problems.length > 0) {
      const lines = problems.map(
        (problem) => `${shown}:${problem.line}:${problem.column}: ${problem.message}`,
      )
      throw new CliError(lines.join('\n'))
    }
    return settings
  }
}
