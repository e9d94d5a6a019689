/** The `--help` texts: every command, option and exit code (docs/cli.md says the same). */
import { CONFIG_FILE_NAME } from '../config'

const EXIT_CODES = `Exit codes:
  0  no findings, or only warnings within --max-warnings (and information)
  1  an error, or warnings beyond --max-warnings (any warning when it is not given)
  2  usage error, unreadable/missing/binary file, bad configuration`

export const MAIN_HELP = `Usage: dispatch-lens <command> [options]

Who said what in press dispatches (French and English).

Commands:
  lint [paths...]      check quotations and claims for attribution problems
  sources <files...>   list the speakers and what each said (table or JSON)
  strip <file|->       print the publishable text, annotations removed

Options:
  -h, --help           show help (also: dispatch-lens <command> --help)
  -v, --version        show the version

${EXIT_CODES}

Docs: docs/cli.md and docs/configuration.md
`

const ANALYSIS_OPTIONS = `  -l, --language <fr|en|auto>  language of the dispatches (default: from the config, else auto)
  -c, --config <file>          use this config file instead of looking for ${CONFIG_FILE_NAME}
                               from each file's folder upwards
  -j, --jobs <n>               threads that analyse many files (default: one per core but
                               one; 1: no worker thread)`

export const LINT_HELP = `Usage: dispatch-lens lint [paths...] [options]

Check dispatches: unattributed quotes and claims, vague and anonymous sources, unclosed quotes.
Paths are files (any extension), folders (their *.dispatch files, recursively) or globs
('reports/**/*.dispatch'); '-' reads standard input. Without paths: the current folder.

Options:
  -f, --format <name>          pretty (default), json, sarif (SARIF 2.1.0) or github
                               (GitHub Actions annotations)
      --max-warnings <n>       pass with up to n warnings (default: any warning fails)
  -q, --quiet                  report errors only; warnings and information are ignored
${ANALYSIS_OPTIONS}
  -h, --help                   show this help

${EXIT_CODES}

Examples:
  dispatch-lens lint examples/kandahar.dispatch
  dispatch-lens lint stories/ --max-warnings 10
  dispatch-lens lint 'stories/**/*.dispatch' --format sarif > dispatch-lens.sarif
  cat story.dispatch | dispatch-lens lint - --language fr
`

export const SOURCES_HELP = `Usage: dispatch-lens sources <files...> [options]

List the speakers of each dispatch and what each said: quotes and claims with their cue,
medium and how the speaker was found. '-' reads standard input.

Options:
  -f, --format <name>          table (default) or json (one object per file, see docs/cli.md)
${ANALYSIS_OPTIONS}
  -h, --help                   show this help

Exit codes: 0 done, 2 usage error or a file that cannot be read.

Examples:
  dispatch-lens sources examples/kandahar.dispatch
  dispatch-lens sources stories/*.dispatch --format json > sources.json
`

export const STRIP_HELP = `Usage: dispatch-lens strip <file|->

Print the publishable text of a dispatch: every [@…] and [!…] annotation removed, every other
character kept as it is (no newline is added). '-' reads standard input.

Exit codes: 0 done, 2 usage error or a file that cannot be read.

Example:
  dispatch-lens strip story.dispatch > story.txt
`
