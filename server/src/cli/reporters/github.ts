/**
 * `--format github`: GitHub Actions workflow commands, one line per finding, which the runner
 * turns into annotations on the pull request's diff.
 * `::warning file=a.dispatch,line=9,col=12,endLine=9,endColumn=34,title=unattributed-claim::…`
 */
import type { LintMessage } from '../report'
import type { LintReporter } from './reporter'

const COMMANDS: Record<LintMessage['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
}

export function githubReporter(): LintReporter {
  return {
    start: () => '',
    file(report) {
      return report.messages
        .map((message) => {
          const properties = [
            ...(report.file === null ? [] : [`file=${escapeProperty(report.file)}`]),
            `line=${message.line}`,
            `col=${message.column}`,
            `endLine=${message.endLine}`,
            `endColumn=${message.endColumn}`,
            `title=${escapeProperty(message.rule)}`,
          ]
          return `::${COMMANDS[message.severity]} ${properties.join(',')}::${escapeData(message.message)}\n`
        })
        .join('')
    },
    end: () => '',
  }
}

/** The escaping the Actions runner undoes (see @actions/core `command.ts`). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
