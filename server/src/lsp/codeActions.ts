/**
 * Code actions, rebuilt from the diagnostics alone (their `data`): the rules' quick fixes,
 * `[!allow rule]` for the paragraph or for the whole file, and "fix all" for a rule with several
 * fixable findings.
 */
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver'
import type { Annotation, Paragraph } from '../analysis'
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

/**
 * Where `[!allow rule]` for the whole file goes, and what to insert there. The format
 * (docs/format.md, Annotations) makes an allow file-wide when it ends before the first word of
 * the first paragraph; the header must stay the first non-blank line. So:
 *
 * - when something that is not an annotation stands before the first paragraph on its line (the
 *   header, `date … |`, with the lede after it), right after it, on the header line: ` [!allow
 *   rule]` (no space before it when the lede follows the `|` at once, so that `strip` gives the
 *   text back unchanged);
 * - otherwise on a line of its own, just above the first paragraph's line (below the header line
 *   and any allow lines already there), ended like the file's lines; after a byte order mark.
 *
 * Nothing of the text is changed: this is one insertion.
 */
export function fileAllowInsertion(
  text: string,
  paragraphs: readonly Paragraph[],
  annotations: readonly Annotation[],
  rule: string,
): { offset: number; newText: string } {
  const annotation = `[!allow ${rule}]`
  const first = paragraphs[0]?.start ?? text.length
  const lineStart =
    Math.max(text.lastIndexOf('\n', first - 1), text.lastIndexOf('\r', first - 1)) + 1
  // The last character before the first paragraph on its line that is not white space and not
  // part of an annotation: the `|` of a header whose lede follows it.
  let content = -1
  for (let i = first - 1; i >= lineStart; i--) {
    const inside = annotations.find((a) => a.start <= i && i < a.end)
    if (inside) i = inside.start
    else if (!/\s/.test(text[i])) {
      content = i
      break
    }
  }
  if (content !== -1) {
    const offset = content + 1
    const spaced = offset === text.length || /\s/.test(text[offset])
    return { offset, newText: spaced ? ` ${annotation}` : annotation }
  }
  const offset = lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart
  const before = text.slice(Math.max(0, lineStart - 2), lineStart)
  const lineEnd =
    lineStart === 0
      ? (/\r\n|\n|\r/.exec(text)?.[0] ?? '\n')
      : before.endsWith('\r\n')
        ? '\r\n'
        : before.slice(-1)
  return { offset, newText: `${annotation}${lineEnd}` }
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
  const allowedInFile = new Set<string>()
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
    if (!NOT_ALLOWABLE.has(data.ruleId) && !allowedInFile.has(data.ruleId)) {
      allowedInFile.add(data.ruleId)
      const { snapshot, data: dispatch } = analysis
      const insertion = fileAllowInsertion(
        snapshot.getText(),
        dispatch.paragraphs,
        dispatch.annotations,
        data.ruleId,
      )
      const at = snapshot.positionAt(insertion.offset)
      actions.push({
        title: ui.allowInFile(data.ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {
          changes: { [uri]: [{ range: { start: at, end: at }, newText: insertion.newText }] },
        },
      })
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
