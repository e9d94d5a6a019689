/**
 * What `lint` and `sources` share: expand the arguments, find each file's settings, analyse
 * every file (standard input included, in its place) and hand the outcomes on in input order.
 */
import { dirname } from 'node:path'
import type { AnalysisSettings } from '../analysis'
import type { AnalysisOptions } from './args'
import { ConfigResolver } from './config-lookup'
import { decodeText } from './decode'
import { expandTargets } from './files'
import type { CliIo } from './io'
import { processFiles } from './process-files'
import { analyzeText, type FileCommand, type FileTask, type TaskOutcome } from './tasks'

export interface AnalyseResult {
  /** Problems found before any file was analysed (missing paths, empty folders…). */
  problems: string[]
  /** How many files were analysed or attempted. */
  files: number
}

/** Throws a CliError on a bad configuration (nothing is analysed then). */
export async function analyseFiles(
  command: FileCommand,
  options: AnalysisOptions,
  io: CliIo,
  deliver: (outcome: TaskOutcome) => void,
): Promise<AnalyseResult> {
  const paths = options.paths.length > 0 ? options.paths : ['.']
  const { targets, problems } = expandTargets(paths, io.cwd)
  const configs = new ConfigResolver(io, options.config)
  const withOverrides = (settings: AnalysisSettings): AnalysisSettings =>
    options.language === undefined ? settings : { ...settings, language: options.language }

  // Resolve every configuration first: a bad one stops the run before any output.
  const tasks: FileTask[] = []
  let stdin: { index: number; settings: AnalysisSettings } | undefined
  for (const [index, target] of targets.entries()) {
    if (target.kind === 'stdin') {
      stdin = { index, settings: withOverrides(await configs.settingsFor(io.cwd)) }
      continue
    }
    const settings = withOverrides(await configs.settingsFor(dirname(target.path)))
    tasks.push({ index, command, path: target.path, display: target.display, settings })
  }

  // Standard input is read and analysed here, then delivered in its place among the files.
  let stdinOutcome: TaskOutcome | undefined
  if (stdin) {
    const decoded = decodeText(await io.readStdin())
    stdinOutcome = decoded.ok
      ? analyzeText({ ...stdin, command, display: null }, decoded.text)
      : {
          index: stdin.index,
          kind: 'failed',
          message: `cannot read standard input as text: ${decoded.reason}`,
        }
  }
  const deliverInOrder = (outcome: TaskOutcome) => {
    if (stdinOutcome && stdinOutcome.index < outcome.index) {
      deliver(stdinOutcome)
      stdinOutcome = undefined
    }
    deliver(outcome)
  }
  await processFiles(tasks, io, deliverInOrder, options.jobs)
  if (stdinOutcome) deliver(stdinOutcome)
  return { problems, files: targets.length }
}
