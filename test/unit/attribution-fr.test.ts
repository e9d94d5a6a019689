/**
 * The attribution sieves on small French texts: annotation, cue with its subject before it,
 * inverted cue, `selon`/`d'après`, pronoun (with gender), definite description, surname,
 * adjacent quotations. Each expectation names the words of the text.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, assertSpansMatchText, viewAttributions } from './helpers'

function attributions(text: string) {
  const analysis = analyzeText(text, { language: 'fr' })
  assertSpansMatchText(analysis)
  return { analysis, views: viewAttributions(analysis) }
}

function antecedents(text: string) {
  return analyzeText(text, { language: 'fr' }).data.attributions.map(
    (a) => a.antecedent?.text ?? null,
  )
}

describe('French: cue in the sentence, subject before it', () => {
  test('a name with its role in apposition, and a colon before the quotation', () => {
    const { analysis, views } = attributions(
      'Marie Dupont, maire de Lyon, a déclaré : «Nous ne céderons pas.»',
    )
    assert.deepEqual(views, [
      {
        kind: 'quote',
        text: 'Nous ne céderons pas.',
        speaker: 'Marie Dupont',
        source: 'Marie Dupont',
        cue: 'a déclaré',
        medium: null,
        method: 'cue',
      },
    ])
    assert.equal(analysis.data.speakers[0].role, 'maire de Lyon')
  })

  test('a claim with its medium between the verb and `que`', () => {
    const { views } = attributions('Marie Dupont a déclaré à l’AFP que la grève était finie.')
    assert.deepEqual(views, [
      {
        kind: 'claim',
        text: 'Marie Dupont a déclaré à l’AFP que la grève était finie.',
        speaker: 'Marie Dupont',
        source: 'Marie Dupont',
        cue: 'a déclaré',
        medium: 'à l’AFP',
        method: 'cue',
      },
    ])
  })

  test('a partial quotation inside indirect speech, with `de son côté` inside the cue', () => {
    const text =
      'Le ministère de l’Intérieur a de son côté affirmé à l’AFP que les forces avaient «repoussé» une attaque.'
    assert.deepEqual(attributions(text).views, [
      {
        kind: 'quote',
        text: 'repoussé',
        speaker: 'le ministère de l’Intérieur',
        source: 'Le ministère de l’Intérieur',
        cue: 'a de son côté affirmé',
        medium: 'à l’AFP',
        method: 'cue',
      },
    ])
  })

  test('a role before the name in apposition: the name is the speaker, the role its role', () => {
    const text =
      'Le ministre de l’Intérieur, Paul Martin, a affirmé sur X que l’ordre serait rétabli.'
    const { analysis, views } = attributions(text)
    assert.deepEqual(views, [
      {
        kind: 'claim',
        text,
        speaker: 'Paul Martin',
        source: 'Paul Martin',
        cue: 'a affirmé',
        medium: 'sur X',
        method: 'cue',
      },
    ])
    assert.equal(analysis.data.speakers[0].role, 'le ministre de l’Intérieur')
  })
})

describe('French: inverted cue', () => {
  test('«…», a déclaré à l’AFP X', () => {
    assert.deepEqual(
      attributions('«Nous ne céderons pas», a déclaré à l’AFP Marie Dupont.').views,
      [
        {
          kind: 'quote',
          text: 'Nous ne céderons pas',
          speaker: 'Marie Dupont',
          source: 'Marie Dupont',
          cue: 'a déclaré',
          medium: 'à l’AFP',
          method: 'inverted',
        },
      ],
    )
  })

  test('one cue for two quotations of one sentence, subject in apposition after the role', () => {
    const text =
      '«Ils ont reculé» près de la frontière, mais «nous restons prudents», a déclaré le porte-parole du ministère, Tariq Arian.'
    const { analysis, views } = attributions(text)
    const quote = (inside: string) => ({
      kind: 'quote' as const,
      text: inside,
      speaker: 'Tariq Arian',
      source: 'Tariq Arian',
      cue: 'a déclaré',
      medium: null,
      method: 'inverted' as const,
    })
    assert.deepEqual(views, [quote('Ils ont reculé'), quote('nous restons prudents')])
    assert.equal(analysis.data.speakers[0].role, 'le porte-parole du ministère')
  })
})

describe('French: selon, d’après', () => {
  test('Selon X, «…»', () => {
    assert.deepEqual(attributions('Selon Marie Dupont, «rien n’est joué».').views, [
      {
        kind: 'quote',
        text: 'rien n’est joué',
        speaker: 'Marie Dupont',
        source: 'Marie Dupont',
        cue: 'Selon',
        medium: null,
        method: 'selon',
      },
    ])
  })

  test('D’après X, a claim', () => {
    const text = 'D’après la préfecture, la route est coupée.'
    assert.deepEqual(attributions(text).views, [
      {
        kind: 'claim',
        text,
        speaker: 'la préfecture',
        source: 'la préfecture',
        cue: 'D’après',
        medium: null,
        method: 'selon',
      },
    ])
  })
})

describe('French: pronouns', () => {
  test('a-t-elle and a-t-il go to the speaker of their gender', () => {
    const text =
      'Marie Dupont et Paul Martin se sont rencontrés. «Rien n’est joué», a-t-elle dit. «Tout est joué», a-t-il répondu.'
    assert.deepEqual(
      attributions(text).views.map((v) => [v.text, v.speaker, v.source, v.cue, v.method]),
      [
        ['Rien n’est joué', 'Marie Dupont', 'elle', 'a-t-elle dit', 'pronoun'],
        ['Tout est joué', 'Paul Martin', 'il', 'a-t-il répondu', 'pronoun'],
      ],
    )
    assert.deepEqual(antecedents(text), ['Marie Dupont', 'Paul Martin'])
  })

  test('il skips a more recent woman', () => {
    const text =
      'Paul Martin a parlé le premier. Marie Dupont a ensuite pris la parole. «Rien n’est joué», a-t-il dit.'
    assert.deepEqual(
      attributions(text).views.map((v) => [v.speaker, v.source, v.method]),
      [['Paul Martin', 'il', 'pronoun']],
    )
  })

  test('dit-elle after a sentence about her', () => {
    const text = 'Marie Dupont a voté tôt. «C’est un devoir», dit-elle.'
    assert.deepEqual(attributions(text).views, [
      {
        kind: 'quote',
        text: 'C’est un devoir',
        speaker: 'Marie Dupont',
        source: 'elle',
        cue: 'dit-elle',
        medium: null,
        method: 'pronoun',
      },
    ])
  })
})

describe('French: descriptions and surnames', () => {
  test('Le responsable → the earlier anonymous official', () => {
    const text =
      'Un responsable policier a indiqué que le suspect avait fui. Le responsable a ajouté qu’il était armé.'
    const { views } = attributions(text)
    assert.deepEqual(
      views.map((v) => [v.kind, v.speaker, v.source, v.cue, v.method]),
      [
        ['claim', 'un responsable policier', 'Un responsable policier', 'a indiqué', 'cue'],
        ['claim', 'un responsable policier', 'Le responsable', 'a ajouté', 'description'],
      ],
    )
    assert.deepEqual(antecedents(text), [null, 'Un responsable policier'])
  })

  test('M. Martin and Mme Dupont → the people named earlier', () => {
    const text =
      'Le syndicat a appelé à la grève. «Nous irons jusqu’au bout», a déclaré Paul Martin, secrétaire général du syndicat. «Jamais», a répété M. Martin.'
    assert.deepEqual(
      attributions(text)
        .views.filter((v) => v.kind === 'quote')
        .map((v) => [v.text, v.speaker, v.source, v.method]),
      [
        ['Nous irons jusqu’au bout', 'Paul Martin', 'Paul Martin', 'inverted'],
        ['Jamais', 'Paul Martin', 'M. Martin', 'surname'],
      ],
    )
    const madame =
      'La maire Marie Dupont a déclaré que la grève était finie. «C’est terminé», a insisté Mme Dupont. «Rentrons», a-t-elle conclu.'
    assert.deepEqual(
      attributions(madame).views.map((v) => [v.kind, v.speaker, v.source, v.method]),
      [
        ['claim', 'Marie Dupont', 'La maire Marie Dupont', 'cue'],
        ['quote', 'Marie Dupont', 'Mme Dupont', 'surname'],
        ['quote', 'Marie Dupont', 'elle', 'pronoun'],
      ],
    )
  })
})

describe('French: an aside between the subject and its verb', () => {
  test('a participle phrase in apposition is not the subject', () => {
    assert.deepEqual(
      attributions(
        'Plusieurs habitants du quartier, relogés depuis lundi dans un gymnase, ont raconté que l’eau était montée en une heure.',
      ).views.map((v) => [v.kind, v.speaker, v.source, v.cue]),
      [
        [
          'claim',
          'plusieurs habitants du quartier',
          'Plusieurs habitants du quartier',
          'ont raconté',
        ],
      ],
    )
    assert.deepEqual(
      attributions(
        'Deux anciens collaborateurs du cabinet, entendus comme témoins, ont assuré que le ministre savait tout.',
      ).views.map((v) => [v.kind, v.source, v.cue]),
      [['claim', 'Deux anciens collaborateurs du cabinet', 'ont assuré']],
    )
  })

  test('a verb after a comma followed by an infinitive has its subject before it', () => {
    assert.deepEqual(
      attributions(
        'Une employée du service informatique, qui a requis l’anonymat, a raconté avoir découvert vendredi des écrans affichant une demande de rançon. «Tout était chiffré», a-t-elle dit.',
      ).views.map((v) => [v.kind, v.speaker, v.method]),
      [
        ['claim', 'une employée du service informatique', 'cue'],
        ['quote', 'une employée du service informatique', 'pronoun'],
      ],
    )
  })

  test('an elided determiner is no participle: «…», a déclaré l’élu lors d’une conférence', () => {
    assert.deepEqual(
      attributions(
        '«Nous sommes revenus trente ans en arrière», a déclaré l’élu lors d’une conférence de presse.',
      ).views.map((v) => [v.kind, v.source, v.cue, v.method]),
      [['quote', 'l’élu', 'a déclaré', 'inverted']],
    )
  })
})

describe('French: a one-word name with an apposition', () => {
  test('Mohamed, un Soudanais de 19 ans → a person that `il` can refer to', () => {
    const { analysis, views } = attributions(
      'Mohamed, un Soudanais de 19 ans, a raconté avoir payé 1.800 dollars. « Je ne referai jamais ce voyage », a-t-il poursuivi.',
    )
    assert.deepEqual(
      views.map((v) => [v.kind, v.speaker, v.source, v.method]),
      [
        ['claim', 'Mohamed', 'Mohamed', 'cue'],
        ['quote', 'Mohamed', 'il', 'pronoun'],
      ],
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.kind, s.role]),
      [['Mohamed', 'person', 'un Soudanais de 19 ans']],
    )
  })

  test('a one-word name with no such apposition stays an institution', () => {
    const { analysis } = attributions(
      'Drewmet, un cabinet d’audit, a indiqué que les comptes étaient faux.',
    )
    assert.equal(analysis.data.speakers[0].kind, 'organization')
  })
})

describe('French: verbs that govern a partial quotation', () => {
  test('a remercié «…», invoquant «…»: the quotation is the subject’s', () => {
    assert.deepEqual(
      attributions(
        'Visiblement amaigrie, Mme Manceau a remercié «tous ceux qui n’ont jamais cessé d’y croire».',
      ).views.map((v) => [v.kind, v.speaker, v.cue]),
      [['quote', 'Manceau', 'a remercié']],
    )
    assert.deepEqual(
      attributions(
        'La fédération Pharmafrance a rejeté ces accusations dans un communiqué, invoquant « une demande mondiale en forte hausse ».',
      ).views.map((v) => [v.kind, v.speaker]),
      [['quote', 'Pharmafrance']],
    )
  })

  test('a verb that only introduces a quotation makes no claim on its own', () => {
    assert.deepEqual(attributions('Mme Manceau a remercié les gendarmes.').views, [])
  })
})

describe('French: people a pronoun may mean before they speak', () => {
  test('the subject of a sentence that reports nothing: un moniteur de ski… dit-il', () => {
    const text =
      'La préfète, Isabelle Fournial, s’est rendue sur place. « La montagne ne pardonne pas », a-t-elle déclaré. Un moniteur de ski présent au sommet a vu la plaque se détacher. « On a crié », dit-il.'
    assert.deepEqual(
      attributions(text).views.map((v) => [v.kind, v.speaker, v.method]),
      [
        ['quote', 'Isabelle Fournial', 'pronoun'],
        ['quote', 'un moniteur de ski présent au sommet', 'pronoun'],
      ],
    )
  })

  test('a first name with an age: Laetitia, 31 ans, … confie-t-elle', () => {
    const text =
      'La maire, Catherine Auboin, a dénoncé la fermeture. Parmi les manifestants, Laetitia, 31 ans, enceinte de sept mois. « Je devais accoucher ici », confie-t-elle.'
    const { analysis, views } = attributions(text)
    assert.deepEqual(
      views.filter((v) => v.kind === 'quote').map((v) => [v.speaker, v.method]),
      [['Laetitia', 'pronoun']],
    )
    const laetitia = analysis.data.speakers.find((s) => s.name === 'Laetitia')
    assert.deepEqual([laetitia?.kind, laetitia?.role], ['person', 'enceinte de sept mois'])
  })

  test('a place between an inverted verb and its subject: a déclaré sur le tarmac le ministre', () => {
    const { analysis } = attributions(
      '« Nous pensons à leurs familles », a déclaré sur le tarmac le ministre, Jean-Baptiste Ollier.',
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.role]),
      [['Jean-Baptiste Ollier', 'le ministre']],
    )
  })
})

describe('French: an infinitive cue has the subject of its verb', () => {
  test('annonce avoir demandé: the subject of `annonce`, not a phrase after it', () => {
    const views = attributions(
      'Le coureur affirme « contester formellement » ces résultats et annonce avoir demandé l’analyse de l’échantillon B.',
    ).views
    assert.deepEqual(
      views.map((v) => [v.kind, v.speaker]),
      [
        ['claim', 'le coureur'],
        ['quote', 'le coureur'],
      ],
    )
  })

  test('une source s’exprimant sous couvert d’anonymat: the reason is not part of the name', () => {
    const { analysis } = attributions(
      'Le capitaine aurait ignoré deux alertes, a indiqué une source portuaire s’exprimant sous couvert d’anonymat.',
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.kind]),
      [['une source portuaire', 'anonymous']],
    )
  })
})

describe('French: an inverted subject at the end of a long sentence', () => {
  test('followed by its medium, an acronym or a relative clause about it', () => {
    for (const [text, speaker] of [
      [
        'Deux humanitaires ont été libérés et sont arrivés samedi à Villacoublay, où ils ont été accueillis par le ministre, a annoncé l’Élysée dans un communiqué.',
        'l’Élysée',
      ],
      [
        'Un troupeau a été décimé dans la nuit, la sixième attaque depuis juin, a indiqué la direction départementale des territoires (DDT).',
        'la direction départementale des territoires',
      ],
      [
        'Le trafic était perturbé jeudi, avec un TGV sur deux supprimé, a indiqué la SNCF, qui n’anticipe pas d’amélioration.',
        'SNCF',
      ],
    ]) {
      assert.deepEqual(
        attributions(text).views.map((v) => [v.kind, v.speaker, v.method]),
        [['claim', speaker, 'inverted']],
        text,
      )
    }
  })
})

describe('French: more reporting verbs and clauses', () => {
  test('», lance X; se souvient d’une femme «…»; décrit une ambiance «…»; s’est voulue rassurante : «…»', () => {
    for (const [text, speaker] of [
      ['« Les visites se succèdent », lance Mamadou Fall, un étudiant de 24 ans.', 'Mamadou Fall'],
      [
        'Le compositeur Gilles Marchetti se souvient d’une femme « exigeante jusqu’à l’obsession ».',
        'Gilles Marchetti',
      ],
      ['Un ouvrier de l’atelier décrit une ambiance «très lourde».', 'un ouvrier de l’atelier'],
      [
        'Le Dr Aline Chevrier, cheffe des urgences, s’est voulue rassurante : « Les enfants sont conscients. »',
        'Aline Chevrier',
      ],
    ]) {
      assert.deepEqual(
        attributions(text).views.map((v) => [v.kind, v.speaker]),
        [['quote', speaker]],
        text,
      )
    }
  })

  test('a rendu hommage à «…» (and paid tribute, describing her as “…”)', () => {
    assert.deepEqual(
      attributions(
        'La ministre de la Culture, Hélène Vasseur-Martin, a rendu hommage sur X à « une artiste libre ».',
      ).views.map((v) => [v.kind, v.speaker]),
      [['quote', 'Hélène Vasseur-Martin']],
    )
  })

  test('`lance` elsewhere is no cue: Le club lance une campagne.', () => {
    assert.deepEqual(attributions('Le club lance une campagne de recrutement.').views, [])
  })

  test('a reporting clause inside an unclosed quotation, past its first sentence', () => {
    assert.deepEqual(
      attributions(
        '«Personne n’a été retenu. Les gens discutaient, c’est tout, a réagi M. Bensaïd.',
      ).views.map((v) => [v.kind, v.speaker, v.method]),
      [['quote', 'Bensaïd', 'inverted']],
    )
  })
})

describe('French: a hyphenated first name', () => {
  test('Marc-Henri Dutilleul is one person, `il` after him', () => {
    const { analysis, views } = attributions(
      'Marc-Henri Dutilleul a quitté la salle. « C’est fini », a-t-il lancé.',
    )
    assert.deepEqual(
      views.map((v) => [v.kind, v.speaker, v.method]),
      [['quote', 'Marc-Henri Dutilleul', 'pronoun']],
    )
    assert.equal(analysis.data.speakers.length, 1)
  })
})

describe('French: roles', () => {
  function roles(text: string) {
    return attributions(text).analysis.data.speakers.map((s) => [s.name, s.role])
  }

  test('the role given where a person is first named, before they speak', () => {
    assert.deepEqual(
      roles(
        'L’avocate générale Claire Vasseur a requis jeudi trente ans de réclusion. « C’est une exécution », a déclaré Mme Vasseur.',
      ),
      [['Claire Vasseur', 'avocate générale']],
    )
    assert.deepEqual(
      roles(
        'Le ministre de l’Intérieur, Arnaud Sellier, doit se rendre sur place. « Nous serons là », a-t-il déclaré.',
      ),
      [['Arnaud Sellier', 'le ministre de l’Intérieur']],
    )
    // `Présidé par l’actrice X`: the words before the name are not her role.
    assert.deepEqual(
      roles(
        'Présidé cette année par l’actrice Claire Monfort, le jury se réunit. « Tout est ouvert », a déclaré Claire Monfort.',
      ),
      [['Claire Monfort', null]],
    )
  })

  test('an age between the name and the role', () => {
    assert.deepEqual(
      roles('« Tout est perdu », a confié Lucie Marty, 72 ans, agricultrice dans le Gers.'),
      [['Lucie Marty', 'agricultrice dans le Gers']],
    )
  })
})

describe('French: a surname after a person named but not yet heard', () => {
  test('Vaudrey → Bernard Vaudrey, named in an earlier sentence that reports nothing', () => {
    const text =
      'Bernard Vaudrey a visité l’usine mardi. La grève continuera, a dit Vaudrey. «Jamais», a ajouté Vaudrey.'
    assert.deepEqual(
      attributions(text).views.map((v) => [v.kind, v.speaker, v.source, v.method]),
      [
        ['claim', 'Bernard Vaudrey', 'Vaudrey', 'surname'],
        ['quote', 'Bernard Vaudrey', 'Vaudrey', 'surname'],
      ],
    )
  })
})

describe('French: adjacent quotations', () => {
  test('quotations with no cue continue the paragraph’s speaker', () => {
    const text = 'Paul Martin a dit que la grève continuerait. «Nous tiendrons.» «Jusqu’au bout.»'
    const { views } = attributions(text)
    assert.deepEqual(
      views.map((v) => [v.kind, v.text, v.speaker, v.source, v.cue, v.method]),
      [
        [
          'claim',
          'Paul Martin a dit que la grève continuerait.',
          'Paul Martin',
          'Paul Martin',
          'a dit',
          'cue',
        ],
        ['quote', 'Nous tiendrons.', 'Paul Martin', null, null, 'adjacent'],
        ['quote', 'Jusqu’au bout.', 'Paul Martin', null, null, 'adjacent'],
      ],
    )
    assert.deepEqual(antecedents(text), [null, 'Paul Martin', 'Paul Martin'])
  })

  test('a quote-only paragraph continues the previous paragraph’s quotation speaker', () => {
    const text = 'Paul Martin a dit : «Nous tiendrons.»\n\n«Jusqu’au bout.»'
    assert.deepEqual(
      attributions(text).views.map((v) => [v.text, v.speaker, v.method]),
      [
        ['Nous tiendrons.', 'Paul Martin', 'cue'],
        ['Jusqu’au bout.', 'Paul Martin', 'adjacent'],
      ],
    )
  })

  test('a quotation over three paragraphs is one attribution', () => {
    const text = '«Premier paragraphe.\n\n«Second paragraphe.\n\n«Fin», a dit Paul Martin.'
    const { analysis, views } = attributions(text)
    assert.deepEqual(views, [
      {
        kind: 'quote',
        text: 'Premier paragraphe.\n\n«Second paragraphe.\n\n«Fin',
        speaker: 'Paul Martin',
        source: 'Paul Martin',
        cue: 'a dit',
        medium: null,
        method: 'inverted',
      },
    ])
    const [quote] = analysis.data.attributions
    assert.deepEqual([quote.open, quote.close], [0, 47])
  })

  test('a quote-only paragraph after a paragraph with no speaker stays unattributed', () => {
    const { views } = attributions('Personne n’a parlé.\n\n«Jusqu’au bout.»')
    assert.deepEqual(
      views.map((v) => [v.speaker, v.method]),
      [[null, 'none']],
    )
  })
})

describe('French: annotations override the analysis', () => {
  test('[@Name] after the closing mark replaces the speaker the cue gave', () => {
    const text = '«Nous partons», a dit Paul Martin [@Anne Roy].'
    const { analysis, views } = attributions(text)
    assert.deepEqual(views, [
      {
        kind: 'quote',
        text: 'Nous partons',
        speaker: 'Anne Roy',
        source: 'Anne Roy',
        cue: 'a dit',
        medium: null,
        method: 'annotation',
      },
    ])
    // Paul Martin no longer said anything: he is not a speaker.
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.kind, s.role]),
      [['Anne Roy', 'person', null]],
    )
  })

  test('an annotation after an inverted subject is not part of the subject', () => {
    const text = '«Nous partons», a dit un témoin [@Paul Martin].'
    const { analysis, views } = attributions(text)
    assert.deepEqual(
      views.map((v) => [v.speaker, v.source, v.method]),
      [['Paul Martin', 'Paul Martin', 'annotation']],
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => s.mentions.map((m) => [m.kind, m.text])),
      [[['annotation', 'Paul Martin']]],
    )
  })

  test('[@anonymous | reason] makes the source found in the text anonymous', () => {
    const text = '«Nous partons», a dit un témoin [@anonymous | par crainte de représailles].'
    const { analysis, views } = attributions(text)
    assert.deepEqual(
      views.map((v) => [v.speaker, v.source, v.cue, v.method]),
      [['un témoin', 'un témoin', 'a dit', 'inverted']],
    )
    const [speaker] = analysis.data.speakers
    assert.deepEqual(
      [speaker.kind, speaker.anonymityReason?.text],
      ['anonymous', 'par crainte de représailles'],
    )
    assert.deepEqual(analysis.messages, [])
  })

  test('[@Name | role] gives the role; glued to the mark or after a space', () => {
    const text = 'Marie Dupont a dit «bonjour»[@Paul Martin]. «Salut» [@Anne Roy | maire de Lyon].'
    const { analysis, views } = attributions(text)
    assert.deepEqual(
      views.map((v) => [v.text, v.speaker, v.source, v.method]),
      [
        ['bonjour', 'Paul Martin', 'Paul Martin', 'annotation'],
        ['Salut', 'Anne Roy', 'Anne Roy', 'annotation'],
      ],
    )
    assert.deepEqual(
      analysis.data.speakers.map((s) => [s.name, s.role, s.mentions.map((m) => m.kind)]),
      [
        ['Paul Martin', null, ['annotation']],
        ['Anne Roy', 'maire de Lyon', ['annotation']],
      ],
    )
  })
})
