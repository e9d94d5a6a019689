/**
 * Speakers: one per entity, merged across its mentions (name, role in apposition, surname,
 * pronoun, description, annotation), with a kind, a role, a gender and every mention in text
 * order; ids are slugs of the canonical name; speakers nothing is attributed to are dropped.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Speaker } from '../../server/src/analysis'
import { analyzeText, assertSpansMatchText } from './helpers'

function speakers(text: string, language: 'fr' | 'en' = 'fr'): Speaker[] {
  const analysis = analyzeText(text, { language })
  assertSpansMatchText(analysis)
  return analysis.data.speakers
}

function kinds(text: string, language: 'fr' | 'en' = 'fr') {
  return speakers(text, language).map((s) => [s.name, s.kind])
}

describe('merging', () => {
  test('name, role in apposition, surname and pronoun make one speaker', () => {
    const text =
      'Paul Martin, secrétaire général du syndicat, a dit que la grève continuerait. «Jamais», a répété M. Martin. «Nous tiendrons», a-t-il ajouté.'
    const [speaker, ...others] = speakers(text)
    assert.deepEqual(others, [])
    assert.deepEqual(
      { ...speaker, mentions: speaker.mentions.map((m) => [m.kind, m.text]) },
      {
        id: 'paul-martin',
        name: 'Paul Martin',
        kind: 'person',
        role: 'secrétaire général du syndicat',
        gender: 'm',
        plural: false,
        anonymityReason: null,
        mentions: [
          ['name', 'Paul Martin'],
          ['description', 'secrétaire général du syndicat'],
          ['name', 'M. Martin'],
          ['pronoun', 'il'],
        ],
      },
    )
  })

  test('an anonymous official and its later definite description, with the reason', () => {
    const text =
      'Un responsable policier ayant requis l’anonymat a indiqué que le suspect avait fui. Le responsable a ajouté qu’il était armé.'
    const [speaker, ...others] = speakers(text)
    assert.deepEqual(others, [])
    assert.equal(speaker.id, 'un-responsable-policier')
    assert.equal(speaker.name, 'un responsable policier')
    assert.equal(speaker.kind, 'anonymous')
    assert.equal(speaker.anonymityReason?.text, 'ayant requis l’anonymat')
    assert.deepEqual(
      speaker.mentions.map((m) => [m.kind, m.text]),
      [
        ['description', 'Un responsable policier'],
        ['description', 'Le responsable'],
      ],
    )
  })

  test('a name after its role in apposition: the name is canonical', () => {
    const text =
      '«Ils ont reculé», a déclaré à l’AFP le porte-parole du ministère, Tariq Arian. «Nous restons prudents», a dit M. Arian.'
    const [speaker] = speakers(text)
    assert.deepEqual(
      [speaker.id, speaker.name, speaker.kind, speaker.role],
      ['tariq-arian', 'Tariq Arian', 'person', 'le porte-parole du ministère'],
    )
    assert.deepEqual(
      speaker.mentions.map((m) => [m.kind, m.text]),
      [
        ['description', 'le porte-parole du ministère'],
        ['name', 'Tariq Arian'],
        ['name', 'M. Arian'],
      ],
    )
  })

  test('two people sharing a surname stay two speakers', () => {
    const text =
      'Jean Dupont a dit que la grève continuait. Marie Dupont a dit que la grève était finie.'
    assert.deepEqual(
      speakers(text).map((s) => [s.id, s.name, s.gender]),
      [
        ['jean-dupont', 'Jean Dupont', 'm'],
        ['marie-dupont', 'Marie Dupont', 'f'],
      ],
    )
  })

  test('a speaker named only by an annotation, and one named in the text, merge', () => {
    const text = '«Nous partons», a dit Paul Martin. «Demain» [@Paul Martin].'
    const [speaker, ...others] = speakers(text)
    assert.deepEqual(others, [])
    assert.deepEqual(
      speaker.mentions.map((m) => [m.kind, m.text]),
      [
        ['name', 'Paul Martin'],
        ['annotation', 'Paul Martin'],
      ],
    )
  })

  test('English: Ms. Chen, she and the role are mentions of Laura Chen', () => {
    const text =
      'Laura Chen, the mayor of Springfield, said on Monday that the strike was over. “It is done,” Ms. Chen said. “Go home,” she added.'
    const [speaker, ...others] = speakers(text, 'en')
    assert.deepEqual(others, [])
    assert.deepEqual(
      [speaker.id, speaker.name, speaker.kind, speaker.role, speaker.gender],
      ['laura-chen', 'Laura Chen', 'person', 'the mayor of Springfield', 'f'],
    )
    assert.deepEqual(
      speaker.mentions.map((m) => m.kind),
      ['name', 'description', 'name', 'pronoun'],
    )
  })

  test('a person mentioned but never quoted is not a speaker', () => {
    const text = 'Le maire Jean Morel est arrivé. La police a annoncé un bouclage.'
    assert.deepEqual(kinds(text), [['la police', 'organization']])
  })
})

describe('kinds', () => {
  test('French: person, anonymous, group, organization, document', () => {
    const text =
      'Le préfet Jean Morel a dit que la situation était sous contrôle. Un témoin, sous couvert d’anonymat, a raconté que la foule était calme. Plusieurs habitants ont affirmé que l’eau montait. Le ministère de l’Intérieur a annoncé un couvre-feu. Le rapport affirme que tout va bien.'
    assert.deepEqual(kinds(text), [
      ['Jean Morel', 'person'],
      ['un témoin', 'anonymous'],
      ['plusieurs habitants', 'group'],
      ['le ministère de l’Intérieur', 'organization'],
      ['le rapport', 'document'],
    ])
  })

  test('English: person, anonymous, group, organization, document', () => {
    const text =
      'Mayor Laura Chen said the situation was under control. A witness, who asked not to be named, said the crowd was calm. Several residents said the water was rising. The Interior Ministry announced a curfew. The report says pollution has doubled.'
    assert.deepEqual(kinds(text, 'en'), [
      ['Laura Chen', 'person'],
      ['a witness', 'anonymous'],
      ['several residents', 'group'],
      ['the Interior Ministry', 'organization'],
      ['the report', 'document'],
    ])
  })

  test('a plural noun phrase of people is a plural group', () => {
    const [speaker] = speakers('Les manifestants ont scandé que la réforme devait tomber.')
    assert.deepEqual(
      [speaker.name, speaker.kind, speaker.plural],
      ['les manifestants', 'group', true],
    )
  })

  test('ids are slugs of the name without accents', () => {
    const text =
      'Le ministère afghan de l’Intérieur a affirmé que la frontière était calme. Hélène Gaëlle Müller a dit que non.'
    assert.deepEqual(
      speakers(text).map((s) => s.id),
      ['le-ministere-afghan-de-l-interieur', 'helene-gaelle-muller'],
    )
  })
})
