/**
 * The language server: documents, settings, the shared analysis cache, diagnostics (pull or
 * push) and the lifecycle. Feature handlers live in `features.ts`. Every request resolves the
 * analysis of the document's current version (computed at most once), honours cancellation and
 * never answers for a stale version.
 */
import {
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { CONFIG_FILE_NAME } from '../config'
import { AnalysisCache, type DocumentAnalysis } from './analysisCache'
import { toDiagnostics } from './convert'
import { registerDiagnostics } from './diagnostics'
import { capabilitiesOfFeatures, registerFeatures } from './features'
import { collectors, IdleCollector } from './idleCollector'
import { DebouncedPublisher } from './pushDiagnostics'
import { SettingsStore } from './settingsStore'
import { localeFromEditor } from './ui'
import { WorkspaceDispatches } from './workspaceDispatches'

/** Push diagnostics wait this long after the last keystroke. */
const PUSH_DELAY_MS = 150

export interface ServerContext {
  connection: Connection
  documents: TextDocuments<TextDocument>
  cache: AnalysisCache
  workspace: WorkspaceDispatches
  idleCollector: IdleCollector
  settings(): SettingsStore
  capabilities(): ClientCapabilities
  pullDiagnostics(): boolean
  /** The analysis of the document's current version, or null (closed, not linted). Throws
   * `RequestCancelled` when cancelled and, for requests at a position, `ContentModified` when
   * the document changed after the request was sent. */
  analysisFor(
    uri: unknown,
    token: CancellationToken | undefined,
    atPosition?: boolean,
  ): Promise<DocumentAnalysis | null>
  /** Publish push diagnostics now (clients without pull). */
  publish(uri: string, diagnostics: DocumentAnalysis | null): Promise<void>
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
  let pull = false
  let settings = new SettingsStore(
    { fetch: async () => undefined, report: () => {} },
    localeFromEditor(undefined),
  )
  const workspace = new WorkspaceDispatches(
    (uri) => settings.forUri(uri),
    (message) => connection.console.warn(message),
  )

  async function analysisFor(
    uri: unknown,
    token: CancellationToken | undefined,
    atPosition = false,
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
    if (atPosition && current.version !== askedVersion) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed.')
    }
    if (!documentSettings.languageIds.includes(current.languageId)) return null
    const analysis = cache.get(current, documentSettings)
    if (token?.isCancellationRequested) throw cancelled()
    return analysis
  }

  async function publish(uri: string, analysis: DocumentAnalysis | null): Promise<void> {
    await connection.sendDiagnostics({
      uri,
      version: analysis && analysis.version > 0 ? analysis.version : undefined,
      diagnostics: analysis ? toDiagnostics(analysis) : [],
    })
  }

  const publisher = new DebouncedPublisher(
    PUSH_DELAY_MS,
    async (uri) => {
      const version = documents.get(uri)?.version
      if (version === undefined) return
      const analysis = await analysisFor(uri, undefined)
      // Closed or edited meanwhile: the close cleared it, the edit scheduled a newer run.
      if (documents.get(uri)?.version !== version) return
      await publish(uri, analysis)
    },
    (uri, error) => connection.console.error(`Diagnostics of ${uri} failed: ${String(error)}`),
  )

  const idleCollector = new IdleCollector(
    collectors(),
    () => documents.all().length,
    ({ heapBefore, heapAfter, durationMs }) => {
      const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0)
      connection.console.log(
        `Documents closed: memory released (JS heap ${mb(heapBefore)} → ${mb(heapAfter)} MB, ` +
          `${durationMs.toFixed(0)} ms).`,
      )
    },
  )

  const context: ServerContext = {
    connection,
    documents,
    cache,
    workspace,
    idleCollector,
    settings: () => settings,
    capabilities: () => capabilities,
    pullDiagnostics: () => pull,
    analysisFor,
    publish,
  }

  /** Settings or the config file changed: forget everything derived from them, refresh. */
  function refreshAll(): void {
    settings.clear()
    cache.invalidateAll()
    workspace.invalidateAnalyses()
    const refresh = capabilities.workspace
    if (pull) {
      if (refresh?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh()
    } else {
      for (const document of documents.all()) publisher.schedule(document.uri, 0)
    }
    if (refresh?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh()
    if (refresh?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh()
    if (refresh?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh')
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities
    pull = capabilities.textDocument?.diagnostic !== undefined
    const canAsk = capabilities.workspace?.configuration === true
    settings = new SettingsStore(
      {
        fetch: async (uri) =>
          canAsk
            ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'dispatch' })
            : undefined,
        report: (message) => {
          connection.console.warn(message)
          // A notification, not `showWarningMessage` (a request that waits for the user).
          void connection.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Warning,
            message,
          })
        },
      },
      localeFromEditor(params.locale),
    )
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? []
    if (folders.length === 0 && params.rootUri) folders.push(params.rootUri)
    workspace.setFolders(folders)
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...capabilitiesOfFeatures(),
        ...(pull
          ? {
              diagnosticProvider: {
                identifier: 'dispatch-lens',
                interFileDependencies: false,
                workspaceDiagnostics: true,
              },
            }
          : {}),
      },
      serverInfo: { name: 'dispatch-lens' },
    }
  })

  connection.onInitialized(() => {
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? []
        workspace.setFolders(folders.map((folder) => folder.uri))
      })
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.dispatch' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
      })
    }
  })

  connection.onDidChangeConfiguration((params) => {
    const section = (params?.settings as { dispatch?: unknown } | null)?.dispatch
    if (section !== undefined) settings.pushed = section
    refreshAll()
  })

  connection.onDidChangeWatchedFiles((params) => {
    const changes = params?.changes ?? []
    if (changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) refreshAll()
    if (changes.some((change) => change.type !== FileChangeType.Changed)) {
      workspace.invalidateListing()
    }
  })

  documents.onDidOpen(({ document }) => {
    idleCollector.active()
    if (!pull) publisher.schedule(document.uri, 0)
  })
  documents.onDidChangeContent(({ document }) => {
    idleCollector.active()
    if (!pull) publisher.schedule(document.uri)
  })
  documents.onDidClose(({ document }) => {
    publisher.cancel(document.uri)
    cache.forget(document.uri)
    settings.forget(document.uri)
    if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
    idleCollector.closed()
  })

  registerDiagnostics(context)
  registerFeatures(context)
  connection.onShutdown(() => {
    publisher.dispose()
    idleCollector.dispose()
  })
  documents.listen(connection)
}
