import { version } from '../../../package.json'
import { analyseFiles } from './analyse-files'
import type { LintFormat, LintOptions } from './args'
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE } from './errors'
import type { CliIo } from './io'
import { countMessages, type FileReport, type LintTotals } from './report'
import { githubReporter } from './reporters/github'
import { jsonReporter } from './reporters/json'
import { prettyReporter } from './reporters/pretty'
import type { LintReporter, ReporterOptions } from './reporters/reporter'
import { sarifReporter } from './reporters/sarif'

const REPORTERS: Record<LintFormat, (options: ReporterOptions) => LintReporter> = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
}

export async function lintCommand(options: LintOptions, io: CliIo): Promise<number> {
  const reporter = REPORTERS[options.format]({
    cwd: io.cwd,
    color: io.color ?? false,
    quiet: options.quiet,
    version,
  })
  const totals: LintTotals = { files: 0, errors: 0, warnings: 0, infos: 0 }
  let troubled = false
  let started = false
  const print = (text: string) => {
    if (text) io.stdout.write(text)
  }

  const { problems } = await analyseFiles('lint', options, io, (outcome) => {
    if (!started) {
      print(reporter.start())
      started = true
    }
    if (outcome.kind === 'failed') {
      troubled = true
      io.stderr.write(`dispatch-lens: ${outcome.message}\n`)
      return
    }
    if (outcome.kind !== 'lint') return
    const report = options.quiet ? errorsOnly(outcome.report) : outcome.report
    const counts = countMessages(report.messages)
    totals.files++
    totals.errors += counts.errors
    totals.warnings += counts.warnings
    totals.infos += counts.infos
    print(reporter.file(report))
  })
  for (const problem of problems) io.stderr.write(`dispatch-lens: ${problem}\n`)
  if (!started) print(reporter.start())
  print(reporter.end(totals))

  if (troubled || problems.length > 0) return EXIT_TROUBLE
  if (totals.errors > 0) return EXIT_FINDINGS
  const allowed = options.maxWarnings ?? 0
  if (totals.warnings > allowed) {
    if (options.maxWarnings !== null) {
      io.stderr.write(
        `dispatch-lens: ${totals.warnings} warnings, more than --max-warnings ${allowed}.\n`,
      )
    }
    return EXIT_FINDINGS
  }
  return EXIT_OK
}

function errorsOnly(report: FileReport): FileReport {
  return { ...report, messages: report.messages.filter((message) => message.severity === 'error') }
}
