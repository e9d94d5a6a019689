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

type TableName = 'titles' | 'pronouns' | 'determiners'

/** A word's entry in one of a lexicon's tables (`undefined` when absent; a title's gender
 * may be `null`), through the maps built once per lexicon. */
export function entryOf<T extends TableName>(
  lexicon: Lexicon,
  table: T,
  word: string,
): Lexicon[T][string] | undefined {
  const maps = lexicon.compiled?.maps
  if (maps) return (maps[table] as Map<string, Lexicon[T][string]>).get(word)
  return word in lexicon[table] ? (lexicon[table][word] as Lexicon[T][string]) : undefined
}

/** Whether a word is in one of a lexicon's tables (as `word in table`). */
export function hasEntry(lexicon: Lexicon, table: TableName, word: string): boolean {
  const maps = lexicon.compiled?.maps
  return maps ? maps[table].has(word) : word in lexicon[table]
}
