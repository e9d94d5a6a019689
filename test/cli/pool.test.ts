import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { describe, test } from 'node:test'
import type { Worker } from 'node:worker_threads'
import { poolWindow, runInPool } from '../../server/src/cli/pool'
import type { FileTask, TaskOutcome } from '../../server/src/cli/tasks'

function tasks(count: number): FileTask[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    command: 'lint',
    path: `/news/${index}.dispatch`,
    display: `${index}.dispatch`,
    settings: {},
  }))
}

/** A stand-in worker that answers each batch after a number of event-loop turns that depends
 * on its tasks, so that answers come back out of order. */
class FakeWorker extends EventEmitter {
  static inFlight = 0
  static maxInFlight = 0
  static batches = 0
  terminated = false

  postMessage(batch: FileTask[]) {
    FakeWorker.batches++
    FakeWorker.inFlight += batch.length
    FakeWorker.maxInFlight = Math.max(FakeWorker.maxInFlight, FakeWorker.inFlight)
    let turns = (batch[0].index * 7) % 5
    const answer = () => {
      if (turns-- > 0) return setImmediate(answer)
      FakeWorker.inFlight -= batch.length
      const outcomes: TaskOutcome[] = batch.map((task) => ({
        index: task.index,
        kind: 'lint',
        report: { file: task.display, messages: [] },
      }))
      this.emit('message', outcomes)
    }
    setImmediate(answer)
  }

  async terminate() {
    this.terminated = true
    return 0
  }
}

describe('runInPool', () => {
  test('delivers every outcome once, in input order, with a bounded number out at once', async () => {
    const workers: FakeWorker[] = []
    const delivered: number[] = []
    FakeWorker.maxInFlight = 0
    FakeWorker.batches = 0
    await runInPool(
      tasks(500),
      {
        createWorker: () => {
          const worker = new FakeWorker()
          workers.push(worker)
          return worker as unknown as Worker
        },
        workerCount: 3,
        batchSize: 8,
      },
      (outcome) => delivered.push(outcome.index),
    )
    assert.deepEqual(
      delivered,
      Array.from({ length: 500 }, (_, index) => index),
    )
    assert.equal(workers.length, 3)
    assert.ok(workers.every((worker) => worker.terminated))
    const window = poolWindow(3, 8)
    assert.ok(
      FakeWorker.maxInFlight <= window,
      `at most ${window} tasks out, saw ${FakeWorker.maxInFlight}`,
    )
    // Several files per message, fewer near the end so that no worker is left with a long one.
    assert.ok(FakeWorker.batches < 500 / 4, `${FakeWorker.batches} messages for 500 tasks`)
  })

  test('this thread takes tasks too when it can run them, in the same order', async () => {
    const delivered: number[] = []
    const ranHere: number[] = []
    let outHere = 0
    FakeWorker.batches = 0
    await runInPool(
      tasks(300),
      {
        createWorker: () => new FakeWorker() as unknown as Worker,
        workerCount: 1,
        batchSize: 4,
        runHere: async (task) => {
          outHere++
          assert.equal(outHere, 1, 'one task at a time here')
          await new Promise((resolve) => setImmediate(resolve))
          outHere--
          ranHere.push(task.index)
          return { index: task.index, kind: 'lint', report: { file: task.display, messages: [] } }
        },
      },
      (outcome) => delivered.push(outcome.index),
    )
    assert.deepEqual(
      delivered,
      Array.from({ length: 300 }, (_, index) => index),
    )
    assert.ok(ranHere.length > 0 && ranHere.length < 300, `${ranHere.length} tasks here`)
    assert.ok(FakeWorker.batches > 0)
  })

  test('with no worker, every task runs here', async () => {
    const delivered: number[] = []
    await runInPool(
      tasks(40),
      {
        createWorker: () => assert.fail('no worker expected'),
        workerCount: 0,
        runHere: async (task) => ({
          index: task.index,
          kind: 'lint',
          report: { file: task.display, messages: [] },
        }),
      },
      (outcome) => delivered.push(outcome.index),
    )
    assert.deepEqual(
      delivered,
      Array.from({ length: 40 }, (_, index) => index),
    )
  })

  test('a task failing on this thread fails the run', async () => {
    await assert.rejects(
      runInPool(
        tasks(50),
        {
          createWorker: () => new FakeWorker() as unknown as Worker,
          workerCount: 1,
          runHere: async () => {
            throw new Error('internal')
          },
        },
        () => {},
      ),
      /internal/,
    )
  })

  test('starts no more workers than tasks, and none for no task', async () => {
    let started = 0
    const createWorker = () => {
      started++
      return new FakeWorker() as unknown as Worker
    }
    await runInPool([], { createWorker, workerCount: 4 }, () => {})
    assert.equal(started, 0)
    await runInPool(tasks(2), { createWorker, workerCount: 4 }, () => {})
    assert.equal(started, 2)
  })

  test('a crashing worker fails the run instead of hanging it', async () => {
    const createWorker = () => {
      const worker = new FakeWorker()
      worker.postMessage = () => {
        setImmediate(() => worker.emit('error', new Error('out of memory')))
      }
      return worker as unknown as Worker
    }
    await assert.rejects(
      runInPool(tasks(3), { createWorker, workerCount: 1 }, () => {}),
      /out of memory/,
    )
  })
})
