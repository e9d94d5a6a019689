/**
 * The language server: documents, settings, the shared analysis cache and thin handlers, each
 * calling one provider. Every request resolves the analysis of the document's current version
 * (computing it at most once), honours cancellation and never answers for a stale version.
 */
import {
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { AnalysisCache, type DocumentAnalysis } from './analysisCache'
import { toDiagnostics } from './convert'
import { hover } from './hover'
import { STATS_REQUEST, type Stats, type UriParams } from './protocol'
import { DebouncedPublisher } from './pushDiagnostics'
import { SettingsStore } from './settingsStore'
import { localeFromEditor } from './ui'

/** Push diagnostics wait this long after the last keystroke. */
const PUSH_DELAY_MS = 150

export interface ServerContext {
  connection: Connection
  documents: TextDocuments<TextDocument>
  cache: AnalysisCache
  settings: SettingsStore
  capabilities: ClientCapabilities
  /** The analysis of the document's current version, or null (closed, not linted). Throws
   * `RequestCancelled` when cancelled and, for position requests, `ContentModified` when the
   * document changed after the request was sent. */
  analysisFor(
    uri: string | undefined,
    token: CancellationToken | undefined,
    needsVersion?: boolean,
  ): Promise<DocumentAnalysis | null>
}

/** Let queued notifications (edits, cancellations) run before the CPU-bound work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.')
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const cache = new AnalysisCache()
  let capabilities: ClientCapabilities = {}
  let pullDiagnostics = false
  let settings = new SettingsStore(
    { fetch: async () => undefined, report: () => {} },
    localeFromEditor(undefined),
  )

  async function analysisFor(
    uri: string | undefined,
    token: CancellationToken | undefined,
    needsVersion = false,
  ): Promise<DocumentAnalysis | null> {
    if (typeof uri !== 'string') return null
    // Documents are updated in place: keep the number, not the object.
    const askedVersion = documents.get(uri)?.version
    if (askedVersion === undefined) return null
    const documentSettings = await settings.forUri(uri)
    await yieldToEventLoop()
    if (token?.isCancellationRequested) throw cancelled()
    const current = documents.get(uri)
    if (!current) return null
    if (needsVersion && current.version !== askedVersion) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed.')
    }
    if (!documentSettings.languageIds.includes(current.languageId)) return null
    const analysis = cache.get(current, documentSettings)
    if (token?.isCancellationRequested) throw cancelled()
    return analysis
  }

  const context: ServerContext = {
    connection,
    documents,
    cache,
    get settings() {
      return settings
    },
    get capabilities() {
      return capabilities
    },
    analysisFor,
  }

  const publisher = new DebouncedPublisher(
    PUSH_DELAY_MS,
    async (uri) => {
      const version = documents.get(uri)?.version
      if (version === undefined) return
      const analysis = await analysisFor(uri, undefined)
      // Closed or edited meanwhile: the close cleared it, the edit scheduled a newer run.
      if (documents.get(uri)?.version !== version) return
      await connection.sendDiagnostics({
        uri,
        version,
        diagnostics: analysis ? toDiagnostics(analysis) : [],
      })
    },
    (uri, error) => connection.console.error(`Diagnostics of ${uri} failed: ${String(error)}`),
  )

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined
    const canAsk = capabilities.workspace?.configuration === true
    settings = new SettingsStore(
      {
        fetch: async (uri) =>
          canAsk
            ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'dispatch' })
            : undefined,
        report: (message) => {
          connection.console.warn(message)
          void connection.window.showWarningMessage(message)
        },
      },
      localeFromEditor(params.locale),
    )
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
        },
        hoverProvider: true,
        ...(pullDiagnostics
          ? {
              diagnosticProvider: {
                identifier: 'dispatch-lens',
                interFileDependencies: false,
                workspaceDiagnostics: false,
              },
            }
          : {}),
      },
      serverInfo: { name: 'dispatch-lens' },
    }
  })

  documents.onDidOpen(({ document }) => {
    if (!pullDiagnostics) publisher.schedule(document.uri, 0)
  })
  documents.onDidChangeContent(({ document }) => {
    if (!pullDiagnostics) publisher.schedule(document.uri)
  })
  documents.onDidClose(({ document }) => {
    publisher.cancel(document.uri)
    cache.forget(document.uri)
    settings.forget(document.uri)
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
  })

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const analysis = await analysisFor(params.textDocument?.uri, token)
    if (!analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] }
    const resultId = `${analysis.version}`
    if (params.previousResultId === resultId && cache.peek(analysis.uri, analysis.version)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId }
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: toDiagnostics(analysis) }
  })

  connection.onHover(async (params, token) => {
    const analysis = await analysisFor(params.textDocument?.uri, token, true)
    if (!analysis) return null
    return hover(analysis, analysis.snapshot.offsetAt(params.position))
  })

  connection.onRequest(STATS_REQUEST, (params: UriParams): Stats => {
    const uri = params?.uri ?? ''
    return {
      analyses: cache.runs.get(uri) ?? 0,
      paragraphCacheSize: cache.paragraphCacheSize(uri),
      openDocuments: documents.all().length,
    }
  })

  connection.onShutdown(() => publisher.dispose())

  documents.listen(connection)
  void context
}
