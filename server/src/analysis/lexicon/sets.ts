import type { Lexicon } from './types'

type ListName =
  | 'roleNouns'
  | 'uniqueRoles'
  | 'organizationNouns'
  | 'organizationNameWords'
  | 'documentNouns'
  | 'preNominal'
  | 'adverbialStarts'
  | 'relatives'

/** Whether a word is in one of a lexicon's word lists (as a set, built once). */
export function isIn(lexicon: Lexicon, list: ListName, word: string): boolean {
  const sets = lexicon.compiled?.sets
  return sets ? sets[list].has(word) : lexicon[list].includes(word)
}
