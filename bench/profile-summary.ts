/**
 * Reads a `.cpuprofile` written by `node --cpu-prof` and prints where the time went: self and
 * total time per function, with the TypeScript file and line when the profiled script is a
 * bundle with a source map beside it (`dist/cli.js.map`, `dist/server.js.map`).
 *
 *   node --cpu-prof --cpu-prof-dir=prof dist/cli.js lint bench/out/sizes/1mb.dispatch
 *   node --import tsx bench/profile-summary.ts prof/*.cpuprofile [--top 25]
 */
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface FunctionTime {
  where: string
  name: string
  selfMs: number
  totalMs: number
}

const REPO_ROOT = new URL('..', import.meta.url)
const maps = new Map<string, SourceMap | null>()

function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null
    if (url.startsWith('file://')) {
      const mapPath = `${fileURLToPath(url)}.map`
      if (existsSync(mapPath)) map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')))
    }
    maps.set(url, map)
  }
  return maps.get(url) ?? null
}

function shortPath(pathOrUrl: string): string {
  const path = pathOrUrl.startsWith('file://') ? fileURLToPath(pathOrUrl) : pathOrUrl
  const fromRepo = relative(fileURLToPath(REPO_ROOT), path)
  return fromRepo.startsWith('..') ? path : fromRepo
}

/** `server/src/analysis/attribute/cues.ts:120` for a frame of a mapped bundle. */
function whereOf(frame: CallFrame): string {
  if (!frame.url) return '(native)'
  const map = sourceMapOf(frame.url)
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber)
  if (entry && 'originalSource' in entry && entry.originalSource) {
    // Sources are relative to the bundle's folder (`../server/src/…`), or already URLs.
    const source = entry.originalSource.startsWith('file://')
      ? entry.originalSource
      : resolve(dirname(fileURLToPath(frame.url)), entry.originalSource)
    return `${shortPath(source)}:${entry.originalLine + 1}`
  }
  return `${shortPath(frame.url)}:${frame.lineNumber + 1}`
}

export function summarizeProfile(profile: CpuProfile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id)
  }
  const keys = new Map<number, string>()
  const rows = new Map<string, FunctionTime>()
  const keyOf = (id: number): string => {
    let key = keys.get(id)
    if (key === undefined) {
      const frame = (byId.get(id) as ProfileNode).callFrame
      const where = whereOf(frame)
      const name = frame.functionName || '(anonymous)'
      key = `${name} ${where}`
      keys.set(id, key)
      if (!rows.has(key)) rows.set(key, { where, name, selfMs: 0, totalMs: 0 })
    }
    return key
  }
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000
    ;(rows.get(keyOf(id)) as FunctionTime).selfMs += ms
    // A function counts once per sample in total time, however deep its recursion.
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(at)
      if (seen.has(key)) continue
      seen.add(key)
      ;(rows.get(key) as FunctionTime).totalMs += ms
    }
  })
  return [...rows.values()]
}

function table(rows: FunctionTime[], field: 'selfMs' | 'totalMs', top: number, all: number) {
  const lines = [...rows]
    .sort((a, b) => b[field] - a[field])
    .filter((row) => !row.name.startsWith('('))
    .slice(0, top)
    .map((row) => {
      const share = ((100 * row[field]) / all).toFixed(1).padStart(5)
      return `${share}%  ${row[field].toFixed(0).padStart(7)} ms  ${row.name}  ${row.where}`
    })
  return lines.join('\n')
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2)
  const topIndex = args.indexOf('--top')
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25
  const files = args.filter((arg, index) => arg !== '--top' && index !== topIndex + 1)
  if (files.length === 0) {
    process.stderr.write('Usage: profile-summary <file.cpuprofile>... [--top N]\n')
    process.exit(2)
  }
  for (const file of files) {
    let profile: CpuProfile
    try {
      profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
    } catch (error) {
      process.stderr.write(`profile-summary: cannot read ${file}: ${(error as Error).message}\n`)
      process.exit(2)
    }
    const rows = summarizeProfile(profile)
    const all = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000
    process.stdout.write(`${file}: ${all.toFixed(0)} ms sampled\n`)
    process.stdout.write(`self time:\n${table(rows, 'selfMs', top, all)}\n`)
    process.stdout.write(`total time:\n${table(rows, 'totalMs', top, all)}\n\n`)
  }
}
