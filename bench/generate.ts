/**
 * The bench corpus, made from the test corpus's paragraphs (shuffled, names varied, seeded so
 * every run and every machine gets the same text), written under bench/out/:
 * - `dispatches/NNNN-fr.dispatch`…: N wire-style dispatches, French and English alternately, a
 *   header with a date and a dateline, a lede and 3 to 8 paragraphs;
 * - `sizes/1kb.dispatch` … `sizes/10mb.dispatch`: single French documents made of successive
 *   stories (each with its own people), one header;
 * - `editor.dispatch`: a French dispatch of 1,500 words, for the editor latency.
 *
 * `node --import tsx bench/generate.ts [--count N] [--seed S]` writes them alone.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BenchLanguage, LANGUAGES, type LanguageCorpus, readLanguageCorpus } from './corpus'
import { createRenamer, type Renamer } from './names'
import { createRandom, type Random } from './random'

export const BENCH_ROOT = import.meta.dirname
export const REPO_ROOT = join(BENCH_ROOT, '..')
export const OUT_DIR = join(BENCH_ROOT, 'out')

export const SIZES = [
  { label: '1 KB', name: '1kb', bytes: 1024 },
  { label: '10 KB', name: '10kb', bytes: 10 * 1024 },
  { label: '100 KB', name: '100kb', bytes: 100 * 1024 },
  { label: '1 MB', name: '1mb', bytes: 1024 * 1024 },
  { label: '10 MB', name: '10mb', bytes: 10 * 1024 * 1024 },
] as const

export const EDITOR_WORDS = 1500

export interface GenerateOptions {
  count: number
  seed: number
  outDir?: string
  /** Only the single documents up to this size (all of them by default). */
  maxBytes?: number
}

export interface GeneratedCorpus {
  dispatches: string[]
  sizes: Array<{ label: string; path: string; bytes: number }>
  editor: { path: string; words: number }
}

/** Paragraphs dealt from a shuffled deck, reshuffled when it runs out: all are used evenly. */
class Deck {
  private cards: string[] = []

  constructor(
    private readonly items: readonly string[],
    private readonly random: Random,
  ) {}

  draw(): string {
    if (this.cards.length === 0) this.cards = this.random.shuffled(this.items)
    return this.cards.pop() as string
  }
}

interface Source {
  corpus: LanguageCorpus
  renamer: Renamer
  ledes: Deck
  paragraphs: Deck
}

function header(random: Random, corpus: LanguageCorpus): string {
  const year = 2020 + random.below(6)
  const month = String(1 + random.below(12)).padStart(2, '0')
  const day = String(1 + random.below(28)).padStart(2, '0')
  return `date ${year}-${month}-${day} ${random.pick(corpus.datelines)} | `
}

/** One story: a lede and `count` paragraphs, its people renamed. */
function story(source: Source, count: number): string[] {
  const paragraphs = [source.ledes.draw()]
  for (let index = 0; index < count; index++) paragraphs.push(source.paragraphs.draw())
  return source.renamer.renameStory(paragraphs.join('\n\n')).split('\n\n')
}

function dispatch(random: Random, source: Source): string {
  const [lede, ...body] = story(source, 3 + random.below(6))
  return `${header(random, source.corpus)}${[lede, ...body].join('\n\n')}\n`
}

/** A document of at least `bytes` bytes (UTF-8), stopping at the first paragraph past it. */
function longDocument(random: Random, source: Source, bytes: number): string {
  const parts = [header(random, source.corpus)]
  let size = Buffer.byteLength(parts[0])
  while (size < bytes) {
    for (const paragraph of story(source, 3 + random.below(6))) {
      const piece = parts.length === 1 ? paragraph : `\n\n${paragraph}`
      parts.push(piece)
      size += Buffer.byteLength(piece)
      if (size >= bytes) break
    }
  }
  return `${parts.join('')}\n`
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length
}

/** A dispatch of at least `words` words, one story (one set of people). */
function editorDocument(random: Random, source: Source, words: number): string {
  const paragraphs = [source.ledes.draw()]
  while (wordCount(paragraphs.join(' ')) < words) paragraphs.push(source.paragraphs.draw())
  return `${header(random, source.corpus)}${source.renamer.renameStory(paragraphs.join('\n\n'))}\n`
}

export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const outDir = options.outDir ?? OUT_DIR
  const random = createRandom(options.seed)
  const corpusRoot = join(REPO_ROOT, 'test', 'corpus')
  const sources = {} as Record<BenchLanguage, Source>
  for (const language of LANGUAGES) {
    const corpus = readLanguageCorpus(corpusRoot, language)
    sources[language] = {
      corpus,
      renamer: createRenamer(corpus, random),
      ledes: new Deck(corpus.ledes, random),
      paragraphs: new Deck(corpus.paragraphs, random),
    }
  }

  const dispatchDir = join(outDir, 'dispatches')
  rmSync(dispatchDir, { recursive: true, force: true })
  mkdirSync(dispatchDir, { recursive: true })
  const dispatches: string[] = []
  for (let index = 0; index < options.count; index++) {
    const language = LANGUAGES[index % LANGUAGES.length]
    const path = join(dispatchDir, `${String(index + 1).padStart(4, '0')}-${language}.dispatch`)
    writeFileSync(path, dispatch(random, sources[language]))
    dispatches.push(path)
  }

  const sizeDir = join(outDir, 'sizes')
  mkdirSync(sizeDir, { recursive: true })
  const wantedSizes = SIZES.filter((size) => size.bytes <= (options.maxBytes ?? Infinity))
  const sizes = wantedSizes.map((size) => {
    const path = join(sizeDir, `${size.name}.dispatch`)
    const text = longDocument(random, sources.fr, size.bytes)
    writeFileSync(path, text)
    return { label: size.label, path, bytes: Buffer.byteLength(text) }
  })

  const editorPath = join(outDir, 'editor.dispatch')
  const editorText = editorDocument(random, sources.fr, EDITOR_WORDS)
  writeFileSync(editorPath, editorText)
  return { dispatches, sizes, editor: { path: editorPath, words: wordCount(editorText) } }
}

function numberOption(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name)
  if (index < 0) return fallback
  const value = Number(args[index + 1])
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`generate: ${name} needs a whole number (got '${args[index + 1]}').\n`)
    process.exit(2)
  }
  return value
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2)
  const started = performance.now()
  const corpus = generateCorpus({
    count: numberOption(args, '--count', 2000),
    seed: numberOption(args, '--seed', 1),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(
    `${corpus.dispatches.length} dispatches, ${corpus.sizes.length} sizes and a ` +
      `${corpus.editor.words}-word dispatch written to bench/out/ in ${seconds} s\n`,
  )
}
