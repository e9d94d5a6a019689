/**
 * Names varied per story: every first name and surname of the test corpus is replaced, the same
 * way throughout one story (so `Naomi Ferreira` … `Ferreira` stay one person), by a name drawn
 * from pools made of the corpus's first names and of surnames built from syllables. A long
 * document made of many stories thus has as many distinct people as a real archive would.
 */
import type { BenchLanguage, LanguageCorpus } from './corpus'
import type { Random } from './random'

const SURNAME_PARTS: Record<BenchLanguage, [string[], string[]]> = {
  fr: [
    ['Bel', 'Ber', 'Bou', 'Cha', 'Del', 'Dur', 'Fa', 'Gau', 'Lam', 'Mar', 'Mor', 'Pel', 'Ro'],
    ['and', 'ard', 'aud', 'eau', 'el', 'et', 'ier', 'in', 'on', 'ot', 'oux', 'ac', 'esse'],
  ],
  en: [
    ['Ash', 'Brad', 'Carl', 'Den', 'Ful', 'Hart', 'Kirk', 'Lang', 'Mor', 'Pem', 'Red', 'Stan'],
    ['ley', 'ton', 'wood', 'field', 'ford', 'by', 'well', 'son', 'man', 'er', 'ridge', 'worth'],
  ],
}

function builtSurnames(language: BenchLanguage): string[] {
  const [heads, tails] = SURNAME_PARTS[language]
  return heads.flatMap((head) => tails.map((tail) => head + tail))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface Renamer {
  /** The text with every known name replaced, consistently within this call. */
  renameStory(text: string): string
}

export function createRenamer(corpus: LanguageCorpus, random: Random): Renamer {
  const firstNames = new Set(corpus.firstNames)
  const surnamePool = [...corpus.surnames, ...builtSurnames(corpus.language)]
  // Longest first, so that `Berthier-Roux` is one name rather than `Berthier` and a rest.
  const known = [...corpus.firstNames, ...corpus.surnames].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}'’-])(?:${known.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}'’-])`,
    'gu',
  )
  return {
    renameStory(text) {
      const replacements = new Map<string, string>()
      return text.replace(pattern, (name) => {
        let replacement = replacements.get(name)
        if (replacement === undefined) {
          replacement = firstNames.has(name)
            ? random.pick(corpus.firstNames)
            : random.pick(surnamePool)
          replacements.set(name, replacement)
        }
        return replacement
      })
    },
  }
}
