/**
 * One file's work, the same on the main thread and in a worker: read, check it is UTF-8 text,
 * analyse, and reduce the result to plain data.
 */
import { type AnalysisSettings, analyze } from '../analysis'
import { decodeText } from './decode'
import { describeFileError } from './errors'
import { lintText } from './lint-file'
import { type FileReport, STDIN_NAME } from './report'
import { type SourcesFile, sourcesJson } from './sources-json'

export type FileCommand = 'lint' | 'sources'

export interface FileTask {
  /** Position in the input order: results are printed in this order. */
  index: number
  command: FileCommand
  /** Absolute path to read. */
  path: string
  /** The path as shown to the user. */
  display: string
  settings: AnalysisSettings
}

export type TaskOutcome =
  | { index: number; kind: 'lint'; report: FileReport }
  | { index: number; kind: 'sources'; sources: SourcesFile; lineStarts: number[] }
  | { index: number; kind: 'failed'; message: string }

export type ReadFile = (path: string) => Promise<Uint8Array>
export type ReadFileSync = (path: string) => Uint8Array

export async function runFileTask(task: FileTask, readFile: ReadFile): Promise<TaskOutcome> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(task.path)
  } catch (error) {
    return { index: task.index, kind: 'failed', message: describeFileError(error, task.display) }
  }
  return analyzeBytes(task, bytes)
}

/** The same, reading synchronously (a worker thread has nothing else to do meanwhile). */
export function runFileTaskSync(task: FileTask, readFile: ReadFileSync): TaskOutcome {
  let bytes: Uint8Array
  try {
    bytes = readFile(task.path)
  } catch (error) {
    return { index: task.index, kind: 'failed', message: describeFileError(error, task.display) }
  }
  return analyzeBytes(task, bytes)
}

function analyzeBytes(task: FileTask, bytes: Uint8Array): TaskOutcome {
  const decoded = decodeText(bytes)
  if (!decoded.ok) {
    return {
      index: task.index,
      kind: 'failed',
      message: `cannot read '${task.display}' as text: ${decoded.reason}`,
    }
  }
  return analyzeText(task, decoded.text)
}

/** Analyse text already read (a file, or standard input with `display` null). */
export function analyzeText(
  task: Pick<FileTask, 'index' | 'command' | 'settings'> & { display: string | null },
  text: string,
): TaskOutcome {
  if (task.command === 'lint') {
    return { index: task.index, kind: 'lint', report: lintText(text, task.display, task.settings) }
  }
  const analysis = analyze(text, { settings: task.settings, path: task.display ?? undefined })
  return {
    index: task.index,
    kind: 'sources',
    sources: sourcesJson(task.display ?? STDIN_NAME, analysis),
    lineStarts: lineStarts(text),
  }
}

/** Offsets where each line starts, so that a table can show line numbers without the text. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1)
  }
  return starts
}
