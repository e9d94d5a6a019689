/**
 * (5) Memory: the language server's resident set after opening many dispatches (each one
 * analysed, as an editor showing them would ask for its diagnostics) and after closing them all.
 * A fresh server per round; the RSS is read from outside, as the operating system counts it.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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
}

async function memoryRound(options: MemoryOptions, texts: string[]): Promise<MemoryRound> {
  const client = await startTestServer({ pull: true })
  const pid = client.child.pid as number
  try {
    await openDocuments(client)
    const start = residentMb(pid)
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
    // Nothing asks the server to collect garbage: give its idle collector the time it takes.
    await delay(options.settleMs)
    const settled = residentMb(pid)
    return { start, open, closed, settled }
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
  return [
    mb(
      'at start (initialized, nothing open)',
      rounds.map((r) => r.start),
    ),
    mb(
      `after opening ${options.files.length}`,
      rounds.map((r) => r.open),
      150,
    ),
    mb(
      'right after closing them',
      rounds.map((r) => r.closed),
    ),
    mb(
      `after closing, ${settleSeconds} s later`,
      rounds.map((r) => r.settled),
    ),
    mb(
      'after closing − at start',
      rounds.map((r) => r.settled - r.start),
    ),
  ]
}
