/**
 * A small LSP client for tests: spawns `node dist/server.js --stdio` with the Node options of the
 * VS Code client, talks JSON-RPC to it, and waits on responses and notifications (never on
 * timers).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type ClientCapabilities,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type Position,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/protocol'

export const ROOT = join(import.meta.dirname, '..', '..')
export const SERVER = join(ROOT, 'dist', 'server.js')

export function fixtureUri(relative: string): string {
  return pathToFileURL(join(ROOT, relative)).href
}

export function readFixture(relative: string): string {
  return readFileSync(join(ROOT, relative), 'utf8')
}

/** Requests a server may send a client; recorded (refreshes are counted by tests). */
const SERVER_REQUESTS_ANSWERED_WITH_NULL = [
  'client/registerCapability',
  'client/unregisterCapability',
  'window/showMessageRequest',
  'workspace/diagnostic/refresh',
  'workspace/semanticTokens/refresh',
  'workspace/inlayHint/refresh',
  'workspace/codeLens/refresh',
]

export interface StartOptions {
  /** Declare pull diagnostics (`textDocument/diagnostic`) in the client capabilities. */
  pull?: boolean
  /** Answer `workspace/configuration` (the `dispatch` section); omit to not declare support. */
  settings?: () => unknown
  locale?: string
  workspaceFolders?: WorkspaceFolder[]
  /** Node options the server starts with (default: those the VS Code client gives it). */
  nodeOptions?: readonly string[]
}

interface Waiter {
  method: string
  matches: (params: unknown) => boolean
  resolve: (params: unknown) => void
}

export class TestClient {
  readonly notifications: Array<{ method: string; params: unknown }> = []
  readonly serverRequests: Array<{ method: string; params: unknown }> = []
  exitCode: number | null | undefined = undefined
  stderr = ''
  private waiters: Waiter[] = []
  private versions = new Map<string, number>()

  constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    child.on('exit', (code) => {
      this.exitCode = code
    })
    child.stderr.on('data', (chunk) => {
      this.stderr += String(chunk)
    })
    connection.onUnhandledNotification((message) => this.record(message.method, message.params))
    connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
      this.record(PublishDiagnosticsNotification.method, params),
    )
  }

  /** Requests from the server are logged with the notifications, so tests can wait on them. */
  recordRequest(method: string, params: unknown): void {
    this.serverRequests.push({ method, params })
    this.record(method, params)
  }

  private record(method: string, params: unknown): void {
    this.notifications.push({ method, params })
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.method !== method || !waiter.matches(params)) return true
      waiter.resolve(params)
      return false
    })
  }

  /** The first notification or server request (already received or coming) that matches. */
  waitFor<T>(method: string, matches: (params: T) => boolean = () => true): Promise<T> {
    const seen = this.notifications.find((n) => n.method === method && matches(n.params as T))
    if (seen) return Promise.resolve(seen.params as T)
    return new Promise((resolve) => {
      this.waiters.push({
        method,
        matches: matches as (params: unknown) => boolean,
        resolve: resolve as (params: unknown) => void,
      })
    })
  }

  /** Push diagnostics of `uri` for exactly `version`. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>(
      PublishDiagnosticsNotification.method,
      (p) => p.uri === uri && p.version === version,
    )
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.notifications
      .filter((n) => n.method === PublishDiagnosticsNotification.method)
      .map((n) => n.params as PublishDiagnosticsParams)
      .filter((p) => p.uri === uri)
  }

  open(uri: string, text: string, languageId = 'dispatch'): Promise<void> {
    this.versions.set(uri, 1)
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    })
  }

  /** Send one change; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1
    this.versions.set(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    })
    return version
  }

  close(uri: string): Promise<void> {
    this.versions.delete(uri)
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri },
    })
  }

  /** How many notifications or server requests of `method` arrived so far. */
  count(method: string): number {
    return this.notifications.filter((n) => n.method === method).length
  }

  /** Wait for the next `method` after the `seen` ones already received. */
  next<T>(method: string, seen: number): Promise<T> {
    let index = 0
    return this.waitFor<T>(method, () => index++ >= seen)
  }

  changeConfiguration(settings: unknown): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings })
  }

  /** Bytes written straight to the server's input, bypassing the JSON-RPC writer. */
  writeRaw(text: string): void {
    this.child.stdin.write(text)
  }

  async stop(): Promise<void> {
    if (this.exitCode !== undefined) return
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    await exited
    this.connection.dispose()
  }
}

export async function startTestServer(options: StartOptions = {}): Promise<TestClient> {
  const nodeOptions = options.nodeOptions ?? SERVER_NODE_OPTIONS
  const child = spawn(process.execPath, [...nodeOptions, SERVER, '--stdio'], { stdio: 'pipe' })
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  )
  const client = new TestClient(child, connection)
  connection.onRequest(ConfigurationRequest.method, (params: { items: unknown[] }) => {
    client.recordRequest(ConfigurationRequest.method, params)
    return params.items.map(() => options.settings?.() ?? null)
  })
  for (const method of SERVER_REQUESTS_ANSWERED_WITH_NULL) {
    connection.onRequest(method, (params: unknown) => {
      client.recordRequest(method, params)
      return null
    })
  }
  connection.listen()
  const capabilities: ClientCapabilities = {
    workspace: {
      configuration: options.settings !== undefined,
      workspaceEdit: { documentChanges: true, changeAnnotationSupport: {} },
      diagnostics: { refreshSupport: true },
      semanticTokens: { refreshSupport: true },
      inlayHint: { refreshSupport: true },
      codeLens: { refreshSupport: true },
      symbol: {},
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      completion: { completionItem: { snippetSupport: false } },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
      },
      rename: { prepareSupport: true },
      inlayHint: {},
      codeLens: {},
      semanticTokens: {
        requests: { full: true },
        tokenTypes: [],
        tokenModifiers: [],
        formats: ['relative'],
      },
      ...(options.pull ? { diagnostic: { relatedDocumentSupport: false } } : {}),
    },
    window: { showMessage: {} },
  }
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: options.workspaceFolders ?? null,
    locale: options.locale ?? 'en',
    capabilities,
  })
  await connection.sendNotification(InitializedNotification.type, {})
  return client
}

/** The text after applying LSP edits (as an editor would). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edit', 'dispatch', 1, text), edits)
}

/** The LSP position of the `delta`-th character of the first `needle` in `text`. */
export function positionIn(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle)
  if (offset < 0) throw new Error(`${needle} is not in the text`)
  const before = text.slice(0, offset + delta).split('\n')
  return { line: before.length - 1, character: (before.at(-1) ?? '').length }
}
