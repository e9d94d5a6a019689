/**
 * Thin handlers: look up the analysis of the document, return early when there is none, call
 * the one provider of the feature.
 */
import {
  CodeActionKind,
  type DocumentSymbol,
  type Position,
  type ServerCapabilities,
} from 'vscode-languageserver'
import type { DocumentAnalysis } from './analysisCache'
import { codeActions } from './codeActions'
import { completion } from './completion'
import { documentSymbols } from './documentSymbols'
import { hover } from './hover'
import { inlayHints } from './inlayHints'
import {
  SPEAKERS_REQUEST,
  STATS_REQUEST,
  STRIPPED_TEXT_REQUEST,
  type Stats,
  SUMMARY_REQUEST,
  type UriParams,
} from './protocol'
import { LEGEND, semanticTokens } from './semanticTokens'
import type { ServerContext } from './server'
import { prepareRename, references, rename } from './speakerEdits'
import { codeLenses, speakerItems, strippedText, summary } from './summary'
import { type SpeakerSymbol, speakerSymbols, workspaceSymbols } from './workspaceSymbols'

export function capabilitiesOfFeatures(): ServerCapabilities {
  return {
    hoverProvider: true,
    documentSymbolProvider: { label: 'Dispatch Lens' },
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    completionProvider: { triggerCharacters: ['@', ' '] },
    renameProvider: { prepareProvider: true },
    referencesProvider: true,
    inlayHintProvider: true,
    semanticTokensProvider: { legend: LEGEND, full: true },
    codeLensProvider: { resolveProvider: false },
  }
}

/** A position from the client, clamped to the text (a bad one must not throw). */
function offsetOf(analysis: DocumentAnalysis, position: Position | undefined): number {
  if (!position || typeof position.line !== 'number' || typeof position.character !== 'number') {
    return 0
  }
  return analysis.snapshot.offsetAt(position)
}

export function registerFeatures(context: ServerContext): void {
  const { connection, cache, documents } = context
  const at = (uri: unknown, token: Parameters<typeof context.analysisFor>[1]) =>
    context.analysisFor(uri, token, true)
  const whole = (uri: unknown, token: Parameters<typeof context.analysisFor>[1]) =>
    context.analysisFor(uri, token)

  connection.onHover(async (params, token) => {
    const analysis = await at(params?.textDocument?.uri, token)
    return analysis ? hover(analysis, offsetOf(analysis, params.position)) : null
  })

  connection.onDocumentSymbol(async (params, token): Promise<DocumentSymbol[]> => {
    const analysis = await whole(params?.textDocument?.uri, token)
    return analysis ? documentSymbols(analysis) : []
  })

  connection.onWorkspaceSymbol(async (params, token) => {
    const speakers: SpeakerSymbol[] = []
    for (const document of documents.all()) {
      const analysis = await whole(document.uri, token)
      if (analysis) speakers.push(...speakerSymbols(analysis))
    }
    for (const uri of await context.workspace.files()) {
      if (documents.get(uri)) continue
      const closed = await context.workspace.speakersOf(uri)
      if (closed) speakers.push(...closed)
    }
    return workspaceSymbols(speakers, typeof params?.query === 'string' ? params.query : '')
  })

  connection.onCodeAction(async (params, token) => {
    const analysis = await whole(params?.textDocument?.uri, token)
    if (!analysis || !params.context) return []
    return codeActions(analysis, params)
  })

  connection.onCompletion(async (params, token) => {
    const analysis = await at(params?.textDocument?.uri, token)
    return analysis
      ? completion(analysis, analysis.snapshot.positionAt(offsetOf(analysis, params.position)))
      : []
  })

  connection.onPrepareRename(async (params, token) => {
    const analysis = await at(params?.textDocument?.uri, token)
    return analysis ? prepareRename(analysis, offsetOf(analysis, params.position)) : null
  })

  connection.onRenameRequest(async (params, token) => {
    const analysis = await at(params?.textDocument?.uri, token)
    if (!analysis || typeof params.newName !== 'string') return null
    const support = context.capabilities().workspace?.workspaceEdit
    const annotations =
      support?.changeAnnotationSupport !== undefined && support.documentChanges === true
    const position = analysis.snapshot.positionAt(offsetOf(analysis, params.position))
    return rename(analysis, position, params.newName, annotations)
  })

  connection.onReferences(async (params, token) => {
    const analysis = await at(params?.textDocument?.uri, token)
    if (!analysis) return []
    const includeDeclaration = params.context?.includeDeclaration !== false
    return references(analysis, offsetOf(analysis, params.position), includeDeclaration)
  })

  connection.languages.inlayHint.on(async (params, token) => {
    const analysis = await whole(params?.textDocument?.uri, token)
    if (!analysis) return []
    const range = params.range ?? {
      start: { line: 0, character: 0 },
      end: analysis.snapshot.positionAt(analysis.snapshot.getText().length),
    }
    return inlayHints(analysis, range)
  })

  connection.languages.semanticTokens.on(async (params, token) => {
    const analysis = await whole(params?.textDocument?.uri, token)
    return analysis ? semanticTokens(analysis) : { data: [] }
  })

  connection.onCodeLens(async (params, token) => {
    const analysis = await whole(params?.textDocument?.uri, token)
    return analysis ? codeLenses(analysis) : []
  })

  connection.onRequest(SUMMARY_REQUEST, async (params: UriParams, token) => {
    const analysis = await whole(params?.uri, token)
    return analysis ? summary(analysis) : null
  })

  connection.onRequest(SPEAKERS_REQUEST, async (params: UriParams, token) => {
    const analysis = await whole(params?.uri, token)
    return analysis ? speakerItems(analysis) : []
  })

  connection.onRequest(STRIPPED_TEXT_REQUEST, async (params: UriParams, token) => {
    const analysis = await whole(params?.uri, token)
    return analysis ? strippedText(analysis) : null
  })

  connection.onRequest(STATS_REQUEST, (params: UriParams | null): Stats => {
    const uri = params?.uri ?? ''
    return {
      analyses: cache.runs.get(uri) ?? 0,
      paragraphCacheSize: cache.paragraphCacheSize(uri),
      openDocuments: documents.all().length,
      cachedDocuments: cache.cachedDocuments(),
      idleCollections: context.idleCollector.collections,
      ...context.workspace.cacheSizes(),
    }
  })
}
