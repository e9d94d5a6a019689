/**
 * The CLI as a function: arguments and the outside world in, exit code out. Never throws and
 * never prints a stack trace: every failure becomes a one-line message and exit code 2.
 */
import { version } from '../../../package.json'
import { parseCommandLine } from './args'
import { CliError, EXIT_OK, EXIT_TROUBLE } from './errors'
import { LINT_HELP, MAIN_HELP, SOURCES_HELP, STRIP_HELP } from './help'
import type { CliIo } from './io'
import { lintCommand } from './lint-command'
import { sourcesCommand } from './sources-command'
import { stripCommand } from './strip-command'

const HELP = { lint: LINT_HELP, sources: SOURCES_HELP, strip: STRIP_HELP }

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv)
    switch (commandLine.command) {
      case 'none':
        io.stderr.write(MAIN_HELP)
        return EXIT_TROUBLE
      case 'help':
        io.stdout.write(commandLine.topic ? HELP[commandLine.topic] : MAIN_HELP)
        return EXIT_OK
      case 'version':
        io.stdout.write(`${version}\n`)
        return EXIT_OK
      case 'lint':
        return await lintCommand(commandLine.options, io)
      case 'sources':
        return await sourcesCommand(commandLine.options, io)
      case 'strip':
        return await stripCommand(commandLine.path, io)
    }
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.message.split('\n')) io.stderr.write(`dispatch-lens: ${line}\n`)
    } else {
      const reason = error instanceof Error ? error.message : String(error)
      io.stderr.write(`dispatch-lens: internal error: ${reason}. Please report it.\n`)
    }
    return EXIT_TROUBLE
  }
}
