/**
 * The bundled bin, end to end: `node dist/cli.js` as a user or CI runs it (npm test builds the
 * bundle first; running this file alone builds it when it is missing).
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, test } from 'node:test'
import { fixture, ROOT, tempFolder } from './helpers'

const BIN = join(ROOT, 'dist', 'cli.js')

interface BinResult {
  code: number | null
  stdout: string
  stderr: string
}

function runBin(argv: string[], cwd: string, stdin = ''): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

describe('dist/cli.js', () => {
  before(() => {
    if (!existsSync(BIN)) {
      const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
      assert.equal(build.status, 0, build.stderr)
    }
  })

  test('refuses a device and a named pipe, by name, instead of reading without end', async () => {
    const cwd = await tempFolder({ 'clean.dispatch': await fixture('clean.dispatch') })
    const pipe = join(cwd, 'pipe.dispatch')
    assert.equal(spawnSync('mkfifo', [pipe]).status, 0)
    const result = await runBin(['lint', 'pipe.dispatch', '/dev/zero', 'clean.dispatch'], cwd)
    assert.equal(result.code, 2)
    assert.match(
      result.stderr,
      /cannot read 'pipe\.dispatch': it is not a regular file \(a device, a pipe or a socket\)\. Pass a dispatch file\./,
    )
    assert.match(result.stderr, /cannot read '[^']*zero': it is not a regular file/)
    assert.doesNotMatch(result.stderr, /^\s+at /m)
  })

  test('a configuration nested too deeply is one problem at its line 1', async () => {
    const deep = `${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}`
    const cwd = await tempFolder({
      'clean.dispatch': await fixture('clean.dispatch'),
      '.dispatch-lens.json': deep,
    })
    const result = await runBin(['lint', 'clean.dispatch'], cwd)
    assert.equal(result.code, 2)
    assert.match(
      result.stderr,
      /\.dispatch-lens\.json:1:1: The configuration is nested too deeply to be read\. Keep it a flat JSON object\./,
    )
  })

  test('starts with a shebang and prints its version', async () => {
    assert.match(readFileSync(BIN, 'utf8').slice(0, 20), /^#!\/usr\/bin\/env node\n/)
    const result = await runBin(['--version'], ROOT)
    assert.equal(result.code, 0)
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/)
  })

  test('lints: 0 clean, 1 findings, 2 missing file with one line and no stack trace', async () => {
    const cwd = await tempFolder({
      'clean.dispatch': await fixture('clean.dispatch'),
      'unclosed.dispatch': await fixture('unclosed.dispatch'),
    })
    assert.deepEqual(await runBin(['lint', 'clean.dispatch'], cwd), {
      code: 0,
      stdout: 'clean.dispatch: no issues found\n',
      stderr: '',
    })
    const findings = await runBin(['lint', 'unclosed.dispatch', '--format', 'github'], cwd)
    assert.equal(findings.code, 1)
    assert.match(
      findings.stdout,
      /^::error file=unclosed\.dispatch,line=1,.*title=unclosed-quote::/,
    )
    assert.deepEqual(await runBin(['lint', 'gone.dispatch'], cwd), {
      code: 2,
      stdout: '',
      stderr:
        "dispatch-lens: cannot find 'gone.dispatch': no such file or folder. Check the path.\n",
    })
  })

  test('reads standard input and strips exactly', async () => {
    const cwd = await tempFolder()
    const lint = await runBin(['lint', '-'], cwd, await fixture('clean.dispatch'))
    assert.deepEqual(lint, { code: 0, stdout: '<stdin>: no issues found\n', stderr: '' })
    const strip = await runBin(['strip', '-'], cwd, '«Oui» [@Jean Dupont], dit-il.')
    assert.deepEqual(strip, { code: 0, stdout: '«Oui», dit-il.', stderr: '' })
  })

  test('many files go through the bundled worker threads and come out in order', async () => {
    const files: Record<string, string> = {}
    const clean = await fixture('clean.dispatch')
    const unclosed = await fixture('unclosed.dispatch')
    for (let index = 0; index < 60; index++) {
      files[`desk/${String(index).padStart(2, '0')}.dispatch`] = index % 10 === 7 ? unclosed : clean
    }
    const cwd = await tempFolder(files)
    const result = await runBin(['lint', 'desk', '--format', 'json'], cwd)
    assert.equal(result.stderr, '')
    assert.equal(result.code, 1)
    const reports = JSON.parse(result.stdout)
    assert.deepEqual(
      reports.map((report: { file: string }) => report.file),
      Object.keys(files),
    )
    assert.deepEqual(
      reports.flatMap((report: { file: string; errorCount: number }) =>
        report.errorCount > 0 ? [report.file] : [],
      ),
      [
        'desk/07.dispatch',
        'desk/17.dispatch',
        'desk/27.dispatch',
        'desk/37.dispatch',
        'desk/47.dispatch',
        'desk/57.dispatch',
      ],
    )
  })

  test('--jobs gives the same output: 2 workers, or 1 (this thread alone)', async () => {
    const files: Record<string, string> = {}
    const clean = await fixture('clean.dispatch')
    const unclosed = await fixture('unclosed.dispatch')
    for (let index = 0; index < 40; index++) {
      files[`desk/${String(index).padStart(2, '0')}.dispatch`] = index % 10 === 3 ? unclosed : clean
    }
    const cwd = await tempFolder(files)
    const plain = await runBin(['lint', 'desk'], cwd)
    assert.equal(plain.code, 1)
    assert.match(plain.stdout, /desk\/33\.dispatch/)
    for (const jobs of [['--jobs', '2'], ['-j', '1'], ['--jobs=3']]) {
      assert.deepEqual(await runBin(['lint', 'desk', ...jobs], cwd), plain, jobs.join(' '))
    }
    const bad = await runBin(['lint', 'desk', '--jobs', '0'], cwd)
    assert.equal(bad.code, 2)
    assert.equal(bad.stdout, '')
    assert.match(bad.stderr, /^dispatch-lens: --jobs '0' is not a whole number ≥ 1 .*\n$/)
  })

  test('a reader that goes away is reported in one line, exit 2, no stack trace', async () => {
    const files: Record<string, string> = {}
    const clean = await fixture('clean.dispatch')
    for (let index = 0; index < 200; index++) files[`desk/${index}.dispatch`] = clean
    const cwd = await tempFolder(files)
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'lint', 'desk'], { cwd })
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk
      })
      // Like `| head -1`: read the first chunk, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy())
      child.on('error', reject)
      child.on('close', (code) => resolve({ code, stderr }))
    })
    assert.deepEqual(result, {
      code: 2,
      stderr: 'dispatch-lens: standard output was closed before the report was written.\n',
    })
  })
})
