/**
 * The VS Code extension: starts the language server (`dist/server.js`, over stdio), registers
 * the commands and the status bar. No analysis here: everything comes from the server.
 */
import type { ExtensionContext } from 'vscode'
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node'
import { registerCommands } from './commands'
import { SummaryStatus } from './statusBar'

let client: LanguageClient | undefined

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
    run: { module, transport: TransportKind.stdio },
    debug: {
      module,
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server registers its own file watchers (dispatches and the config file).
    synchronize: { configurationSection: 'dispatch' },
    diagnosticPullOptions: { onChange: true, onSave: true },
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
