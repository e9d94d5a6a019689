/**
 * The few requests the client sends besides standard LSP. Plain names and shapes, no imports,
 * so the client bundle can share them without pulling in the server.
 */

export interface UriParams {
  uri: string
}

export interface RangeLike {
  start: { line: number; character: number }
  end: { line: number; character: number }
}

/** `dispatch/speakers`: the speakers of a dispatch, for the quick pick. */
export const SPEAKERS_REQUEST = 'dispatch/speakers'
export interface SpeakerItem {
  id: string
  name: string
  kind: string
  role: string | null
  quotations: number
  claims: number
  /** Where the speaker is first named. */
  range: RangeLike
}

/** `dispatch/summary`: the line of the status bar and of the header code lens. */
export const SUMMARY_REQUEST = 'dispatch/summary'
export interface Summary {
  sources: number
  quotations: number
  claims: number
  unattributedClaims: number
  unattributedQuotations: number
  /** `7 sources · 8 quotations · 2 unattributed claims`, in the UI language. */
  text: string
}

/** `dispatch/strippedText`: the publishable text (annotations removed). */
export const STRIPPED_TEXT_REQUEST = 'dispatch/strippedText'
export interface StrippedText {
  text: string
}

/** `dispatch/lintWorkspace`: analyse every dispatch of the workspace, publish the results. */
export const LINT_WORKSPACE_REQUEST = 'dispatch/lintWorkspace'
export interface LintWorkspaceResult {
  files: number
  problems: number
}

/** `dispatch/stats`: what the server computed (for tests and troubleshooting). */
export const STATS_REQUEST = 'dispatch/stats'
export interface Stats {
  /** Analyses run for this document since it was opened. */
  analyses: number
  /** Paragraph results cached for this document. */
  paragraphCacheSize: number
  openDocuments: number
  /** Documents the server still holds an analysis or cached results for (open or not). */
  cachedDocuments: number
  /** Times the server collected after documents were closed (needs `--expose-gc`). */
  idleCollections: number
  /** Closed workspace dispatches whose speakers are kept (for workspace symbols). */
  workspaceSpeakerFiles: number
  /** Closed workspace dispatches whose diagnostics are kept (at most `MAX_CACHED_WORKSPACE_DIAGNOSTICS`). */
  workspaceDiagnosticFiles: number
}

/** Node options the client starts the server with (before `dist/server.js`): `gc` exposed so
 * that the server can give memory back after documents are closed, and two V8 helper threads
 * instead of four (each thread keeps its own malloc arena, which does not shrink). */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--expose-gc', '--v8-pool-size=2']

/** Client command ids the server refers to (code lens). */
export const SHOW_SPEAKERS_COMMAND = 'dispatch.showSpeakers'
