import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { LINT_HELP, MAIN_HELP, SOURCES_HELP, STRIP_HELP } from '../../server/src/cli/help'
import { ROOT, runCli } from './helpers'

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

describe('help and version', () => {
  test('--help prints the commands to stdout', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      assert.deepEqual(await runCli(argv, { cwd: ROOT }), {
        code: 0,
        stdout: MAIN_HELP,
        stderr: '',
      })
    }
  })

  test('each command has its help', async () => {
    const cases: Array<[string[], string]> = [
      [['lint', '--help'], LINT_HELP],
      [['sources', '-h'], SOURCES_HELP],
      [['strip', '--help'], STRIP_HELP],
      [['help', 'lint'], LINT_HELP],
    ]
    for (const [argv, help] of cases) {
      assert.deepEqual(await runCli(argv, { cwd: ROOT }), { code: 0, stdout: help, stderr: '' })
    }
    assert.match(LINT_HELP, /--max-warnings/)
    assert.match(LINT_HELP, /pretty \(default\), json, sarif/)
    assert.match(LINT_HELP, /-j, --jobs <n> /)
    assert.match(SOURCES_HELP, /-j, --jobs <n> /)
  })

  test('--version prints the package version', async () => {
    assert.deepEqual(await runCli(['--version'], { cwd: ROOT }), {
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    })
  })

  test('no command prints the help to stderr and exits 2', async () => {
    assert.deepEqual(await runCli([], { cwd: ROOT }), { code: 2, stdout: '', stderr: MAIN_HELP })
  })
})

describe('usage errors exit 2 with one line saying what to do', () => {
  const cases: Array<[string[], string]> = [
    [
      ['check', 'a.dispatch'],
      "unknown command 'check'. Commands: lint, sources, strip. Run 'dispatch-lens --help' for usage.",
    ],
    [
      ['--format', 'json'],
      "unknown option '--format' before a command. Commands: lint, sources, strip. Run 'dispatch-lens --help' for usage.",
    ],
    [
      ['lint', '--formt', 'json'],
      "unknown option '--formt' for lint. Did you mean '--format'? Run 'dispatch-lens lint --help'.",
    ],
    [['lint', '-x'], "unknown option '-x' for lint. Run 'dispatch-lens lint --help'."],
    [
      ['lint', '--format', 'xml'],
      "--format 'xml' is not one of pretty, json, sarif, github (for lint). Run 'dispatch-lens lint --help'.",
    ],
    [
      ['sources', 'a', '--format', 'sarif'],
      "--format 'sarif' is not one of table, json (for sources). Run 'dispatch-lens sources --help'.",
    ],
    [['lint', '--format'], "option '--format' needs a value. Run 'dispatch-lens lint --help'."],
    [['lint', '--quiet=yes'], "option '--quiet' takes no value. Run 'dispatch-lens lint --help'."],
    [
      ['lint', '--max-warnings', 'ten'],
      "--max-warnings 'ten' is not a whole number ≥ 0. Run 'dispatch-lens lint --help'.",
    ],
    [
      ['lint', '--max-warnings=-1'],
      "--max-warnings '-1' is not a whole number ≥ 0. Run 'dispatch-lens lint --help'.",
    ],
    [
      ['lint', '--language', 'de'],
      "--language 'de' is not one of auto, fr, en (for lint). Run 'dispatch-lens lint --help'.",
    ],
    [
      ['lint', '--config='],
      "option '--config' needs a file name. Run 'dispatch-lens lint --help'.",
    ],
    ...[
      ['lint', '--jobs', '0'],
      ['lint', '--jobs=-3'],
      ['lint', '--jobs', '-3'],
      ['lint', '-j', 'abc'],
      ['lint', '--jobs', '2.5'],
    ].map((argv): [string[], string] => {
      const value = argv.at(-1)?.replace('--jobs=', '')
      return [
        argv,
        `--jobs '${value}' is not a whole number ≥ 1 (the threads that analyse; 1: no worker). Run 'dispatch-lens lint --help'.`,
      ]
    }),
    [
      ['sources', 'a', '-j', '0'],
      "--jobs '0' is not a whole number ≥ 1 (the threads that analyse; 1: no worker). Run 'dispatch-lens sources --help'.",
    ],
    [['lint', '--jobs'], "option '--jobs' needs a value. Run 'dispatch-lens lint --help'."],
    [['sources', 'a', '-j'], "option '--jobs' needs a value. Run 'dispatch-lens sources --help'."],
    [
      ['strip', '--jobs', '2', 'a'],
      "unknown option '--jobs' for strip. Run 'dispatch-lens strip --help'.",
    ],
    [['sources'], "sources needs at least one file. Run 'dispatch-lens sources --help'."],
    [
      ['strip'],
      "strip takes exactly one file (or '-' for standard input), got 0. Run 'dispatch-lens strip --help'.",
    ],
    [
      ['strip', '--max-warnings', '1', 'a'],
      "unknown option '--max-warnings' for strip. Run 'dispatch-lens strip --help'.",
    ],
  ]
  for (const [argv, message] of cases) {
    test(argv.join(' '), async () => {
      assert.deepEqual(await runCli(argv, { cwd: ROOT }), {
        code: 2,
        stdout: '',
        stderr: `dispatch-lens: ${message}\n`,
      })
    })
  }
})
