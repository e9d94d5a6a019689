/**
 * Diagnostics by pull: `textDocument/diagnostic` for open documents, `workspace/diagnostic` for
 * the dispatches of the workspace that are not open; and the "lint the workspace" request, which
 * in push mode publishes the results of the closed files.
 */
import {
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver'
import { toDiagnostics } from './convert'
import { LINT_WORKSPACE_REQUEST, type LintWorkspaceResult } from './protocol'
import type { ServerContext } from './server'

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export function registerDiagnostics(context: ServerContext): void {
  const { connection, cache, documents, workspace } = context

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const analysis = await context.analysisFor(params?.textDocument?.uri, token)
    if (!analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] }
    const resultId = `${cache.generation}:${analysis.version}`
    if (params.previousResultId === resultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId }
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: toDiagnostics(analysis) }
  })

  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map((params?.previousResultIds ?? []).map((p) => [p.uri, p.value]))
    const items: WorkspaceDocumentDiagnosticReport[] = []
    for (const uri of await workspace.files()) {
      // Open documents are reported by the document pull, for their current version.
      if (documents.get(uri)) continue
      // One file at a time, so edits and cancellations are never kept waiting.
      await nextTick()
      if (token.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.')
      }
      const stamp = await workspace.stamp(uri)
      if (stamp === null) continue
      const resultId = `${cache.generation}:${stamp}`
      if (previous.get(uri) === resultId) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId })
        continue
      }
      const diagnostics = await workspace.diagnosticsOf(uri)
      if (!diagnostics) continue
      items.push({
        kind: DocumentDiagnosticReportKind.Full,
        uri,
        version: null,
        resultId,
        items: diagnostics,
      })
    }
    return { items }
  })

  connection.onRequest(LINT_WORKSPACE_REQUEST, async (_params: unknown, token) => {
    const result: LintWorkspaceResult = { files: 0, problems: 0 }
    for (const uri of await workspace.files()) {
      await nextTick()
      if (token.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.')
      }
      if (documents.get(uri) !== undefined) {
        const analysis = await context.analysisFor(uri, token)
        if (!analysis) continue
        result.files++
        result.problems += analysis.file.messages.length
        continue
      }
      const diagnostics = await workspace.diagnosticsOf(uri)
      if (!diagnostics) continue
      result.files++
      result.problems += diagnostics.length
      if (!context.pullDiagnostics()) await connection.sendDiagnostics({ uri, diagnostics })
    }
    if (
      context.pullDiagnostics() &&
      context.capabilities().workspace?.diagnostics?.refreshSupport
    ) {
      void connection.languages.diagnostics.refresh()
    }
    return result
  })
}
