import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { describe, test } from 'node:test'
import type { Worker } from 'node:worker_threads'
import { runInPool } from '../../server/src/cli/pool'
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

/** A stand-in worker that answers after a number of event-loop turns that depends on the task,
 * so that answers come back out of order. */
class FakeWorker extends EventEmitter {
  static inFlight = 0
  static maxInFlight = 0
  terminated = false

  postMessage(task: FileTask) {
    FakeWorker.inFlight++
    FakeWorker.maxInFlight = Math.max(FakeWorker.maxInFlight, FakeWorker.inFlight)
    let turns = (task.index * 7) % 5
    const answer = () => {
      if (turns-- > 0) return setImmediate(answer)
      FakeWorker.inFlight--
      const outcome: TaskOutcome = {
        index: task.index,
        kind: 'lint',
        report: { file: task.display, messages: [] },
      }
      this.emit('message', outcome)
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
    await runInPool(
      tasks(500),
      {
        createWorker: () => {
          const worker = new FakeWorker()
          workers.push(worker)
          return worker as unknown as Worker
        },
        workerCount: 3,
      },
      (outcome) => delivered.push(outcome.index),
    )
    assert.deepEqual(
      delivered,
      Array.from({ length: 500 }, (_, index) => index),
    )
    assert.equal(workers.length, 3)
    assert.ok(workers.every((worker) => worker.terminated))
    assert.ok(
      FakeWorker.maxInFlight <= 3 * 8,
      `at most 24 tasks out, saw ${FakeWorker.maxInFlight}`,
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
