/**
 * The command line on hostile files and configurations: one clear line naming the file (and the
 * line for a configuration), the exit code docs/cli.md documents, and never a stack trace —
 * in-process through `run` for every case, and through the bundled bin (dist/cli.js, built by
 * `npm test`) for the ones where a real process could die differently.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { type CliResult, runCli } from '../cli/helpers'
import { ROOT } from './patterns'

const BIN = join(ROOT, 'dist', 'cli.js')
const STACK_FRAME = /^\s+at /m

type Result = CliResult

function cli(argv: string[], cwd: string, stdin = ''): Promise<Result> {
  return runCli(argv, { cwd, stdin })
}

function bin(argv: string[], cwd: string): Result {
  const child = spawnSync(process.execPath, [BIN, ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr }
}

/** Exit code as documented, no stack trace, and every stderr line names what it is about. */
function expectTrouble(result: Result, code: number, ...mentions: string[]): void {
  assert.equal(result.code, code, `exit code (stderr: ${result.stderr})`)
  assert.doesNotMatch(result.stderr, STACK_FRAME)
  assert.doesNotMatch(result.stderr, /internal error/i)
  for (const mention of mentions)
    assert.ok(result.stderr.includes(mention), `${mention} in ${result.stderr}`)
}

let folder = ''
const SEED = 'date 2021-07 Kandahar | « Nous tenons la ville », a déclaré Zabihullah Mujahid.\n'

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dispatch-lens-hardening-'))
  const files: Record<string, string | Uint8Array> = {
    'ok/seed.dispatch': SEED,
    'empty.dispatch': '',
    'header.dispatch': 'date 2021-07 Kandahar |',
    'quotes.dispatch': '«a» '.repeat(50_000),
    'line.dispatch': `${'Le ministre a déclaré : « Nous ne céderons pas ». '.repeat(20_000)}`,
    'astral.dispatch': '😀 « Oui », a dit 𝔘 Paul Martin.\r\n\r\n« Non ».',
    'binary.dispatch': Uint8Array.from({ length: 4096 }, (_, i) => (i * 73 + 11) % 256),
    'latin1.dispatch': Uint8Array.from([0x41, 0x20, 0xe9, 0x74, 0xe9, 0x0a]),
    'utf16.dispatch': Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]),
    'nodispatch/readme.txt': 'nothing here',
    'bad-json/.dispatch-lens.json': '{\n  "language": "fr",\n}\n',
    'bad-json/a.dispatch': SEED,
    'unknown-key/.dispatch-lens.json': '{\n  "langauge": "fr"\n}\n',
    'unknown-key/a.dispatch': SEED,
    'wrong-type/.dispatch-lens.json': '{\n  "rules": ["unclosed-quote"],\n  "language": 3\n}\n',
    'wrong-type/a.dispatch': SEED,
    'unknown-rule/.dispatch-lens.json': '{\n  "rules": {\n    "unatributed-quote": "off"\n  }\n}\n',
    'unknown-rule/a.dispatch': SEED,
    'binary-config/.dispatch-lens.json': Uint8Array.from([0x7b, 0x00, 0x7d]),
    'binary-config/a.dispatch': SEED,
    'folder-config/.dispatch-lens.json/inside.txt': 'a folder where the file should be',
    'folder-config/a.dispatch': SEED,
  }
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(folder, path, '..'), { recursive: true })
    await writeFile(join(folder, path), content)
  }
})

after(() => rm(folder, { recursive: true, force: true }))

describe('CLI on hostile files', () => {
  test('odd but valid dispatches are linted: empty, header only, 100k quote marks, 1 MB line, astral', async () => {
    for (const [name, code] of [
      ['empty.dispatch', 0],
      ['header.dispatch', 0],
      ['quotes.dispatch', 1],
      ['line.dispatch', 0],
      ['astral.dispatch', 0],
    ] as const) {
      const started = performance.now()
      // JSON: the pretty report of 50,000 messages takes about 15 s (0.3 ms a message).
      const format = name === 'quotes.dispatch' ? ['--format', 'json'] : []
      const result = await cli(['lint', name, ...format], folder)
      console.log(
        `lint ${name}: exit ${result.code} in ${Math.round(performance.now() - started)} ms`,
      )
      assert.equal(result.code, code, `${name}: ${result.stderr}`)
      assert.equal(result.stderr, '')
      for (const command of [
        ['strip', name],
        ['sources', name, '--format', 'json'],
      ]) {
        const other = await cli(command, folder)
        assert.equal(other.code, 0, `${command.join(' ')}: ${other.stderr}`)
        assert.equal(other.stderr, '')
      }
    }
  })

  test('strip gives back an annotation-free file byte for byte, CRLF and astral included', async () => {
    const result = await cli(['strip', 'astral.dispatch'], folder)
    assert.equal(result.stdout, '😀 « Oui », a dit 𝔘 Paul Martin.\r\n\r\n« Non ».')
  })

  test('a binary file, Latin-1 and UTF-16: exit 2, the file named, the others still linted', async () => {
    const result = await cli(
      ['lint', 'binary.dispatch', 'latin1.dispatch', 'utf16.dispatch', 'ok'],
      folder,
    )
    expectTrouble(result, 2, "'binary.dispatch'", "'latin1.dispatch'", "'utf16.dispatch'")
    assert.match(result.stderr, /binary\.dispatch.*binary file/)
    assert.match(result.stderr, /latin1\.dispatch.*not valid UTF-8 \(byte 0xe9 on line 1\)/)
    assert.match(result.stderr, /utf16\.dispatch.*UTF-16/)
    assert.equal(result.stderr.trim().split('\n').length, 3, 'one line per file')
    for (const command of ['strip', 'sources']) {
      expectTrouble(await cli([command, 'binary.dispatch'], folder), 2, "'binary.dispatch'")
    }
  })

  test('a missing file, a folder without dispatches, a folder given to strip: exit 2 and a message', async () => {
    for (const command of ['lint', 'sources', 'strip']) {
      expectTrouble(
        await cli([command, 'missing.dispatch'], folder),
        2,
        "'missing.dispatch'",
        'no such file',
      )
    }
    expectTrouble(await cli(['lint', 'nodispatch'], folder), 2, "'nodispatch'")
    expectTrouble(await cli(['strip', 'ok'], folder), 2, "'ok'")
  })
})

describe('CLI on bad configuration files', () => {
  const cases = [
    ['bad-json', /\.dispatch-lens\.json:3:1: Invalid JSON/],
    [
      'unknown-key',
      /\.dispatch-lens\.json:2:3: Unknown setting "langauge"\. Did you mean "language"\?/,
    ],
    ['wrong-type', /\.dispatch-lens\.json:2:\d+: .*"rules"/],
    [
      'unknown-rule',
      /\.dispatch-lens\.json:3:5: Unknown rule "unatributed-quote" in "rules"\. Did you mean "unattributed-quote"\?/,
    ],
  ] as const
  for (const [name, message] of cases) {
    test(`${name}: exit 2 before linting, with file and line`, async () => {
      for (const command of ['lint', 'sources']) {
        const result = await cli([command, name], folder)
        expectTrouble(result, 2)
        assert.match(result.stderr, message)
        assert.equal(result.stdout, '', 'nothing linted')
      }
    })
  }

  test('wrong types: every problem on its own line with its place', async () => {
    const result = await cli(['lint', 'wrong-type'], folder)
    const lines = result.stderr.trim().split('\n')
    assert.equal(lines.length, 2, result.stderr)
    assert.match(lines.join('\n'), /:3:\d+: "language" must be/)
  })

  test('a configuration given with --config that does not exist, is a folder, or is binary', async () => {
    expectTrouble(await cli(['lint', 'ok', '--config', 'nope.json'], folder), 2, 'nope.json')
    expectTrouble(
      await cli(['lint', 'ok', '--config', 'folder-config/.dispatch-lens.json'], folder),
      2,
      '.dispatch-lens.json',
    )
    expectTrouble(await cli(['lint', 'binary-config'], folder), 2, '.dispatch-lens.json')
  })
})

describe('the bundled bin, as a process', () => {
  test('bad input of every kind: a clear message and no stack trace', () => {
    const runs: Array<[string[], number]> = [
      [['lint', 'binary.dispatch'], 2],
      [['lint', 'missing.dispatch'], 2],
      [['lint', 'nodispatch'], 2],
      [['strip', 'ok'], 2],
      [['lint', 'bad-json'], 2],
      [['lint', 'unknown-key'], 2],
      [['lint', 'wrong-type'], 2],
      [['lint', 'unknown-rule'], 2],
      [['lint', 'folder-config'], 2],
      [['lint', '--max-warnings', 'many'], 2],
      [['lint', 'quotes.dispatch', '--format', 'json'], 1],
      [['lint', 'empty.dispatch'], 0],
    ]
    for (const [argv, code] of runs) {
      const result = bin(argv, folder)
      assert.equal(result.code, code, `${argv.join(' ')}: ${result.stderr}`)
      assert.doesNotMatch(result.stderr, STACK_FRAME, argv.join(' '))
      if (code === 2) assert.match(result.stderr, /^dispatch-lens: /, argv.join(' '))
    }
  })
})
