/**
 * `dispatch-lens lint` through `run()`: paths, folders, globs, stdin, configs, limits and exit
 * codes. Fixtures are obvious cases (a clean dispatch, an unclosed quote, a quote-only paragraph
 * with nobody to say it) so that these tests check the CLI, not the analysis's subtleties.
 */
import assert from 'node:assert/strict'
import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { fixture, runCli, tempFolder } from './helpers'

interface JsonFile {
  file: string | null
  errorCount: number
  warningCount: number
  messages: Array<{ rule: string; severity: string; line: number; column: number }>
}

async function desk(extra: Record<string, string | Uint8Array> = {}): Promise<string> {
  return tempFolder({
    'clean.dispatch': await fixture('clean.dispatch'),
    'unclosed.dispatch': await fixture('unclosed.dispatch'),
    'unattributed.dispatch': await fixture('unattributed.dispatch'),
    ...extra,
  })
}

const json = (stdout: string): JsonFile[] => JSON.parse(stdout)
const rulesOf = (file: JsonFile) =>
  file.messages.map((message) => `${message.severity} ${message.rule} line ${message.line}`)

describe('lint: exit codes', () => {
  test('a clean dispatch exits 0 and says so', async () => {
    const cwd = await desk()
    assert.deepEqual(await runCli(['lint', 'clean.dispatch'], { cwd }), {
      code: 0,
      stdout: 'clean.dispatch: no issues found\n',
      stderr: '',
    })
  })

  test('an unclosed quote is an error: exit 1', async () => {
    const cwd = await desk()
    const result = await runCli(['lint', 'unclosed.dispatch', '--format', 'json'], { cwd })
    assert.equal(result.code, 1)
    assert.equal(result.stderr, '')
    const [report] = json(result.stdout)
    assert.equal(report.file, 'unclosed.dispatch')
    assert.ok(
      rulesOf(report).some((rule) => rule === 'error unclosed-quote line 1'),
      rulesOf(report).join(),
    )
  })

  test('a warning fails the run unless --max-warnings allows it', async () => {
    const cwd = await desk()
    const strict = await runCli(['lint', 'unattributed.dispatch', '--format', 'json'], { cwd })
    assert.equal(strict.code, 1)
    assert.deepEqual(rulesOf(json(strict.stdout)[0]), ['warning unattributed-quote line 3'])
    assert.equal(strict.stderr, '')

    const allowed = await runCli(['lint', 'unattributed.dispatch', '--max-warnings', '1'], { cwd })
    assert.equal(allowed.code, 0)
    assert.match(
      allowed.stdout,
      /^unattributed\.dispatch\n3:\d+-3:\d+ +warning .* unattributed-quote +dispatch-lens\n\n⚠ 1 warning\n$/,
    )

    const over = await runCli(['lint', 'unattributed.dispatch', '--max-warnings', '0'], { cwd })
    assert.equal(over.code, 1)
    assert.equal(over.stderr, 'dispatch-lens: 1 warnings, more than --max-warnings 0.\n')
  })

  test('errors fail the run whatever --max-warnings says', async () => {
    const cwd = await desk()
    const result = await runCli(['lint', 'unclosed.dispatch', '--max-warnings', '100'], { cwd })
    assert.equal(result.code, 1)
  })

  test('--quiet reports errors only, and warnings alone then pass', async () => {
    const cwd = await desk()
    assert.deepEqual(
      await runCli(['lint', 'unattributed.dispatch', 'clean.dispatch', '-q'], { cwd }),
      {
        code: 0,
        stdout: '',
        stderr: '',
      },
    )
    const errors = await runCli(['lint', '.', '--quiet', '--format', 'json'], { cwd })
    assert.equal(errors.code, 1)
    for (const report of json(errors.stdout)) {
      assert.ok(report.messages.every((message) => message.severity === 'error'))
    }
  })
})

describe('lint: what gets linted', () => {
  test('a folder gives its .dispatch files, recursively and sorted, skipping node_modules', async () => {
    const cwd = await tempFolder({
      'desk/b.dispatch': await fixture('clean.dispatch'),
      'desk/a.dispatch': await fixture('clean.dispatch'),
      'desk/notes.txt': 'not a dispatch',
      'desk/sub/c.dispatch': await fixture('clean.dispatch'),
      'desk/node_modules/x/d.dispatch': await fixture('unclosed.dispatch'),
    })
    const result = await runCli(['lint', 'desk', '--format', 'json'], { cwd })
    assert.equal(result.code, 0)
    assert.deepEqual(
      json(result.stdout).map((report) => report.file),
      ['desk/a.dispatch', 'desk/b.dispatch', 'desk/sub/c.dispatch'],
    )
  })

  test('without paths, the current folder', async () => {
    const cwd = await desk()
    const result = await runCli(['lint', '--format', 'json'], { cwd })
    assert.deepEqual(
      json(result.stdout).map((report) => report.file),
      ['clean.dispatch', 'unattributed.dispatch', 'unclosed.dispatch'],
    )
  })

  test('globs are expanded; any extension can be named; each file is linted once', async () => {
    const cwd = await tempFolder({
      'desk/one.dispatch': await fixture('clean.dispatch'),
      'desk/sub/two.dispatch': await fixture('clean.dispatch'),
      'story.txt': await fixture('clean.dispatch'),
    })
    const result = await runCli(
      ['lint', 'desk/**/*.dispatch', 'story.txt', 'desk/one.dispatch', '-f', 'json'],
      { cwd },
    )
    assert.equal(result.code, 0)
    assert.deepEqual(
      json(result.stdout).map((report) => report.file),
      ['desk/one.dispatch', 'desk/sub/two.dispatch', 'story.txt'],
    )
  })

  test('links to folders are not followed (a loop ends), and a file reached twice is linted once', async () => {
    const cwd = await tempFolder({ 'desk/a.dispatch': await fixture('clean.dispatch') })
    await symlink(join(cwd, 'desk'), join(cwd, 'desk', 'loop'))
    await symlink(join(cwd, 'desk', 'a.dispatch'), join(cwd, 'desk', 'b.dispatch'))
    const result = await runCli(['lint', 'desk', 'desk/**/*.dispatch', '--format', 'json'], { cwd })
    assert.equal(result.code, 0)
    assert.deepEqual(
      json(result.stdout).map((report) => report.file),
      ['desk/a.dispatch'],
    )
  })

  test('a folder given twice, once through a link to it, is linted once', async () => {
    const cwd = await tempFolder({
      'desk/a.dispatch': await fixture('clean.dispatch'),
      'desk/sub/b.dispatch': await fixture('clean.dispatch'),
    })
    await symlink(join(cwd, 'desk'), join(cwd, 'link'))
    const result = await runCli(['lint', 'link', 'desk', 'desk/sub/b.dispatch', '-f', 'json'], {
      cwd,
    })
    assert.equal(result.code, 0)
    assert.deepEqual(
      json(result.stdout).map((report) => report.file),
      ['link/a.dispatch', 'link/sub/b.dispatch'],
    )
  })

  test('stdin with -, in its place among the files', async () => {
    const cwd = await desk()
    const clean = await runCli(['lint', '-'], { cwd, stdin: await fixture('clean.dispatch') })
    assert.deepEqual(clean, { code: 0, stdout: '<stdin>: no issues found\n', stderr: '' })

    const mixed = await runCli(['lint', 'clean.dispatch', '-', '--format', 'json'], {
      cwd,
      stdin: await fixture('unclosed.dispatch'),
    })
    assert.equal(mixed.code, 1)
    const reports = json(mixed.stdout)
    assert.deepEqual(
      reports.map((report) => report.file),
      ['clean.dispatch', null],
    )
    assert.ok(reports[1].errorCount >= 1)
  })
})

describe('lint: files that cannot be linted exit 2 with one line naming them', () => {
  test('a missing file; the other files are still linted', async () => {
    const cwd = await desk()
    assert.deepEqual(await runCli(['lint', 'clean.dispatch', 'missing.dispatch'], { cwd }), {
      code: 2,
      stdout: 'clean.dispatch: no issues found\n',
      stderr:
        "dispatch-lens: cannot find 'missing.dispatch': no such file or folder. Check the path.\n",
    })
  })

  test('a folder without dispatches, a glob matching nothing', async () => {
    const cwd = await tempFolder({ 'empty/readme.md': '# nothing' })
    assert.deepEqual(await runCli(['lint', 'empty'], { cwd }), {
      code: 2,
      stdout: '',
      stderr:
        "dispatch-lens: found no .dispatch file in the folder 'empty'. Pass a folder or files that hold dispatches.\n",
    })
    assert.deepEqual(await runCli(['lint', 'desk/*.dispatch'], { cwd }), {
      code: 2,
      stdout: '',
      stderr: "dispatch-lens: no file matches 'desk/*.dispatch'. Check the pattern.\n",
    })
  })

  test('a binary file, a UTF-16 file and a file that is not UTF-8', async () => {
    const cwd = await tempFolder({
      'photo.dispatch': new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00,
      ]),
      'utf16.dispatch': new Uint8Array([0xff, 0xfe, 0x61, 0x00]),
      'latin1.dispatch': new Uint8Array([0x64, 0xe9, 0x6a, 0xe0]),
    })
    const result = await runCli(['lint', 'photo.dispatch', 'utf16.dispatch', 'latin1.dispatch'], {
      cwd,
    })
    assert.equal(result.code, 2)
    assert.equal(result.stdout, '')
    assert.equal(
      result.stderr,
      [
        "dispatch-lens: cannot read 'photo.dispatch' as text: it is a binary file (NUL byte on line 3). Pass a UTF-8 text dispatch.",
        "dispatch-lens: cannot read 'utf16.dispatch' as text: it is UTF-16 text. Save it as UTF-8.",
        "dispatch-lens: cannot read 'latin1.dispatch' as text: it is not valid UTF-8 (byte 0xe9 on line 1). Save it as UTF-8.",
        '',
      ].join('\n'),
    )
  })

  test('binary standard input', async () => {
    const cwd = await desk()
    const result = await runCli(['lint', '-'], { cwd, stdin: new Uint8Array([0, 1, 2]) })
    assert.equal(result.code, 2)
    assert.equal(
      result.stderr,
      'dispatch-lens: cannot read standard input as text: it is a binary file (NUL byte on line 1). Pass a UTF-8 text dispatch.\n',
    )
  })

  test('an unreadable file', async () => {
    const cwd = await desk()
    const result = await runCli(['lint', 'clean.dispatch'], {
      cwd,
      readFile: async (path) => {
        if (path.endsWith('clean.dispatch'))
          throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      },
    })
    assert.deepEqual(result, {
      code: 2,
      stdout: '',
      stderr:
        "dispatch-lens: cannot read 'clean.dispatch': permission denied. Check the file's permissions.\n",
    })
  })
})

describe('lint: configuration', () => {
  test('.dispatch-lens.json is found from the file folder upwards, the nearest one winning', async () => {
    const unattributed = await fixture('unattributed.dispatch')
    const cwd = await tempFolder({
      '.dispatch-lens.json': '{ "rules": { "unattributed-quote": "off" } }',
      'desk/story.dispatch': unattributed,
      'desk/strict/.dispatch-lens.json': '{ "rules": { "unattributed-quote": "error" } }',
      'desk/strict/story.dispatch': unattributed,
    })
    const result = await runCli(['lint', 'desk', '--format', 'json'], { cwd })
    assert.equal(result.code, 1)
    assert.deepEqual(
      json(result.stdout).map((report) => [report.file, rulesOf(report)]),
      [
        ['desk/story.dispatch', []],
        ['desk/strict/story.dispatch', ['error unattributed-quote line 3']],
      ],
    )
  })

  test('standard input takes the configuration found from the current folder', async () => {
    const cwd = await tempFolder({
      '.dispatch-lens.json': '{ "rules": { "unattributed-quote": "off" } }',
    })
    const result = await runCli(['lint', '-'], {
      cwd,
      stdin: await fixture('unattributed.dispatch'),
    })
    assert.deepEqual(result, { code: 0, stdout: '<stdin>: no issues found\n', stderr: '' })
  })

  test('--config applies one file to every dispatch', async () => {
    const cwd = await desk({ 'ci/relaxed.json': '{ "rules": { "unattributed-quote": "info" } }' })
    const result = await runCli(
      ['lint', 'unattributed.dispatch', '-c', 'ci/relaxed.json', '-f', 'json'],
      { cwd },
    )
    assert.equal(result.code, 0)
    assert.deepEqual(rulesOf(json(result.stdout)[0]), ['info unattributed-quote line 3'])
  })

  test('a bad config stops the run with every problem placed in it', async () => {
    const cwd = await desk({
      '.dispatch-lens.json':
        '{\n  "rules": { "unatributed-quote": "off" },\n  "language": "de"\n}\n',
    })
    assert.deepEqual(await runCli(['lint', 'clean.dispatch'], { cwd }), {
      code: 2,
      stdout: '',
      stderr: [
        'dispatch-lens: .dispatch-lens.json:2:14: Unknown rule "unatributed-quote" in "rules". Did you mean "unattributed-quote"? Known rules: unattributed-quote, unattributed-claim, vague-attribution, anonymous-source, anonymous-without-reason, unclosed-quote, invalid-header, unknown-rule, quote-style.',
        'dispatch-lens: .dispatch-lens.json:3:15: "language" must be "auto", "fr" or "en"; got "de".',
        '',
      ].join('\n'),
    })
  })

  test('invalid JSON in the config, a missing --config file', async () => {
    const cwd = await desk({ 'broken.json': '{ "rules": { } ' })
    assert.deepEqual(await runCli(['lint', 'clean.dispatch', '--config', 'broken.json'], { cwd }), {
      code: 2,
      stdout: '',
      stderr:
        'dispatch-lens: broken.json:1:16: Invalid JSON: closing brace `}` expected. Fix the syntax of the file.\n',
    })
    assert.deepEqual(await runCli(['lint', 'clean.dispatch', '--config', 'nope.json'], { cwd }), {
      code: 2,
      stdout: '',
      stderr:
        "dispatch-lens: config: cannot find 'nope.json': no such file or folder. Check the path.\n",
    })
  })
})
