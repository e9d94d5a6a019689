/**
 * Every regular expression of the analysis, gathered for the backtracking test: the literals
 * written in its sources (found by parsing them, so a new one is checked without anyone adding
 * it here) and the patterns built at run time, taken from the objects that hold them (the
 * compiled lexicons and the cue matchers).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { createCueMatcher } from '../../server/src/analysis/attribute/cues'
import { lexiconFor } from '../../server/src/analysis/lexicon'

export const ROOT = join(import.meta.dirname, '..', '..')
export const ANALYSIS = join(ROOT, 'server', 'src', 'analysis')

export interface NamedPattern {
  /** Where it comes from: `parse/header.ts:16` or `lexicon fr vagueSources`. */
  where: string
  pattern: RegExp
}

/**
 * Files allowed to build patterns at run time (`new RegExp`, `RegExp(…)`): every pattern they
 * build ends up in a lexicon or a cue matcher, which `runtimePatterns` walks. A construction
 * anywhere else fails the inventory test until its patterns are added to `runtimePatterns` and
 * the file to this reviewed list.
 */
export const REVIEWED_BUILDERS = [
  'attribute/cues.ts',
  'lexicon/en.ts',
  'lexicon/fr.ts',
  'lexicon/index.ts',
]

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

export interface SourceScan {
  literals: NamedPattern[]
  /** `file:line` of every `new RegExp(…)` or `RegExp(…)` call. */
  builders: string[]
}

/** Every regular expression literal and every run-time construction in the analysis sources. */
export function scanSources(): SourceScan {
  const literals: NamedPattern[] = []
  const builders: string[] = []
  for (const path of sourceFiles(ANALYSIS)) {
    const name = relative(ANALYSIS, path).replaceAll('\\', '/')
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest)
    const lineOf = (node: ts.Node) =>
      source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const slash = text.lastIndexOf('/')
        literals.push({
          where: `${name}:${lineOf(node)}`,
          pattern: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
        })
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        builders.push(`${name}:${lineOf(node)}`)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { literals, builders }
}

/** Every RegExp reachable from `value` (objects, arrays, maps' values), named by its path. */
function collect(value: unknown, path: string, into: NamedPattern[], seen: Set<unknown>): void {
  if (value instanceof RegExp) {
    into.push({ where: path, pattern: value })
    return
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  if (value instanceof Set) return
  if (value instanceof Map) {
    for (const [key, item] of value) collect(item, `${path}.${String(key)}`, into, seen)
    return
  }
  for (const [key, item] of Object.entries(value)) collect(item, `${path}.${key}`, into, seen)
}

/** The patterns the lexicons and cue matchers hold, as the analysis compiles them. */
export function runtimePatterns(): NamedPattern[] {
  const patterns: NamedPattern[] = []
  for (const language of ['fr', 'en'] as const) {
    const lexicon = lexiconFor(language)
    collect(lexicon, `lexicon ${language}`, patterns, new Set())
    collect(createCueMatcher(lexicon), `cue matcher ${language}`, patterns, new Set())
    collect(
      createCueMatcher(lexicon, ['a tonné', 'thundered', 'a dit (encore)']),
      `cue matcher ${language} with extra verbs`,
      patterns,
      new Set(),
    )
  }
  return patterns
}

/** Patterns with the same source and flags are one. */
export function unique(patterns: NamedPattern[]): NamedPattern[] {
  const byKey = new Map<string, NamedPattern>()
  for (const named of patterns) {
    const key = `${named.pattern.flags}/${named.pattern.source}`
    if (!byKey.has(key)) byKey.set(key, named)
  }
  return [...byKey.values()]
}
