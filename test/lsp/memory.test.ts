/**
 * Memory after closing: every cache of a closed document is dropped, and once closing is over
 * the server collects (compacting first, then a plain collection that lets V8 shrink its young
 * generation). The collector's schedule is tested with fake timers and collections; over stdio,
 * the server started as the VS Code client starts it reports the collection it ran, and started
 * without `--expose-gc` it still drops every cache. No memory figure is asserted: the memory
 * bench measures them.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node'
import {
  type Collection,
  type Collectors,
  IdleCollector,
  MANY_CLOSED,
  type Timers,
} from '../../server/src/lsp/idleCollector'
import { STATS_REQUEST, type Stats } from '../../server/src/lsp/protocol'
import { startTestServer, type TestClient } from './harness'
import { SAMPLE } from './samples'

/** Timers that fire only when the test says so. */
class FakeTimers implements Timers {
  private next = 0
  readonly pending = new Map<number, { run: () => void; delayMs: number }>()

  set(run: () => void, delayMs: number): unknown {
    const id = this.next++
    this.pending.set(id, { run, delayMs })
    return id
  }

  clear(timer: unknown): void {
    this.pending.delete(timer as number)
  }

  /** The one pending timer's delay (there is never more than one). */
  delay(): number | undefined {
    assert.ok(this.pending.size <= 1, 'at most one pending timer')
    return [...this.pending.values()][0]?.delayMs
  }

  fire(): void {
    const [id, timer] = [...this.pending.entries()][0] ?? []
    assert.ok(id !== undefined && timer, 'a timer is pending')
    this.pending.delete(id)
    timer.run()
  }
}

function collector(open = 0) {
  const calls: string[] = []
  const collected: Collection[] = []
  const timers = new FakeTimers()
  const collectors: Collectors = {
    compacting: () => calls.push('compacting'),
    full: () => calls.push('full'),
  }
  const state = { open }
  const idle = new IdleCollector(
    collectors,
    () => state.open,
    (collection) => collected.push(collection),
    timers,
    { idle: 1000, shrink: 5500 },
  )
  return { idle, calls, collected, timers, state }
}

describe('idle collector', () => {
  test('closing the last document: a compacting collection, then a plain one', () => {
    const { idle, calls, collected, timers } = collector()
    idle.closed()
    idle.closed()
    assert.equal(timers.delay(), 1000)
    timers.fire()
    assert.deepEqual(calls, ['compacting'])
    assert.equal(timers.delay(), 5500)
    timers.fire()
    assert.deepEqual(calls, ['compacting', 'full'])
    assert.equal(collected.length, 1)
    assert.equal(idle.collections, 1)
    assert.equal(timers.delay(), undefined, 'nothing left to run')
  })

  test('an edit or an open before the first collection postpones it', () => {
    const { idle, calls, timers } = collector()
    idle.closed()
    idle.active()
    assert.equal(timers.delay(), 1000)
    assert.equal(timers.pending.size, 1)
    timers.fire()
    assert.deepEqual(calls, ['compacting'])
  })

  test('an edit between the two collections cancels the second', () => {
    const { idle, calls, collected, timers } = collector()
    idle.closed()
    timers.fire()
    idle.active()
    assert.equal(timers.delay(), undefined)
    assert.deepEqual(calls, ['compacting'])
    assert.equal(collected.length, 0)
  })

  test('editing with nothing closed schedules nothing', () => {
    const { idle, timers } = collector()
    idle.active()
    assert.equal(timers.delay(), undefined)
  })

  test('one document closed while others stay open: no collection', () => {
    const { idle, calls, timers } = collector(3)
    idle.closed()
    timers.fire()
    assert.deepEqual(calls, [])
    assert.equal(timers.delay(), undefined)
  })

  test(`${MANY_CLOSED} documents closed while others stay open: a collection`, () => {
    const { idle, calls, timers } = collector(3)
    for (let i = 0; i < MANY_CLOSED; i++) idle.closed()
    timers.fire()
    timers.fire()
    assert.deepEqual(calls, ['compacting', 'full'])
  })

  test('without gc (Node started without --expose-gc) nothing is scheduled', () => {
    const timers = new FakeTimers()
    const idle = new IdleCollector(
      null,
      () => 0,
      () => {},
      timers,
    )
    idle.closed()
    assert.equal(timers.delay(), undefined)
    assert.equal(idle.collections, 0)
  })
})

function stats(client: TestClient): Promise<Stats> {
  return client.connection.sendRequest(STATS_REQUEST, { uri: '' })
}

const URIS = ['a', 'b', 'c'].map((name) => `file:///memory/${name}.dispatch`)

async function openAnalysed(client: TestClient): Promise<void> {
  for (const uri of URIS) {
    await client.open(uri, SAMPLE)
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
  }
}

describe('memory after closing, over stdio', { timeout: 30_000 }, () => {
  test('closing every document drops every cache, then the server collects', async () => {
    const client = await startTestServer({ pull: true })
    await openAnalysed(client)
    assert.deepEqual(
      { ...(await stats(client)), analyses: 0, paragraphCacheSize: 0 },
      {
        analyses: 0,
        paragraphCacheSize: 0,
        openDocuments: 3,
        cachedDocuments: 3,
        idleCollections: 0,
        workspaceSpeakerFiles: 0,
        workspaceDiagnosticFiles: 0,
      },
    )
    for (const uri of URIS) await client.close(uri)
    const closed = await stats(client)
    assert.equal(closed.openDocuments, 0)
    assert.equal(closed.cachedDocuments, 0, 'no analysis, paragraph cache or count left')
    const log = await client.waitFor<{ message: string }>('window/logMessage', (params) =>
      params.message.startsWith('Documents closed: memory released'),
    )
    assert.match(log.message, /JS heap \d+ → \d+ MB/)
    assert.equal((await stats(client)).idleCollections, 1)
    // The server works as before afterwards.
    await openAnalysed(client)
    assert.equal((await stats(client)).cachedDocuments, 3)
    await client.stop()
  })

  test('started without --expose-gc, closing still drops every cache', async () => {
    const client = await startTestServer({ pull: true, nodeOptions: [] })
    await openAnalysed(client)
    assert.equal((await stats(client)).cachedDocuments, 3)
    for (const uri of URIS) await client.close(uri)
    const closed = await stats(client)
    assert.equal(closed.cachedDocuments, 0)
    assert.equal(closed.idleCollections, 0)
    await client.stop()
  })
})
