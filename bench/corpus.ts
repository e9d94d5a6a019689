/**
 * The material of the generated corpus, read from the test corpus: per language, the ledes, the
 * other paragraphs, the datelines, and the people's first names and surnames (from the gold
 * files' aliases: `Naomi Ferreira` beside `Ferreira` gives one of each).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type BenchLanguage = 'fr' | 'en'
export const LANGUAGES: readonly BenchLanguage[] = ['fr', 'en']

export interface LanguageCorpus {
  language: BenchLanguage
  /** First paragraphs, without their header. */
  ledes: string[]
  /** Every other paragraph. */
  paragraphs: string[]
  datelines: string[]
  firstNames: string[]
  surnames: string[]
}

const HEADER = /^\s*date\s+\d{4}(?:-\d{2}){0,2}\s+(.+?)\s*\|\s*/
/** Words before a first name that are not part of it (`Judge Harriet Okafor`, `Mme Corbière`). */
const TITLES = new Set(
  ['M.', 'Mme', 'Me', 'Dr', 'Dr.', 'Pr', 'Mr.', 'Ms.', 'Mrs.', 'Judge', 'Governor', 'Mayor'].concat(
    ['Professor', 'Senator', 'Sheriff', 'President', 'Minister', 'Colonel', 'General', 'Sir'],
  ),
)
/** A name: capitalised words, with hyphens or apostrophes inside (`Berthier-Roux`, `Le Goff`). */
const NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*$/u

interface GoldFile {
  speakers?: Array<{ kind?: string; aliases?: string[] }>
}

/** First names and surnames of the people of one gold file. */
function namesOfGold(gold: GoldFile, firstNames: Set<string>, surnames: Set<string>): void {
  for (const speaker of gold.speakers ?? []) {
    if (speaker.kind !== 'person') continue
    const aliases = (speaker.aliases ?? []).filter((alias) => NAME.test(alias))
    for (const surname of aliases) {
      for (const full of aliases) {
        if (!full.endsWith(` ${surname}`)) continue
        const first = full.slice(0, -surname.length - 1)
        if (first.includes(' ') || TITLES.has(first)) continue
        firstNames.add(first)
        surnames.add(surname)
      }
    }
  }
}

function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
}

export function readLanguageCorpus(corpusRoot: string, language: BenchLanguage): LanguageCorpus {
  const folder = join(corpusRoot, language)
  const corpus: LanguageCorpus = {
    language,
    ledes: [],
    paragraphs: [],
    datelines: [],
    firstNames: [],
    surnames: [],
  }
  const firstNames = new Set<string>()
  const surnames = new Set<string>()
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    if (name.endsWith('.gold.json')) {
      namesOfGold(JSON.parse(readFileSync(path, 'utf8')) as GoldFile, firstNames, surnames)
      continue
    }
    if (!name.endsWith('.dispatch')) continue
    const [first, ...rest] = paragraphsOf(readFileSync(path, 'utf8'))
    if (first === undefined) continue
    const header = HEADER.exec(first)
    if (header) corpus.datelines.push(header[1])
    corpus.ledes.push(header ? first.slice(header[0].length) : first)
    corpus.paragraphs.push(...rest)
  }
  corpus.firstNames = [...firstNames].sort()
  corpus.surnames = [...surnames].sort()
  return corpus
}
