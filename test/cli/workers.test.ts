/**
 * Past WORKER_THRESHOLD files, `run()` hands the files to worker threads (here running the
 * TypeScript sources): the output must be the same as on one thread, in the same order.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { WORKER_THRESHOLD } from '../../server/src/cli/process-files'
import { fixture, runCli, sourceWorker, tempFolder } from './helpers'

async function manyFiles(count: number): Promise<string> {
  const kinds = ['clean', 'unattributed', 'unclosed']
  const files: Record<string, string | Uint8Array> = {}
  for (let index = 0; index < count; index++) {
    const kind = kinds[index % kinds.length]
    files[`desk/${String(index).padStart(3, '0')}-${kind}.dispatch`] = await fixture(
      `${kind}.dispatch`,
    )
  }
  files['desk/020-binary.dispatch'] = new Uint8Array([0x61, 0x00])
  return tempFolder(files)
}

describe('worker threads', () => {
  test('lint gives the same output in the same order as on one thread', async () => {
    const count = WORKER_THRESHOLD + 10
    const cwd = await manyFiles(count)
    let started = 0
    const createWorker = () => {
      started++
      return sourceWorker()
    }
    for (const format of ['json', 'pretty']) {
      const argv = ['lint', 'desk', '--format', format]
      const pooled = await runCli(argv, { cwd, createWorker, workerCount: 2 })
      const inline = await runCli(argv, { cwd })
      assert.deepEqual(pooled, inline)
      assert.equal(pooled.code, 2) // the binary file
      assert.equal(
        pooled.stderr,
        "dispatch-lens: cannot read 'desk/020-binary.dispatch' as text: it is a binary file (NUL byte on line 1). Pass a UTF-8 text dispatch.\n",
      )
      if (format === 'json') {
        const files = JSON.parse(pooled.stdout).map((report: { file: string }) => report.file)
        assert.equal(files.length, count)
        assert.deepEqual(files, [...files].sort())
      }
    }
    assert.equal(started, 4)
  })

  test('sources too', async () => {
    const cwd = await manyFiles(WORKER_THRESHOLD + 1)
    const argv = ['sources', 'desk', '--format', 'json']
    const pooled = await runCli(argv, { cwd, createWorker: sourceWorker, workerCount: 3 })
    assert.deepEqual(pooled, await runCli(argv, { cwd }))
    assert.equal(JSON.parse(pooled.stdout).length, WORKER_THRESHOLD + 1)
  })

  test('with no worker to start (one core), this thread analyses them, with the same output', async () => {
    const cwd = await manyFiles(WORKER_THRESHOLD + 5)
    const createWorker = () => assert.fail('no worker expected')
    const argv = ['lint', 'desk', '--format', 'json']
    const alone = await runCli(argv, { cwd, createWorker, workerCount: 0 })
    assert.deepEqual(alone, await runCli(argv, { cwd }))
    assert.equal(JSON.parse(alone.stdout).length, WORKER_THRESHOLD + 5)
  })

  test('--jobs N starts N workers, with the same output in the same order', async () => {
    const cwd = await manyFiles(WORKER_THRESHOLD + 10)
    const plain = await runCli(['lint', 'desk', '--format', 'json'], { cwd })
    for (const [argv, workers] of [
      [['--jobs', '3'], 3],
      [['-j', '2'], 2],
      [['--jobs=5'], 5],
    ] as Array<[string[], number]>) {
      let started = 0
      const createWorker = () => {
        started++
        return sourceWorker()
      }
      // The default given by the bin (workerCount) is overridden by --jobs.
      const result = await runCli(['lint', 'desk', '--format', 'json', ...argv], {
        cwd,
        createWorker,
        workerCount: 1,
      })
      assert.deepEqual(result, plain, argv.join(' '))
      assert.equal(started, workers, argv.join(' '))
    }
    const pretty = ['lint', 'desk']
    assert.deepEqual(
      await runCli([...pretty, '--jobs', '2'], { cwd, createWorker: sourceWorker }),
      await runCli(pretty, { cwd }),
    )
  })

  test('--jobs 1 analyses on this thread, with no worker and the same output', async () => {
    const cwd = await manyFiles(WORKER_THRESHOLD + 5)
    const createWorker = () => assert.fail('no worker expected')
    for (const command of [
      ['lint', 'desk', '--format', 'json'],
      ['sources', 'desk', '--format', 'json'],
    ]) {
      const alone = await runCli([...command, '--jobs', '1'], { cwd, createWorker, workerCount: 3 })
      assert.deepEqual(alone, await runCli(command, { cwd }))
      assert.equal(JSON.parse(alone.stdout).length, WORKER_THRESHOLD + 5)
    }
  })

  test('sources --jobs N gives the same output', async () => {
    const cwd = await manyFiles(WORKER_THRESHOLD + 3)
    const argv = ['sources', 'desk']
    let started = 0
    const createWorker = () => {
      started++
      return sourceWorker()
    }
    const pooled = await runCli([...argv, '-j', '2'], { cwd, createWorker })
    assert.deepEqual(pooled, await runCli(argv, { cwd }))
    assert.equal(started, 2)
  })

  test('--jobs with few files keeps them on this thread', async () => {
    const cwd = await manyFiles(WORKER_THRESHOLD - 1)
    const createWorker = () => assert.fail('no worker expected')
    const argv = ['lint', 'desk', '-f', 'json']
    const result = await runCli([...argv, '--jobs', '4'], { cwd, createWorker })
    assert.deepEqual(result, await runCli(argv, { cwd }))
  })

  test(`${WORKER_THRESHOLD} files or fewer stay on this thread`, async () => {
    const cwd = await manyFiles(WORKER_THRESHOLD - 1)
    const createWorker = () => assert.fail('no worker expected')
    const result = await runCli(['lint', 'desk', '-f', 'json'], { cwd, createWorker })
    assert.equal(JSON.parse(result.stdout).length, WORKER_THRESHOLD - 1)
  })
})
