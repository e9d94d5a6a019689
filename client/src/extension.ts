/**
 * The VS Code extension: starts the language server (`dist/server.js`, over stdio), registers
 * the commands and the status bar. No analysis here: everything comes from the server.
 */
import { type ExtensionContext, window } from 'vscode'
import {
  CloseAction,
  ErrorAction,
  type ErrorHandler,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node'
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/protocol'
import { registerCommands } from './commands'
import { clientMessages } from './messages'
import { SummaryStatus } from './statusBar'

let client: LanguageClient | undefined

/** A crashed server is restarted, and the user is told each time; after 5 crashes in 3
 * minutes it is left stopped, with a message that says what to do. */
function restartingErrorHandler(): ErrorHandler {
  let crashes: number[] = []
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now()
      crashes = [...crashes.filter((time) => now - time < 3 * 60 * 1000), now]
      if (crashes.length <= 4) {
        void window.showWarningMessage(clientMessages().restarting(crashes.length))
        return { action: CloseAction.Restart }
      }
      void window.showErrorMessage(clientMessages().gaveUp)
      return { action: CloseAction.DoNotRestart }
    },
  }
}

/** The server reads every document of these languages and decides from `dispatch.*` which to
 * analyse, so opting markdown in or out takes effect without a restart. */
const DOCUMENT_SELECTOR = [
  { language: 'dispatch' },
  { language: 'markdown' },
  { language: 'plaintext' },
]

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js')
  const serverOptions: ServerOptions = {
    run: {
      module,
      transport: TransportKind.stdio,
      options: { execArgv: [...SERVER_NODE_OPTIONS] },
    },
    debug: {
      module,
      transport: TransportKind.stdio,
      options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] },
    },
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server registers its own file watchers (dispatches and the config file).
    synchronize: { configurationSection: 'dispatch' },
    diagnosticPullOptions: { onChange: true, onSave: true },
    errorHandler: restartingErrorHandler(),
  }
  client = new LanguageClient('dispatch', 'Dispatch Lens', serverOptions, clientOptions)
  const status = new SummaryStatus(client)
  context.subscriptions.push(status, ...registerCommands(client))
  await client.start()
  status.update()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
