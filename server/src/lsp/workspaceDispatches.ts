/**
 * The dispatches of the workspace that are not open: listed from the workspace folders, read
 * from disk and analysed on demand. They feed workspace symbols, workspace diagnostics and the
 * "lint the workspace" command.
 *
 * Memory is bounded: a closed file keeps no analysis (no text, tree or attributions), only what
 * those features need, keyed by its modification time and size. Its speakers (for workspace
 * symbols, small) are kept for every listed file, at most `MAX_WORKSPACE_FILES`; its diagnostics
 * in LSP form for the `MAX_CACHED_WORKSPACE_DIAGNOSTICS` files used last. A file whose
 * diagnostics were dropped is analysed again when they are asked for.
 */

import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Diagnostic } from 'vscode-languageserver'
import { readRegularFile } from '../node/read-regular-file'
import { analyzeDocument } from './analysisCache'
import { toDiagnostics } from './convert'
import type { ServerSettings } from './settings'
import { type SpeakerSymbol, speakerSymbols } from './workspaceSymbols'

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', 'build', 'coverage'])
/** A workspace with more dispatches than this is not walked further (bounded memory and time). */
export const MAX_WORKSPACE_FILES = 5000
/** Closed files whose diagnostics are kept, least recently used dropped first. Workspace pulls
 * send result ids, so an unchanged file is answered `unchanged` without its diagnostics. */
export const MAX_CACHED_WORKSPACE_DIAGNOSTICS = 200

interface Stamped<T> {
  stamp: string
  value: T
}

export class WorkspaceDispatches {
  private folders: string[] = []
  private listing: Promise<string[]> | null = null
  /** Per listed file: its speakers as workspace symbols. */
  private readonly speakers = new Map<string, Stamped<SpeakerSymbol[]>>()
  /** Per recently used file, in order of use (a Map iterates in insertion order). */
  private readonly diagnostics = new Map<string, Stamped<Diagnostic[]>>()

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

  /** Settings changed: everything kept is out of date. */
  invalidateAnalyses(): void {
    this.speakers.clear()
    this.diagnostics.clear()
  }

  /** URIs of every `.dispatch` file under the workspace folders. */
  files(): Promise<string[]> {
    this.listing ??= this.list()
    return this.listing
  }

  /** Closed files with speakers kept, and with diagnostics kept (`dispatch/stats`). */
  cacheSizes(): { workspaceSpeakerFiles: number; workspaceDiagnosticFiles: number } {
    return {
      workspaceSpeakerFiles: this.speakers.size,
      workspaceDiagnosticFiles: this.diagnostics.size,
    }
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

  /** The speakers of the file as saved, or null when it cannot be read. */
  async speakersOf(uri: string): Promise<SpeakerSymbol[] | null> {
    const stamp = await this.stamp(uri)
    if (stamp === null) return this.forget(uri)
    const cached = this.speakers.get(uri)
    if (cached && cached.stamp === stamp) return cached.value
    return (await this.analyse(uri, stamp))?.speakers ?? null
  }

  /** The diagnostics of the file as saved, or null when it cannot be read. */
  async diagnosticsOf(uri: string): Promise<Diagnostic[] | null> {
    const stamp = await this.stamp(uri)
    if (stamp === null) return this.forget(uri)
    const cached = this.diagnostics.get(uri)
    if (cached && cached.stamp === stamp) {
      // Used again: moved to the most recent end.
      this.diagnostics.delete(uri)
      this.diagnostics.set(uri, cached)
      return cached.value
    }
    return (await this.analyse(uri, stamp))?.diagnostics ?? null
  }

  private forget(uri: string): null {
    this.speakers.delete(uri)
    this.diagnostics.delete(uri)
    return null
  }

  /** Analyse the file, keep what the workspace features need and drop the analysis. */
  private async analyse(
    uri: string,
    stamp: string,
  ): Promise<{ speakers: SpeakerSymbol[]; diagnostics: Diagnostic[] } | null> {
    let text: string
    try {
      text = new TextDecoder().decode(await readRegularFile(fileURLToPath(uri)))
    } catch (error) {
      this.log(`Cannot read ${fileURLToPath(uri)}: ${(error as Error).message}`)
      return this.forget(uri)
    }
    const settings = await this.settingsFor(uri)
    const analysis = analyzeDocument(
      { uri, languageId: 'dispatch', version: 0, getText: () => text },
      settings,
    )
    const speakers = speakerSymbols(analysis)
    const diagnostics = toDiagnostics(analysis)
    this.speakers.set(uri, { stamp, value: speakers })
    this.diagnostics.delete(uri)
    this.diagnostics.set(uri, { stamp, value: diagnostics })
    for (const oldest of this.diagnostics.keys()) {
      if (this.diagnostics.size <= MAX_CACHED_WORKSPACE_DIAGNOSTICS) break
      this.diagnostics.delete(oldest)
    }
    return { speakers, diagnostics }
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
    // A file no longer listed (deleted, or its folder removed) keeps nothing.
    const listed = new Set(found)
    for (const uri of [...this.speakers.keys()]) if (!listed.has(uri)) this.forget(uri)
    for (const uri of [...this.diagnostics.keys()]) if (!listed.has(uri)) this.forget(uri)
    return found.sort()
  }
}
