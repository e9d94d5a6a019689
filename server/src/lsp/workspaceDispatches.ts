/**
 * The dispatches of the workspace that are not open: listed from the workspace folders, read
 * from disk and analysed on demand, cached by modification time. They feed workspace symbols,
 * workspace diagnostics and the "lint the workspace" command.
 */

import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { readRegularFile } from '../node/read-regular-file'
import { analyzeDocument, type DocumentAnalysis } from './analysisCache'
import type { ServerSettings } from './settings'

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', 'build', 'coverage'])
/** A workspace with more dispatches than this is not walked further (bounded memory and time). */
export const MAX_WORKSPACE_FILES = 5000

interface Cached {
  stamp: string
  analysis: DocumentAnalysis
}

export class WorkspaceDispatches {
  private folders: string[] = []
  private listing: Promise<string[]> | null = null
  private readonly analyses = new Map<string, Cached>()

  constructor(
    private readonly settingsFor: (uri: string) => Promise<ServerSettings>,
    private readonly log: (message: string) => void,
  ) {}

  setFolders(uris: string[]): void {
    this.folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))
    this.listing = null
  }

  /** A dispatch was created or deleted. */
  invalidateListing(): void {
    this.listing = null
  }

  /** Settings changed: every cached analysis is out of date. */
  invalidateAnalyses(): void {
    this.analyses.clear()
  }

  /** URIs of every `.dispatch` file under the workspace folders. */
  files(): Promise<string[]> {
    this.listing ??= this.list()
    return this.listing
  }

  /** A stamp that changes when the file's content may have changed. */
  async stamp(uri: string): Promise<string | null> {
    try {
      const info = await stat(fileURLToPath(uri))
      return `${info.mtimeMs}:${info.size}`
    } catch {
      return null
    }
  }

  /** The analysis of the file as saved, or null when it cannot be read. */
  async analysisOf(uri: string): Promise<DocumentAnalysis | null> {
    const stamp = await this.stamp(uri)
    if (stamp === null) return null
    const cached = this.analyses.get(uri)
    if (cached && cached.stamp === stamp) return cached.analysis
    let text: string
    try {
      text = new TextDecoder().decode(await readRegularFile(fileURLToPath(uri)))
    } catch (error) {
      this.log(`Cannot read ${fileURLToPath(uri)}: ${(error as Error).message}`)
      return null
    }
    const settings = await this.settingsFor(uri)
    const analysis = analyzeDocument(
      { uri, languageId: 'dispatch', version: 0, getText: () => text },
      settings,
    )
    this.analyses.set(uri, { stamp, analysis })
    return analysis
  }

  private async list(): Promise<string[]> {
    const found: string[] = []
    const pending = [...this.folders]
    while (pending.length > 0 && found.length < MAX_WORKSPACE_FILES) {
      const directory = pending.shift() as string
      let entries: Dirent[]
      try {
        entries = await readdir(directory, { withFileTypes: true })
      } catch {
        continue
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue
        const path = join(directory, entry.name)
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(path)
        } else if (entry.isFile() && entry.name.endsWith('.dispatch')) {
          found.push(pathToFileURL(path).href)
          if (found.length >= MAX_WORKSPACE_FILES) {
            this.log(`More than ${MAX_WORKSPACE_FILES} dispatches: the rest are not listed.`)
            break
          }
        }
      }
    }
    return found.sort()
  }
}
