/**
 * `--format sarif`: one SARIF 2.1.0 log with one run, for code scanning. Columns are UTF-16
 * code units (declared in `columnKind`); paths are relative to `%SRCROOT%`, the working folder.
 * Results are written as each file is ready, inside a log skeleton printed around them.
 */
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as Sarif from 'sarif'
import { RULES, ruleUrl } from '../../analysis/rules'
import type { FileReport, LintMessage } from '../report'
import type { LintReporter, ReporterOptions } from './reporter'

/** Stands in for the results in the skeleton; JSON.stringify writes it `"@results@"`. */
const RESULTS_MARK = '@results@'
const SRCROOT = '%SRCROOT%'
const LEVELS: Record<LintMessage['severity'], Sarif.Result.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

export function sarifReporter(options: ReporterOptions): LintReporter {
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dispatch-lens',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/dispatch-lens/dispatch-lens',
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              helpUri: ruleUrl(rule.id),
              defaultConfiguration: { level: LEVELS[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${options.cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: [RESULTS_MARK as unknown as Sarif.Result],
      },
    ],
  }
  const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(RESULTS_MARK))
  // The results array sits on its own line in the skeleton: keep its indentation.
  const indent = /\n( *)$/.exec(head)?.[1] ?? ''
  let first = true
  return {
    start: () => head.replace(/\n *$/, ''),
    file(report) {
      return report.messages
        .map((message) => {
          const separator = first ? '\n' : ',\n'
          first = false
          return `${separator}${indent}${JSON.stringify(sarifResult(report, message))}`
        })
        .join('')
    },
    end: () => `\n${indent.slice(2)}${tail.replace(/^\n *\]/, ']')}\n`,
  }
}

function sarifResult(report: FileReport, message: LintMessage): Sarif.Result {
  const ruleIndex = RULES.findIndex((rule) => rule.id === message.rule)
  const artifactLocation = artifact(report.file)
  const result: Sarif.Result = {
    ruleId: message.rule,
    ...(ruleIndex === -1 ? {} : { ruleIndex }),
    level: LEVELS[message.severity],
    message: { text: message.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: message.line,
            startColumn: message.column,
            endLine: message.endLine,
            endColumn: message.endColumn,
            charOffset: message.start,
            charLength: message.end - message.start,
          },
        },
      },
    ],
  }
  if (message.fixes.length > 0) {
    result.fixes = message.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation,
          replacements: fix.edits.map((edit) => ({
            deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
            insertedContent: { text: edit.newText },
          })),
        },
      ],
    }))
  }
  return result
}

function artifact(file: string | null): Sarif.ArtifactLocation {
  if (file === null) return { description: { text: 'standard input' } }
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href }
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT }
}
