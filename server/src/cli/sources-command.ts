import { analyseFiles } from './analyse-files'
import type { SourcesOptions } from './args'
import { EXIT_OK, EXIT_TROUBLE } from './errors'
import type { CliIo } from './io'
import { sourcesTable } from './sources-table'

export async function sourcesCommand(options: SourcesOptions, io: CliIo): Promise<number> {
  let troubled = false
  let written = 0
  const json = options.format === 'json'
  if (json) io.stdout.write('[')
  const { problems } = await analyseFiles('sources', options, io, (outcome) => {
    if (outcome.kind === 'failed') {
      troubled = true
      io.stderr.write(`dispatch-lens: ${outcome.message}\n`)
      return
    }
    if (outcome.kind !== 'sources') return
    if (json) {
      io.stdout.write(`${written === 0 ? '\n' : ',\n'}${JSON.stringify(outcome.sources, null, 2)}`)
    } else {
      io.stdout.write(
        `${written === 0 ? '' : '\n'}${sourcesTable(outcome.sources, outcome.lineStarts)}`,
      )
    }
    written++
  })
  if (json) io.stdout.write(written === 0 ? ']\n' : '\n]\n')
  for (const problem of problems) io.stderr.write(`dispatch-lens: ${problem}\n`)
  return troubled || problems.length > 0 ? EXIT_TROUBLE : EXIT_OK
}
