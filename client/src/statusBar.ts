/**
 * The status bar item: the summary of the dispatch in the active editor (`7 sources · 8
 * quotations · 2 unattributed claims`), as the server computes it; a click lists the speakers.
 */
import { type Disposable, languages, StatusBarAlignment, type StatusBarItem, window } from 'vscode'
import type { LanguageClient } from 'vscode-languageclient/node'
import { SUMMARY_REQUEST, type Summary } from '../../server/src/lsp/protocol'
import { SHOW_SPEAKERS } from './commands'

/** Diagnostics change on every keystroke: refresh the item at most this often. */
const REFRESH_DELAY_MS = 300

export class SummaryStatus implements Disposable {
  private readonly item: StatusBarItem
  private readonly subscriptions: Disposable[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  /** Only the answer to the latest request is shown. */
  private generation = 0

  constructor(private readonly client: LanguageClient) {
    this.item = window.createStatusBarItem('dispatch.summary', StatusBarAlignment.Right, 100)
    this.item.name = 'Dispatch Lens'
    this.item.command = SHOW_SPEAKERS
    this.subscriptions.push(
      window.onDidChangeActiveTextEditor(() => this.update()),
      languages.onDidChangeDiagnostics((event) => {
        const active = window.activeTextEditor?.document.uri.toString()
        if (active && event.uris.some((uri) => uri.toString() === active)) this.schedule()
      }),
    )
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.update(), REFRESH_DELAY_MS)
  }

  update(): void {
    const generation = ++this.generation
    const document = window.activeTextEditor?.document
    if (!document || !this.client.isRunning()) {
      this.item.hide()
      return
    }
    this.client.sendRequest<Summary | null>(SUMMARY_REQUEST, { uri: document.uri.toString() }).then(
      (summary) => {
        if (generation !== this.generation) return
        if (!summary) {
          this.item.hide()
          return
        }
        this.item.text = `$(quote) ${summary.text}`
        this.item.tooltip = `Dispatch Lens: ${summary.text}`
        this.item.show()
      },
      () => {
        if (generation === this.generation) this.item.hide()
      },
    )
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    for (const subscription of this.subscriptions) subscription.dispose()
    this.item.dispose()
  }
}
