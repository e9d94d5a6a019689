/** Dispatches written for the LSP tests. */

/** Lines 1, 3, 5, 7, 9, 11, 13 (1-based). Marie Dupont says three quotations (lines 1, 7, 13:
 * by cue, by the pronoun `elle`, by annotation); lines 5 and 11 are quotations nobody says. */
export const SAMPLE = [
  "date 2024-03-12 Lyon | La maire de Lyon, Marie Dupont, a déclaré à l'AFP : «Nous ne céderons pas».",
  'La réunion a duré trois heures.',
  '«Personne ne viendra.»',
  '«Le dialogue reste ouvert», a-t-elle ajouté.',
  'Un responsable policier a indiqué que la manifestation était autorisée.',
  '«Tout est possible.»',
  '«Nous verrons» [@Marie Dupont], a-t-on appris.',
].join('\n\n')
