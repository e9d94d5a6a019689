/**
 * Catastrophic backtracking: every regular expression of the analysis (see patterns.ts) is run
 * over long adversarial inputs — runs of single characters, of the words the pattern is made
 * of, and of prefixes of what it matches in the corpus — and must scale linearly: the time at
 * 50,000 units is under 5 s and, when it is measurable at all (over 50 ms), less than 8 times
 * the time at 12,500 (a quadratic pattern gives 16, an exponential one never finishes).
 * Times are a generous bound, not a benchmark; the worst ones are printed.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import {
  type NamedPattern,
  REVIEWED_BUILDERS,
  ROOT,
  runtimePatterns,
  scanSources,
  unique,
} from './patterns'

const SCREEN_SIZE = 2_000
const SMALL = 12_500
const LARGE = 50_000

const CHAR_PUMPS = [
  ...[' ', '\n', '\r\n', '\t', '\u00a0', '\u202f', '\u2063'],
  ...['a', 'A', 'é', 'É', '1', 'ment', 'ly', 'ed'],
  ...['-', "'", '’', '.', ',', ';', ':', '«', '»', '"', '“', '[', ']', '@', '!', '|', '😀'],
]

/**
 * Patterns that are quadratic on some inputs, kept out of the run until fixed (each one is in
 * the report and in docs/guarantees.md): `where` names the pattern, `pumps` the inputs left out.
 */
// Both patterns once listed here (a white-space run in the English vague sources, a run of
// dots or apostrophes in a word's tail) were fixed; a new one must be fixed, not listed.
const KNOWN_QUADRATIC: Array<{ source: string; pumps: RegExp; why: string }> = []

function corpusSample(): string {
  const parts: string[] = []
  for (const language of ['fr', 'en']) {
    const folder = join(ROOT, 'test', 'corpus', language)
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.dispatch')) parts.push(readFileSync(join(folder, name), 'utf8'))
    }
  }
  return parts.join('\n\n')
}

const CORPUS = corpusSample()

function globalCopy(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`)
}

/** Words written in the pattern (escapes and classes left out), spread over the pattern. */
function wordsOf(pattern: RegExp, most = 10): string[] {
  const plain = pattern.source.replace(
    /\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\./g,
    ' ',
  )
  const words = [...new Set(plain.match(/[\p{L}'’-]+/gu) ?? [])]
  if (words.length <= most) return words
  const step = words.length / most
  return Array.from({ length: most }, (_, i) => words[Math.floor(i * step)])
}

/** Prefixes of what the pattern matches in the corpus: the input an attacker would repeat. */
function matchPrefixes(pattern: RegExp, most = 2): string[] {
  const prefixes: string[] = []
  const search = globalCopy(pattern)
  for (let m = search.exec(CORPUS); m && prefixes.length < most * 4; m = search.exec(CORPUS)) {
    if (m[0] === '') {
      advance(search, CORPUS, m.index)
      continue
    }
    if (m[0].length < 2) continue
    const found = m[0]
    prefixes.push(
      found,
      `${found} `,
      `${found.slice(0, -1)} `,
      found.slice(0, Math.ceil(found.length / 2)),
    )
  }
  return prefixes
}

function pumpsFor(pattern: RegExp): string[] {
  const words = wordsOf(pattern)
  const pumps = [...CHAR_PUMPS, ...words, ...words.map((w) => `${w} `), ...matchPrefixes(pattern)]
  const known = KNOWN_QUADRATIC.filter((k) => pattern.source.includes(k.source))
  return [...new Set(pumps)].filter((pump) => pump && !known.some((k) => k.pumps.test(pump)))
}

function input(pump: string, size: number): string {
  // A NUL at the end: the match must fail there, after the engine has tried everything before.
  return `${pump.repeat(Math.ceil(size / pump.length))}\u0000`
}

/** Past an empty match, by one character (a `u` pattern given half a pair would go back). */
function advance(scan: RegExp, text: string, index: number): void {
  scan.lastIndex = index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1)
}

/** The time of a full scan (every match, as `matchAll` or a `g` loop would do). */
function scanTime(pattern: RegExp, text: string): number {
  const scan = globalCopy(pattern)
  const started = performance.now()
  for (let m = scan.exec(text); m; m = scan.exec(text))
    if (m[0] === '') advance(scan, text, m.index)
  return performance.now() - started
}

interface Measure {
  where: string
  pump: string
  small: number
  large: number
}

function measure(named: NamedPattern): Measure {
  const pumps = pumpsFor(named.pattern)
  const screened = pumps
    .map((pump) => ({ pump, ms: scanTime(named.pattern, input(pump, SCREEN_SIZE)) }))
    .sort((a, b) => b.ms - a.ms)
  let worst: Measure = { where: named.where, pump: '', small: 0, large: 0 }
  for (const { pump } of screened.slice(0, 1)) {
    const small = scanTime(named.pattern, input(pump, SMALL))
    let large = scanTime(named.pattern, input(pump, LARGE))
    // A second look before calling it super-linear: a collection or a busy core is not a pattern.
    if (large > 50 && large / Math.max(small, 1) >= 8) {
      large = Math.min(large, scanTime(named.pattern, input(pump, LARGE)))
    }
    if (large > worst.large) worst = { where: named.where, pump, small, large }
  }
  return worst
}

describe('regular expressions of the analysis', () => {
  const scan = scanSources()

  test('patterns are built at run time only in the reviewed files', () => {
    const unreviewed = scan.builders.filter(
      (place) => !REVIEWED_BUILDERS.some((file) => place.startsWith(`${file}:`)),
    )
    assert.deepEqual(
      unreviewed,
      [],
      'a RegExp built at run time outside the reviewed files: add its patterns to runtimePatterns() in test/hardening/patterns.ts and the file to REVIEWED_BUILDERS',
    )
    assert.ok(scan.literals.length > 50, `${scan.literals.length} literals found`)
  })

  test('every pattern scales linearly on long adversarial input', { timeout: 300_000 }, () => {
    const patterns = unique([...scan.literals, ...runtimePatterns()])
    const started = performance.now()
    const results = patterns.map(measure)
    const slow = results.filter(
      (r) => r.large >= 5_000 || (r.large > 50 && r.large / Math.max(r.small, 1) >= 8),
    )
    const worst = [...results].sort((a, b) => b.large - a.large).slice(0, 8)
    console.log(
      `${patterns.length} distinct patterns (${scan.literals.length} literals, ` +
        `${runtimePatterns().length} built at run time) in ${Math.round(performance.now() - started)} ms; slowest at ${LARGE} units:`,
    )
    for (const r of worst) {
      console.log(
        `  ${r.where}: ${r.large.toFixed(1)} ms (${r.small.toFixed(1)} ms at ${SMALL}) repeating ${JSON.stringify(r.pump)}`,
      )
    }
    assert.deepEqual(
      slow.map(
        (r) =>
          `${r.where} repeating ${JSON.stringify(r.pump)}: ${Math.round(r.small)} ms → ${Math.round(r.large)} ms`,
      ),
      [],
    )
  })
})
