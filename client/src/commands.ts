/**
 * The commands: show the speakers of the dispatch (quick pick → jump), lint the workspace, copy
 * the publishable text, restart the server. Each asks the server; none analyses anything.
 */
import {
  commands,
  type Disposable,
  env,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  window,
} from 'vscode'
import type { LanguageClient } from 'vscode-languageclient/node'
import {
  LINT_WORKSPACE_REQUEST,
  type LintWorkspaceResult,
  SHOW_SPEAKERS_COMMAND,
  SPEAKERS_REQUEST,
  type SpeakerItem,
  STRIPPED_TEXT_REQUEST,
  type StrippedText,
} from '../../server/src/lsp/protocol'
import { clientMessages } from './messages'

export const SHOW_SPEAKERS = SHOW_SPEAKERS_COMMAND
export const LINT_WORKSPACE = 'dispatch.lintWorkspace'
export const COPY_STRIPPED_TEXT = 'dispatch.copyStrippedText'
export const RESTART_SERVER = 'dispatch.restartServer'

/** The document a command applies to: the one it was given (code lens), else the active one. */
function targetUri(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument
  if (argument instanceof Uri) return argument.toString()
  return window.activeTextEditor?.document.uri.toString()
}

async function showSpeakers(client: LanguageClient, argument: unknown): Promise<void> {
  const uri = targetUri(argument)
  if (!uri) {
    void window.showInformationMessage(clientMessages().openForSpeakers)
    return
  }
  const speakers = await client.sendRequest<SpeakerItem[]>(SPEAKERS_REQUEST, { uri })
  if (speakers.length === 0) {
    void window.showInformationMessage(clientMessages().noSpeaker)
    return
  }
  const picked = await window.showQuickPick(
    speakers.map((speaker) => ({
      label: speaker.name,
      description: speaker.role ? `${speaker.kind} · ${speaker.role}` : speaker.kind,
      detail: clientMessages().counts(speaker.quotations, speaker.claims),
      speaker,
    })),
    { placeHolder: clientMessages().pickSpeaker },
  )
  if (!picked) return
  const editor = await window.showTextDocument(Uri.parse(uri))
  const { start, end } = picked.speaker.range
  const range = new Range(start.line, start.character, end.line, end.character)
  editor.selection = new Selection(range.start, range.end)
  editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport)
}

async function lintWorkspace(client: LanguageClient): Promise<void> {
  const result = await client.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {})
  await commands.executeCommand('workbench.actions.view.problems')
  void window.showInformationMessage(clientMessages().linted(result.files, result.problems))
}

async function copyStrippedText(client: LanguageClient, argument: unknown): Promise<void> {
  const uri = targetUri(argument)
  const stripped = uri
    ? await client.sendRequest<StrippedText | null>(STRIPPED_TEXT_REQUEST, { uri })
    : null
  if (!stripped) {
    void window.showWarningMessage(clientMessages().openForCopy)
    return
  }
  await env.clipboard.writeText(stripped.text)
  void window.showInformationMessage(clientMessages().copied)
}

/** Server errors become one message rather than an unhandled rejection. */
function guarded(run: (...args: unknown[]) => Promise<void>) {
  return (...args: unknown[]) =>
    run(...args).catch((error: unknown) => {
      void window.showErrorMessage(`Dispatch Lens: ${(error as Error).message ?? String(error)}`)
    })
}

export function registerCommands(client: LanguageClient): Disposable[] {
  return [
    commands.registerCommand(
      SHOW_SPEAKERS,
      guarded((argument) => showSpeakers(client, argument)),
    ),
    commands.registerCommand(
      LINT_WORKSPACE,
      guarded(() => lintWorkspace(client)),
    ),
    commands.registerCommand(
      COPY_STRIPPED_TEXT,
      guarded((argument) => copyStrippedText(client, argument)),
    ),
    commands.registerCommand(
      RESTART_SERVER,
      guarded(() => client.restart()),
    ),
  ]
}
