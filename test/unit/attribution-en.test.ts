/**
 * The attribution sieves on small English texts: cue, inverted cue, `according to`, pronouns
 * (with gender and number), descriptions, surnames, adjacent quotations and annotations.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertSpansMatchText, viewAttributions } from './helpers'

function attributions(text: string) {
  const analysis = analyzeText(text, { language: 'en' })
  assertSpansMatchText(analysis)
  return { analysis, views: viewAttributions(analysis) }
}

function rows(text: string) {
  return attributions(text).views.map((v) => [v.kind, v.speaker, v.source, v.cue, v.method])
}

describe('English: cue in the sentence, subject before it', () => {
  test('a name with its role in apposition, and a colon before the quotation', () => {
    const text = 'Laura Chen, the mayor of Springfield, said: “We will not give up.”'
    const { analysis, views } = attributions(text)
    assert.deepEqual(views, [
      {
        kind: 'quote',
        text: 'We will not give up.',
        speaker: 'Laura Chen',
        source: 'Laura Chen',
        cue: 'said',
        medium: null,
        method: 'cue',
      },
    ])
    assert.equal(analysis.data.speakers[0].role, 'the mayor of Springfield')
  })

  test('told reporters: the medium of a claim', () => {
    const text = 'Laura Chen told reporters the strike would continue.'
    assert.deepEqual(attributions(text).views, [
      {
        kind: 'claim',
        text,
        speaker: 'Laura Chen',
        source: 'Laura Chen',
        cue: 'told',
        medium: 'reporters',
        method: 'cue',
      },
    ])
  })

  test('a title before the name is the role', () => {
    const text = 'Health Minister Anne Roy announced a plan.'
    const { analysis, views } = attributions(text)
    assert.deepEqual(
      views.map((v) => [v.speaker, v.source, v.cue, v.method]),
      [['Anne Roy', 'Health Minister Anne Roy', 'announced', 'cue']],
    )
    assert.equal(analysis.data.speakers[0].role, 'Health Minister')
  })
})

describe('English: inverted cue', () => {
  test('"…," said X and "…," X said; straight quotes too', () => {
    assert.deepEqual(rows('“We will not give up,” said Laura Chen.'), [
      ['quote', 'Laura Chen', 'Laura Chen', 'said', 'inverted'],
    ])
    assert.deepEqual(rows('“We will not give up,” Laura Chen said.'), [
      ['quote', 'Laura Chen', 'Laura Chen', 'said', 'inverted'],
    ])
    assert.deepEqual(rows('He is 6\'2" tall. "We won," said John Smith.'), [
      ['quote', 'John Smith', 'John Smith', 'said', 'inverted'],
    ])
  })

  test('"…," X told reporters', () => {
    const text = '“We will not give up,” Laura Chen told reporters on Monday.'
    assert.deepEqual(attributions(text).views, [
      {
        kind: 'quote',
        text: 'We will not give up,',
        speaker: 'Laura Chen',
        source: 'Laura Chen',
        cue: 'told',
        medium: 'reporters',
        method: 'inverted',
      },
    ])
  })
})

describe('English: according to', () => {
  test('According to X, "…"', () => {
    assert.deepEqual(attributions('According to Laura Chen, “nothing is decided.”').views, [
      {
        kind: 'quote',
        text: 'nothing is decided.',
        speaker: 'Laura Chen',
        source: 'Laura Chen',
        cue: 'According to',
        medium: null,
        method: 'selon',
      },
    ])
  })
})

describe('English: pronouns', () => {
  test('she and he go to the speaker of their gender', () => {
    const text =
      'Laura Chen and Tom Baker met on Monday. “Nothing is decided,” she said. “Everything is,” he replied.'
    assert.deepEqual(rows(text), [
      ['quote', 'Laura Chen', 'she', 'said', 'pronoun'],
      ['quote', 'Tom Baker', 'he', 'replied', 'pronoun'],
    ])
    const antecedents = analyzeText(text).data.attributions.map((a) => a.antecedent?.text)
    assert.deepEqual(antecedents, ['Laura Chen', 'Tom Baker'])
  })

  test('it goes to an institution', () => {
    const text = 'The union said the strike would go on. “We will not back down,” it said.'
    assert.deepEqual(rows(text), [
      ['claim', 'the union', 'The union', 'said', 'cue'],
      ['quote', 'the union', 'it', 'said', 'pronoun'],
    ])
  })

  test('they goes to a group', () => {
    const text = 'Several residents said the water was rising. “It came so fast,” they said.'
    assert.deepEqual(rows(text), [
      ['claim', 'several residents', 'Several residents', 'said', 'cue'],
      ['quote', 'several residents', 'they', 'said', 'pronoun'],
    ])
  })
})

describe('English: descriptions and surnames', () => {
  test('the official → the earlier anonymous senior official', () => {
    const text =
      'A senior official, speaking on condition of anonymity, said that the talks had failed. “There is nothing left,” the official said.'
    assert.deepEqual(rows(text), [
      ['claim', 'a senior official', 'A senior official', 'said', 'cue'],
      ['quote', 'a senior official', 'the official', 'said', 'description'],
    ])
  })

  test('the minister → the minister named earlier', () => {
    const text = 'Health Minister Anne Roy announced a plan. “We must act,” the minister said.'
    assert.deepEqual(rows(text), [
      ['claim', 'Anne Roy', 'Health Minister Anne Roy', 'announced', 'cue'],
      ['quote', 'Anne Roy', 'the minister', 'said', 'description'],
    ])
  })

  test('Baker → Tom Baker, in a quotation and in a claim', () => {
    const text =
      'The union called a strike. “We will go all the way,” said Tom Baker, the union’s general secretary. “Never,” Baker added. Baker said that the vote was clear.'
    assert.deepEqual(rows(text), [
      ['claim', 'the union', 'The union', 'called', 'cue'],
      ['quote', 'Tom Baker', 'Tom Baker', 'said', 'inverted'],
      ['quote', 'Tom Baker', 'Baker', 'added', 'surname'],
      ['claim', 'Tom Baker', 'Baker', 'said', 'surname'],
    ])
  })
})

describe('English: an aside between the subject and its verb', () => {
  test('a relative clause with its own `because` is no clause start', () => {
    const text =
      'A state environmental official, who asked not to be named because he was not authorized to discuss the case, said the plant had failed two inspections.'
    assert.deepEqual(rows(text), [
      ['claim', 'a state environmental official', 'A state environmental official', 'said', 'cue'],
    ])
  })
})

describe('English: a gender guessed from a first name', () => {
  test('gives way when the latest person is the only one the pronoun can mean', () => {
    const text =
      '“We can hear them,” Chanda Mwale, head of operations, told reporters. Mwale said drilling could take 36 hours. “Every hour counts,” he added.'
    assert.deepEqual(
      rows(text).filter((row) => row[0] === 'quote'),
      [
        ['quote', 'Chanda Mwale', 'Chanda Mwale', 'told', 'inverted'],
        ['quote', 'Chanda Mwale', 'he', 'added', 'pronoun'],
      ],
    )
  })

  test('a surname with an age is no first name alone: Warren Tull, 61,', () => {
    const { analysis } = attributions(
      'Chief executive Warren Tull, 61, resigned hours before the seizure. “We failed,” Tull said.',
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.role]),
      [['Warren Tull', 'Chief executive']],
    )
  })

  test('a company name is an organization, never the antecedent of `he`', () => {
    const { analysis } = attributions(
      'Nkana Deep Mining, a subsidiary of Boreal Metals, said the men were alive.',
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.kind]),
      [['Nkana Deep Mining', 'organization']],
    )
  })
})

describe('English: people named in the middle of a sentence', () => {
  test('a surname finds them; `he` prefers a speaker named just before to an older one', () => {
    const text =
      'Halden City agreed a fee with Vilanova for striker Joaquín Arrieta, the club announced. Vilanova president Ernesto Salcedo said the club had turned down two offers. “I gave everything for this shirt,” Arrieta told radio station Onda Norte. He said he had spoken to the coach “almost every week.”'
    assert.deepEqual(
      rows(text).filter((row) => row[0] === 'quote'),
      [
        ['quote', 'Joaquín Arrieta', 'Arrieta', 'told', 'surname'],
        ['quote', 'Joaquín Arrieta', 'He', 'said', 'pronoun'],
      ],
    )
  })
})

describe('English: openers, adverbs and names in asides', () => {
  test('Asked about X, Kroll said: “…” — the opening participle is no cue and makes no claim', () => {
    assert.deepEqual(rows('Asked about the rumours, Kroll said: "We are looking at options."'), [
      ['quote', 'Kroll', 'Kroll', 'said', 'cue'],
    ])
  })

  test('“…,” she once told an interviewer: the adverb is not part of the subject', () => {
    const text =
      'Mira Ellery said she loved the role. “Nobody remembers,” she once told an interviewer.'
    assert.deepEqual(
      rows(text).filter((row) => row[0] === 'quote'),
      [['quote', 'Mira Ellery', 'she', 'told', 'pronoun']],
    )
  })

  test('a name inside a relative clause is not the antecedent of a pronoun', () => {
    const text =
      'Director Sam Adeyemi, who cast her in his 2011 film Last Round, wrote on X that she was brave. “She would try anything,” he wrote.'
    assert.deepEqual(
      rows(text).filter((row) => row[0] === 'quote'),
      [['quote', 'Sam Adeyemi', 'he', 'wrote', 'pronoun']],
    )
  })
})

describe('English: subjects with a participle aside or complement', () => {
  test('a participle aside with its own `because`; `involved in` belongs to the subject', () => {
    const text =
      'Two Western diplomats involved in the process, speaking on condition of anonymity because the talks are confidential, said a deal could come “within weeks.”'
    assert.deepEqual(rows(text), [
      [
        'quote',
        'two Western diplomats involved in the process',
        'Two Western diplomats involved in the process',
        'said',
        'cue',
      ],
    ])
  })

  test('`published last year by` qualifies the subject; what follows `said` is no subject', () => {
    const text =
      'A report published last year by the European Space Policy Forum said Europe had lost 40 percent of its launch capacity.'
    assert.deepEqual(rows(text), [
      [
        'claim',
        'a report published last year by the European Space Policy Forum',
        'A report published last year by the European Space Policy Forum',
        'said',
        'cue',
      ],
    ])
  })

  test('`posted` reports a quotation but makes no claim', () => {
    assert.deepEqual(rows('A group calling itself Blackwater posted samples of the data.'), [])
  })
})

describe('English: roles', () => {
  function roles(text: string) {
    return attributions(text).analysis.data.speakers.map((s) => [s.name, s.role])
  }

  test('an apposition keeps its complement: at, in, from', () => {
    assert.deepEqual(
      roles('“Prices will rise,” said Maria Lopez, an economist at the Bergen Institute.'),
      [['Maria Lopez', 'an economist at the Bergen Institute']],
    )
    assert.deepEqual(roles('Anne Roy, a nurse in the emergency department, said it was full.'), [
      ['Anne Roy', 'a nurse in the emergency department'],
    ])
    // A circumstance after the apposition is still no part of it.
    assert.deepEqual(roles('Anne Roy, a nurse, said during a briefing that the ward was full.'), [
      ['Anne Roy', 'a nurse'],
    ])
  })

  test('an age between the name and the role, and a relative clause after the role', () => {
    assert.deepEqual(
      roles(
        '“We cannot live on this,” said Jef Vandamme, 58, a dairy farmer from Flanders who had driven his tractor for six hours.',
      ),
      [['Jef Vandamme', 'a dairy farmer from Flanders']],
    )
    assert.deepEqual(roles('Jef Vandamme, 58, a dairy farmer, said prices were too low.'), [
      ['Jef Vandamme', 'a dairy farmer'],
    ])
  })

  test('the role given where a person is first named, before they speak', () => {
    assert.deepEqual(
      roles(
        'Former finance minister Radu Sorescu took 41 percent. “We will fight on,” Sorescu said.',
      ),
      [['Radu Sorescu', 'Former finance minister']],
    )
    // A sentence-initial determiner is lower-cased in the role.
    assert.deepEqual(
      roles(
        'The chief executive of Corvane Aerospace, Martin Hale, testified on Tuesday. “We failed,” Hale said.',
      ),
      [['Martin Hale', 'the chief executive of Corvane Aerospace']],
    )
    // Words before a name that are a clause, a quotation or a coordination are no role.
    assert.deepEqual(
      roles('Langford said a coalition between Ana Ruiz and Tom Baker was near. “No,” Ruiz said.'),
      [
        ['Langford', null],
        ['Ana Ruiz', null],
      ],
    )
  })
})

describe('English: a surname after a person named but not yet heard', () => {
  test('Chen → Laura Chen, named in an earlier sentence that reports nothing', () => {
    const text =
      'Laura Chen spoke to the crowd. The strike will go on, Chen said. “Never,” Chen added.'
    assert.deepEqual(rows(text), [
      ['claim', 'Laura Chen', 'Chen', 'said', 'surname'],
      ['quote', 'Laura Chen', 'Chen', 'added', 'surname'],
    ])
    const { analysis } = attributions(text)
    assert.deepEqual(
      analysis.data.speakers.map((speaker) => [speaker.name, speaker.kind]),
      [['Laura Chen', 'person']],
    )
  })
})

describe('English: adjacent quotations', () => {
  test('quotations with no cue continue the paragraph’s speaker', () => {
    const text = 'Tom Baker said the strike would go on. “We will hold.” “To the end.”'
    assert.deepEqual(rows(text), [
      ['claim', 'Tom Baker', 'Tom Baker', 'said', 'cue'],
      ['quote', 'Tom Baker', null, null, 'adjacent'],
      ['quote', 'Tom Baker', null, null, 'adjacent'],
    ])
  })

  test('a quote-only paragraph continues the previous paragraph’s quotation speaker', () => {
    assert.deepEqual(rows('Tom Baker said: “We will hold.”\n\n“To the end.”'), [
      ['quote', 'Tom Baker', 'Tom Baker', 'said', 'cue'],
      ['quote', 'Tom Baker', null, null, 'adjacent'],
    ])
  })

  test('a quotation over two paragraphs is one attribution', () => {
    const text = '“First paragraph.\n\n“Second paragraph,” he said after Tom Baker left.'
    const { views } = attributions(text)
    assert.equal(views.length, 1)
    assert.equal(views[0].text, 'First paragraph.\n\n“Second paragraph,')
  })

  test('a quote-only paragraph after a paragraph with no speaker stays unattributed', () => {
    assert.deepEqual(rows('Nobody spoke.\n\n“To the end.”'), [['quote', null, null, null, 'none']])
  })

  test('the cue of a short next sentence reports the quotation; a claim keeps its own cue', () => {
    assert.deepEqual(rows('“Who picks the auditors?” Delgado asked.'), [
      ['quote', 'Delgado', 'Delgado', 'asked', 'inverted'],
    ])
    // The next sentence says something of its own: its cue is the claim's, and the
    // quotation before it has no speaker of its own.
    assert.deepEqual(rows('“We will not give up.” The strike will go on, Chen said.'), [
      ['quote', null, null, null, 'none'],
      ['claim', 'Chen', 'Chen', 'said', 'cue'],
    ])
  })
})

describe('English: a person named only by an annotation', () => {
  test('is the antecedent of a later surname and pronoun', () => {
    const text =
      '“We will not give up.” [@Laura Chen | union leader] The strike will go on, Chen said. “Never,” she added.'
    assert.deepEqual(rows(text), [
      ['quote', 'Laura Chen', 'Laura Chen', null, 'annotation'],
      ['claim', 'Laura Chen', 'Chen', 'said', 'surname'],
      ['quote', 'Laura Chen', 'she', 'added', 'pronoun'],
    ])
    const { analysis } = attributions(text)
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.kind, s.role]),
      [['Laura Chen', 'person', 'union leader']],
    )
  })
})

describe('English: annotations override the analysis', () => {
  test('[@Name | role] after a pronoun cue', () => {
    const text = '“We will hold,” said Tom Baker. “To the end,” he said [@Anne Roy | union member].'
    const { analysis } = attributions(text)
    assert.deepEqual(rows(text), [
      ['quote', 'Tom Baker', 'Tom Baker', 'said', 'inverted'],
      ['quote', 'Anne Roy', 'Anne Roy', 'said', 'annotation'],
    ])
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.kind, s.role]),
      [
        ['Tom Baker', 'person', null],
        ['Anne Roy', 'person', 'union member'],
      ],
    )
  })

  test('[@anonymous | reason] on a quotation with no speaker', () => {
    const text =
      'Nobody spoke.\n\n“Nobody is moving.” [@anonymous | not authorized to speak publicly]'
    const { analysis } = attributions(text)
    assert.deepEqual(rows(text), [['quote', 'anonymous', 'anonymous', null, 'annotation']])
    const [speaker] = analysis.data.speakers
    assert.equal(speaker.kind, 'anonymous')
    assert.equal(speaker.anonymityReason?.text, 'not authorized to speak publicly')
    assert.deepEqual(analysis.messages, [])
  })
})

describe('English: words that are names of JavaScript properties', () => {
  // The lexicon's tables are looked up with words of the text: `constructor` once found
  // Object's constructor there and was read as a pronoun matching nobody.
  test('`constructor`, `toString` and `hasOwnProperty` are words like any other', () => {
    for (const word of ['Constructor', 'ToString', 'HasOwnProperty', 'ValueOf']) {
      const text = `“We will win,” ${word} said.`
      const [view] = attributions(text).views
      assert.equal(view.speaker, word, text)
      assert.equal(view.method, 'inverted', text)
    }
  })
})
