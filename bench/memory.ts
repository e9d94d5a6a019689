/**
 * (5) Memory: the language server's resident set after opening many dispatches (each one
 * analysed, as an editor showing them would ask for its diagnostics) and after closing them all.
 * A fresh server per round, started as the VS Code client starts it (the test harness passes
 * the client's Node options); the RSS is read from outside, as the operating system counts it.
 * Garbage is collected when V8 or the server sees fit, so the server is also loaded with a probe
 * (`gc-probe.cjs`) that runs a full collection on SIGUSR2 and reports the heap: what is still
 * held after closing, as opposed to garbage not yet collected.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DocumentDiagnosticRequest } from 'vscode-languageserver-protocol'
import { startTestServer, type TestClient } from '../test/lsp/harness'
import { atMost, type Figure } from './stats'

export interface MemoryOptions {
  files: string[]
  rounds: number
  /** After closing, how long to let the server settle before the last reading. */
  settleMs: number
}

const STATS_REQUEST = 'dispatch/stats'
const MB = 1024 * 1024
/** "Returns near the start": this bench reads it as within 10 MB of the start. */
const RETURNED_MB = 10

/** Resident set size of a process, in MB (Linux /proc, else `ps`). */
export function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]
    if (kilobytes) return (Number(kilobytes) * 1024) / MB
  } catch {
    // Not Linux: ask ps below.
  }
  const kilobytes = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })
  return (Number(kilobytes.trim()) * 1024) / MB
}

/** A round trip: every notification sent before it has been handled when it answers. */
async function openDocuments(client: TestClient): Promise<number> {
  const stats = (await client.connection.sendRequest(STATS_REQUEST, { uri: '' })) as {
    openDocuments: number
  }
  return stats.openDocuments
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

interface MemoryRound {
  start: number
  open: number
  closed: number
  settled: number
  startCollected: { rss: number; heap: number }
  closedCollected: { rss: number; heap: number }
}

/** Full collection in the server, then its memory usage (RSS and heap, in MB). */
function collectedMemory(client: TestClient): Promise<{ rss: number; heap: number }> {
  return new Promise((resolve) => {
    let received = ''
    const onData = (chunk: Buffer) => {
      received += String(chunk)
      const usage = /gc-probe (\{.*\})\n/.exec(received)?.[1]
      if (!usage) return
      client.child.stderr.off('data', onData)
      const { rss, heapUsed } = JSON.parse(usage) as { rss: number; heapUsed: number }
      resolve({ rss: rss / MB, heap: heapUsed / MB })
    }
    client.child.stderr.on('data', onData)
    client.child.kill('SIGUSR2')
  })
}

/** The server, with the garbage-collection probe loaded before it. */
async function startProbedServer(): Promise<TestClient> {
  const previous = process.env.NODE_OPTIONS
  const probe = `--require ${JSON.stringify(join(import.meta.dirname, 'gc-probe.cjs'))}`
  process.env.NODE_OPTIONS = previous ? `${previous} ${probe}` : probe
  try {
    return await startTestServer({ pull: true })
  } finally {
    if (previous === undefined) delete process.env.NODE_OPTIONS
    else process.env.NODE_OPTIONS = previous
  }
}

async function memoryRound(options: MemoryOptions, texts: string[]): Promise<MemoryRound> {
  const client = await startProbedServer()
  const pid = client.child.pid as number
  try {
    await openDocuments(client)
    const start = residentMb(pid)
    const startCollected = await collectedMemory(client)
    const uris = options.files.map((file) => pathToFileURL(file).href)
    for (const [index, uri] of uris.entries()) {
      await client.open(uri, texts[index])
      await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri },
      })
    }
    const opened = await openDocuments(client)
    if (opened !== uris.length) throw new Error(`${opened} documents open, not ${uris.length}`)
    const open = residentMb(pid)
    for (const uri of uris) await client.close(uri)
    if ((await openDocuments(client)) !== 0) throw new Error('documents still open after closing')
    const closed = residentMb(pid)
    // The server collects once closing is over (1 s later, then 5.5 s after that, see
    // `idleCollector.ts`), and V8 keeps its own schedule: give them the time they take.
    await delay(options.settleMs)
    const settled = residentMb(pid)
    const closedCollected = await collectedMemory(client)
    return { start, open, closed, settled, startCollected, closedCollected }
  } finally {
    await client.stop()
  }
}

export async function measureMemory(options: MemoryOptions): Promise<Figure[]> {
  const texts = options.files.map((file) => readFileSync(file, 'utf8'))
  const rounds: MemoryRound[] = []
  for (let round = 0; round < options.rounds; round++) {
    rounds.push(await memoryRound(options, texts))
  }
  const section = `Memory (language server RSS, ${options.files.length} dispatches)`
  const mb = (label: string, samples: number[], limit?: number): Figure => ({
    section,
    label,
    unit: 'MB',
    samples,
    goal: limit === undefined ? undefined : atMost(limit, 'MB'),
    digits: 0,
  })
  const settleSeconds = (options.settleMs / 1000).toFixed(0)
  const each = (pick: (round: MemoryRound) => number) => rounds.map(pick)
  return [
    mb(
      'at start (initialized, nothing open)',
      each((r) => r.start),
    ),
    mb(
      `after opening ${options.files.length}`,
      each((r) => r.open),
      150,
    ),
    mb(
      'right after closing them',
      each((r) => r.closed),
    ),
    mb(
      `after closing, ${settleSeconds} s later`,
      each((r) => r.settled),
    ),
    mb(
      'at start, after a full GC',
      each((r) => r.startCollected.rss),
    ),
    mb(
      'after closing, after a full GC',
      each((r) => r.closedCollected.rss),
    ),
    mb(
      'RSS after closing − at start (full GC)',
      each((r) => r.closedCollected.rss - r.startCollected.rss),
      RETURNED_MB,
    ),
    mb(
      'JS heap used at start, after a full GC',
      each((r) => r.startCollected.heap),
    ),
    mb(
      'JS heap used after closing, after a full GC',
      each((r) => r.closedCollected.heap),
    ),
    mb(
      'JS heap after closing − at start (full GC)',
      each((r) => r.closedCollected.heap - r.startCollected.heap),
      RETURNED_MB,
    ),
  ]
}
