/**
 * Code actions, rebuilt from the diagnostics alone (their `data`): the rules' quick fixes,
 * `[!allow rule]` for the paragraph, and "fix all" for a rule with several fixable findings.
 */
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver'
import type { DocumentAnalysis } from './analysisCache'
import { DIAGNOSTIC_SOURCE, type DiagnosticData, toDiagnostics } from './convert'

/** Rules whose findings cannot be silenced: the allow annotation itself, a broken header. */
const NOT_ALLOWABLE = new Set(['unknown-rule', 'invalid-header'])

function dataOf(diagnostic: Diagnostic): DiagnosticData | null {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !data || typeof data.ruleId !== 'string') {
    return null
  }
  return {
    ruleId: data.ruleId,
    version: typeof data.version === 'number' ? data.version : -1,
    fixes: Array.isArray(data.fixes) ? data.fixes : [],
    allowAt: data.allowAt ?? null,
  }
}

function comparePositions(a: TextEdit['range']['start'], b: TextEdit['range']['start']): number {
  return a.line - b.line || a.character - b.character
}

/** The first fix of each diagnostic, skipping edits that would overlap an earlier one. */
function fixAllEdits(diagnostics: Diagnostic[]): TextEdit[] {
  const edits = diagnostics
    .flatMap((d) => dataOf(d)?.fixes[0]?.edits ?? [])
    .sort((a, b) => comparePositions(a.range.start, b.range.start))
  const kept: TextEdit[] = []
  for (const edit of edits) {
    const previous = kept.at(-1)
    if (previous && comparePositions(edit.range.start, previous.range.end) < 0) continue
    kept.push(edit)
  }
  return kept
}

export function codeActions(analysis: DocumentAnalysis, params: CodeActionParams): CodeAction[] {
  const { uri, ui } = analysis
  const only = params.context.only
  if (
    only &&
    !only.some((kind) => kind === CodeActionKind.QuickFix || kind.startsWith('quickfix'))
  ) {
    return []
  }
  const actions: CodeAction[] = []
  const allowed = new Set<string>()
  let all: Diagnostic[] | null = null
  const fixAllOffered = new Set<string>()
  for (const diagnostic of params.context.diagnostics) {
    const data = dataOf(diagnostic)
    // A diagnostic of another version would carry edits for a text that no longer exists.
    if (!data || data.version !== analysis.version) continue
    data.fixes.forEach((fix, index) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [uri]: fix.edits } },
      })
    })
    if (data.allowAt && !NOT_ALLOWABLE.has(data.ruleId)) {
      const key = `${data.ruleId}@${data.allowAt.line}:${data.allowAt.character}`
      if (!allowed.has(key)) {
        allowed.add(key)
        actions.push({
          title: ui.allowInParagraph(data.ruleId),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: {
            changes: {
              [uri]: [
                {
                  range: { start: data.allowAt, end: data.allowAt },
                  newText: ` [!allow ${data.ruleId}]`,
                },
              ],
            },
          },
        })
      }
    }
    if (data.fixes.length > 0 && !fixAllOffered.has(data.ruleId)) {
      fixAllOffered.add(data.ruleId)
      all ??= toDiagnostics(analysis)
      const same = all.filter((d) => d.code === data.ruleId && (dataOf(d)?.fixes.length ?? 0) > 0)
      if (same.length > 1) {
        actions.push({
          title: ui.fixAll(data.ruleId, same.length),
          kind: CodeActionKind.QuickFix,
          diagnostics: same,
          edit: { changes: { [uri]: fixAllEdits(same) } },
        })
      }
    }
  }
  return actions
}
