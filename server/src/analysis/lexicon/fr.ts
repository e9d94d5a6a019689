import type { Lexicon } from './types'

/** Regular -er reporting verbs, by participle: the finite forms are derived below. */
const REGULAR = `déclaré affirmé indiqué annoncé ajouté précisé expliqué estimé assuré souligné
  confié raconté démenti répété rappelé insisté jugé dénoncé lancé tweeté posté commenté confirmé
  noté observé relevé regretté déploré nuancé tranché résumé témoigné avoué concédé protesté
  menacé plaidé signalé rapporté lâché glissé martelé détaillé répliqué rétorqué objecté conclu
  continué renchéri abondé ironisé tempéré prévenu fustigé salué argué avancé considéré réagi
  révélé dévoilé contesté nié accusé exhorté réclamé exigé demandé souhaité appelé clamé scandé
  crié murmuré soufflé prédit admis reconnu promis soutenu répondu écrit dit averti poursuivi
  garanti certifié déclaré développé résumé raillé tonné mentionné expliqué informé publié
  communiqué annoncé rassuré réaffirmé réitéré proclamé affirmé déploré qualifié cité résumé
  interpellé remercié invoqué évoqué`

/** Irregular verbs: participle → finite forms (present, passé simple, imperfect; 3rd person). */
const IRREGULAR: Record<string, string[]> = {
  dit: ['dit', 'disent', 'disait', 'disaient', 'dirent'],
  écrit: ['écrit', 'écrivent', 'écrivait', 'écrivaient', 'écrivit'],
  reconnu: ['reconnaît', 'reconnait', 'reconnaissent', 'reconnut', 'reconnaissait'],
  admis: ['admet', 'admettent', 'admit', 'admettait'],
  promis: ['promet', 'promettent', 'promit', 'promettait'],
  soutenu: ['soutient', 'soutiennent', 'soutint', 'soutenait'],
  répondu: ['répond', 'répondent', 'répondit', 'répondait'],
  conclu: ['conclut', 'concluent', 'concluait'],
  prévenu: ['prévient', 'préviennent', 'prévint', 'prévenait'],
  averti: ['avertit', 'avertissent', 'avertissait'],
  prédit: ['prédit', 'prédisent', 'prédisait'],
  poursuivi: ['poursuit', 'poursuivent', 'poursuivit', 'poursuivait'],
  garanti: ['garantit', 'garantissent', 'garantissait'],
  réagi: ['réagit', 'réagissent', 'réagissait'],
  décrit: ['décrit', 'décrivent', 'décrivait', 'décrivaient', 'décrivit'],
  démenti: ['dément', 'démentent', 'démentait', 'démentit'],
  'fait état': ['fait état', 'font état', 'faisait état', 'faisaient état', 'fit état'],
  'fait savoir': ['fait savoir', 'font savoir', 'faisait savoir', 'fit savoir'],
  'fait valoir': ['fait valoir', 'font valoir', 'faisait valoir', 'fit valoir'],
  'mis en garde': ['met en garde', 'mettent en garde', 'mit en garde'],
  'rendu hommage': ['rend hommage', 'rendent hommage', 'rendait hommage', 'rendit hommage'],
  appris: [],
}

const REGULAR_LIST = REGULAR.split(/\s+/).filter(Boolean)

function regularForms(participle: string): string[] {
  if (!participle.endsWith('é')) return []
  const stem = participle.slice(0, -1)
  // j'appelle / ils appellent: doubled consonant in the present of `appeler`.
  const present = stem === 'appel' ? 'appelle' : `${stem}e`
  const plural = stem === 'appel' ? 'appellent' : `${stem}ent`
  const forms = [present, plural, `${stem}a`, `${stem}èrent`, `${stem}ait`, `${stem}aient`]
  // révélé → révèle, relevé → relève, répété → répète
  const grave = stem.replace(/[ée]([^aeiouéèêy]+)$/u, 'è$1')
  if (grave !== stem) forms.push(`${grave}e`, `${grave}ent`)
  return forms
}

/** Finite forms that are also common nouns or adjectives after which a cue is unlikely. */
const TOO_AMBIGUOUS = new Set(['lance', 'poste', 'publie', 'cite'])

const participles = [...new Set([...REGULAR_LIST, ...Object.keys(IRREGULAR)])].filter(
  (word) => word !== 'appris',
)
const finiteCues = [
  ...new Set([...REGULAR_LIST.flatMap(regularForms), ...Object.values(IRREGULAR).flat()]),
].filter((form) => !TOO_AMBIGUOUS.has(form))
/** …which report all the same right after a closing quote mark: `», lance Mamadou Fall`. */
const quoteOnlyCues = [...TOO_AMBIGUOUS, 'lancent', 'postent', 'publient', 'citent']

const FEMALE = `marie sophie laura sarah julie camille léa chloé emma manon claire anne isabelle
  nathalie catherine christine sylvie valérie sandrine céline aurélie émilie élise hélène louise
  alice inès fatima amina leila yasmina nadia samira karima mélanie caroline véronique agnès
  patricia martine brigitte françoise monique jeanne juliette margaux pauline lucie charlotte
  mathilde clémence florence virginie stéphanie delphine laurence annie béatrice odile aïcha
  rania salma zineb ana maría lucía elena sofia giulia chiara mariam noura hanna anna eva lina`
const MALE = `jean pierre paul jacques michel philippe alain bernard patrick nicolas julien thomas
  antoine lucas hugo louis marc éric christophe frédéric laurent olivier sébastien stéphane
  vincent david daniel françois henri guillaume mathieu maxime romain yves gérard rené claude
  karim mohamed ahmed ali hassan youssef omar mehdi rachid samir farid khaled tariq zabihullah
  abdel moussa mamadou ibrahim amadou issa luc bruno didier thierry pascal fabrice denis gilles
  arnaud benoît damien cédric jérôme ludovic xavier yann kevin dimitri sergueï ivan igor carlos
  josé miguel antonio giovanni marco luca hans klaus`

/** Present participles: `en dénonçant`, `ajoutant`; their subject is the clause's. */
const GERUND_IRREGULAR = `disant écrivant reconnaissant admettant promettant soutenant répondant
  concluant prévenant avertissant prédisant poursuivant garantissant réagissant démentant`
const gerunds = [
  ...REGULAR_LIST.filter((p) => p.endsWith('é')).map((p) => {
    const stem = p.slice(0, -1)
    if (stem.endsWith('c')) return `${stem.slice(0, -1)}çant`
    if (stem.endsWith('g')) return `${stem}eant`
    return `${stem}ant`
  }),
  ...GERUND_IRREGULAR.split(/\s+/).filter(Boolean),
  'faisant état',
  'faisant valoir',
  'faisant savoir',
]

export const fr: Lexicon = {
  language: 'fr',
  finiteCues,
  gerunds,
  participles,
  auxiliaries: [
    'a-t-il',
    'a-t-elle',
    'a-t-on',
    'ont-ils',
    'ont-elles',
    'avait-il',
    'avait-elle',
    'avaient-ils',
    'avaient-elles',
    'aurait-il',
    'aurait-elle',
    'a',
    'ont',
    'avait',
    'avaient',
    'aura',
    'auront',
    'aurait',
    'auraient',
    'avoir',
    'ayant',
  ],
  insertedAdverbs: [
    'de son côté',
    'pour sa part',
    'quant à lui',
    'quant à elle',
    'également',
    'aussi',
    'encore',
    'déjà',
    'ensuite',
    'alors',
    'enfin',
    'toutefois',
    'cependant',
    'pourtant',
    'néanmoins',
    'notamment',
    'plus tard',
    'lui-même',
    'elle-même',
    'par ailleurs',
    "d'ailleurs",
    'en outre',
    'encore une fois',
    'à nouveau',
    'de nouveau',
    'bien',
    'même',
    'ainsi',
    'aussitôt',
    'dès lors',
    'plus tôt',
    'mercredi',
    'lundi',
    'mardi',
    'jeudi',
    'vendredi',
    'samedi',
    'dimanche',
    'hier',
    "aujourd'hui",
    'récemment',
    'longtemps',
    'souvent',
    'toujours',
    'pour leur part',
    'de leur côté',
  ],
  quoteOnlyCues,
  reflexiveCues: [
    'se souvient',
    'se souviennent',
    "s'est souvenu",
    "s'est souvenue",
    'se rappelle',
    "s'est dit",
    "s'est déclaré",
    "s'est déclarée",
    "s'est dite",
    "s'est félicité",
    "s'est félicitée",
    "s'est inquiété",
    "s'est inquiétée",
    "s'est réjoui",
    "s'est réjouie",
    "s'est insurgé",
    "s'est insurgée",
    "s'est défendu",
    "s'est défendue",
    "s'est interrogé",
    "s'est interrogée",
    "s'est indigné",
    "s'est indignée",
    "s'est étonné",
    "s'est étonnée",
    "s'est alarmé",
    "s'est alarmée",
    "s'est exclamé",
    "s'est exclamée",
    "s'est engagé",
    "s'est engagée",
    'se sont dits',
    'se sont félicités',
    'se sont inquiétés',
    'se dit',
    'se félicite',
    "s'inquiète",
    "s'insurge",
    "s'interroge",
    "s'indigne",
    "s'étonne",
    'se réjouit',
    'se défend',
    "s'alarme",
    "s'exclame",
  ],
  prepositionCues: ['selon', "d'après", 'de source', 'pour'],
  clitics: {
    il: { gender: 'm', plural: false },
    elle: { gender: 'f', plural: false },
    ils: { gender: 'm', plural: true },
    elles: { gender: 'f', plural: true },
    on: { gender: null, plural: false, impersonal: true },
  },
  pronouns: {
    on: { gender: null, plural: false, impersonal: true },
    il: { gender: 'm', plural: false },
    elle: { gender: 'f', plural: false },
    ils: { gender: 'm', plural: true },
    elles: { gender: 'f', plural: true },
    lui: { gender: 'm', plural: false },
    eux: { gender: 'm', plural: true },
    'celui-ci': { gender: 'm', plural: false },
    'celle-ci': { gender: 'f', plural: false },
    'ce dernier': { gender: 'm', plural: false },
    'cette dernière': { gender: 'f', plural: false },
    'ces derniers': { gender: 'm', plural: true },
    'lui-même': { gender: 'm', plural: false },
    'elle-même': { gender: 'f', plural: false },
  },
  determiners: {
    le: { definite: true, gender: 'm', plural: false },
    la: { definite: true, gender: 'f', plural: false },
    "l'": { definite: true, gender: null, plural: false },
    les: { definite: true, gender: null, plural: true },
    un: { definite: false, gender: 'm', plural: false },
    une: { definite: false, gender: 'f', plural: false },
    des: { definite: false, gender: null, plural: true },
    plusieurs: { definite: false, gender: null, plural: true },
    certains: { definite: false, gender: 'm', plural: true },
    certaines: { definite: false, gender: 'f', plural: true },
    quelques: { definite: false, gender: null, plural: true },
    'de nombreux': { definite: false, gender: 'm', plural: true },
    'de nombreuses': { definite: false, gender: 'f', plural: true },
    "nombre d'": { definite: false, gender: null, plural: true },
    deux: { definite: false, gender: null, plural: true },
    trois: { definite: false, gender: null, plural: true },
    quatre: { definite: false, gender: null, plural: true },
    ce: { definite: true, gender: 'm', plural: false },
    cet: { definite: true, gender: 'm', plural: false },
    cette: { definite: true, gender: 'f', plural: false },
    ces: { definite: true, gender: null, plural: true },
    son: { definite: true, gender: 'm', plural: false },
    sa: { definite: true, gender: 'f', plural: false },
    ses: { definite: true, gender: null, plural: true },
    leur: { definite: true, gender: null, plural: false },
    leurs: { definite: true, gender: null, plural: true },
    du: { definite: true, gender: 'm', plural: false },
  },
  titles: {
    'm.': 'm',
    mme: 'f',
    mmes: 'f',
    mlle: 'f',
    'mm.': 'm',
    me: null,
    dr: null,
    'dr.': null,
    pr: null,
    'pr.': null,
    mgr: 'm',
    monsieur: 'm',
    madame: 'f',
    maître: null,
    général: null,
    colonel: null,
    capitaine: null,
    docteur: null,
    professeur: null,
  },
  roleNouns: `responsable porte-parole source témoin diplomate enquêteur enquêtrice policier
    policière gendarme officier militaire soldat médecin infirmier infirmière membre proche
    conseiller conseillère fonctionnaire cadre employé employée salarié salariée habitant
    habitante riverain riveraine négociateur négociatrice expert experte analyste spécialiste
    observateur observatrice élu élue député députée sénateur sénatrice syndicaliste militant
    militante manifestant manifestante agriculteur agricultrice chercheur chercheuse scientifique
    sauveteur secouriste pompier médecin chirurgien urgentiste dirigeant dirigeante haut-fonctionnaire
    collaborateur collaboratrice interlocuteur magistrat magistrate juge avocat avocate procureur
    procureure directeur directrice président présidente ministre maire préfet préfète chef
    patron patronne commandant entraîneur entraîneuse joueur joueuse capitaine supporter
    vendeur commerçant commerçante chauffeur cheminot cheminote pilote ingénieur ingénieure
    représentant représentante délégué déléguée secrétaire gouverneur ambassadeur ambassadrice
    émissaire envoyé envoyée médiateur médiatrice inspecteur inspectrice agent agente officiel
    victime rescapé rescapée survivant survivante passager passagère étudiant étudiante
    enseignant enseignante parent mère père fils fille frère sœur voisin voisine ami amie
    commissaire économiste stratège trader banquier banquière conducteur conductrice ouvrier
    ouvrière technicien technicienne contrôleur contrôleuse gardien gardienne moniteur
    monitrice guide skieur skieuse éleveur éleveuse berger bergère pharmacien pharmacienne
    sage-femme vétérinaire pêcheur pêcheuse randonneur randonneuse alpiniste retraité retraitée
    chômeur chômeuse élève lycéen lycéenne touriste artisan artisane boulanger boulangère
    restaurateur restauratrice hôtelier hôtelière marin matelot capitaine-pilote kinésithérapeute
    aide-soignant aide-soignante ambulancier ambulancière bénévole humanitaire réfugié réfugiée
    migrant migrante détenu détenue prisonnier prisonnière otage accusé accusée prévenu prévenue
    conducteur conductrice personne`.split(/\s+/),
  uniqueRoles: `ministre président présidente maire préfet préfète procureur procureure directeur
    directrice patron patronne chef gouverneur ambassadeur ambassadrice entraîneur entraîneuse
    capitaine commandant secrétaire porte-parole avocat avocate juge commissaire pdg sélectionneur`.split(
    /\s+/,
  ),
  organizationNouns: `ministère gouvernement préfecture mairie parquet tribunal cour police
    gendarmerie armée état-major entreprise société groupe syndicat fédération association ong
    agence commission conseil assemblée sénat autorités autorité direction banque hôpital
    ambassade présidence élysée kremlin club parti compagnie constructeur opérateur laboratoire
    université institut office fondation fonds organisation ministère douane douanes pompiers
    secours municipalité région département administration justice diplomatie chancellerie
    junte coalition alliance opposition majorité rectorat clinique cabinet firme groupe
    fédération confédération intersyndicale régulateur observatoire centre musée équipe
    rédaction chaîne journal quotidien hebdomadaire`.split(/\s+/),
  organizationNameWords: `Ministère Ministry Parti Union Conseil Commission Cour Banque Groupe
    Fédération Confédération Organisation Fondation Fonds Institut Université Hôpital Police
    Armée Syndicat Association Agence Office Nations Unies International Internationale
    Assemblée Sénat Tribunal Parquet Préfecture Mairie Conseil Club Olympique Airlines SA SAS
    Holding Compagnie Centre Observatoire Comité Direction Gendarmerie Garde Marine Société
    Industries Mines Énergie Pétrole Logistique Transports Laboratoires Pharma Assurances
    Mutuelle Crédit Caisse Aéroport Aéroports Chantiers Construction Bâtiment Immobilier`.split(
    /\s+/,
  ),
  documentNouns: `communiqué rapport étude sondage document lettre courrier note décision arrêt
    jugement ordonnance bilan enquête déclaration texte tribune message compte-rendu
    procès-verbal mémo avis expertise audit`.split(/\s+/),
  adverbialStarts: `mercredi lundi mardi jeudi vendredi samedi dimanche hier aujourd'hui
    demain dans lors après avant depuis pendant durant en par pour au aux à dès vers sur sous
    entre contre malgré selon d'après ainsi alors enfin ensuite puis or donc mais cependant
    toutefois pourtant néanmoins interrogé interrogée interrogés interrogées contacté
    contactée contactés contactées joint jointe joints jointes cité citée cités citées
    invité invitée questionné questionnée s'exprimant évoquant rappelant ce cette vendredi
    plus mi-mars fin début également aussi quant de d'abord outre`.split(/\s+/),
  relatives: ['qui', 'que', "qu'", 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  complementizers: ['que', "qu'", 'mais', 'car', 'et que', 'si'],
  media: new RegExp(
    [
      "à l'AFP",
      "à l'Agence France-Presse",
      "auprès de l'AFP",
      'à la presse',
      'aux journalistes',
      'à des journalistes',
      "devant (?:la presse|les journalistes|les députés|les sénateurs|le tribunal|la cour|les caméras|les jurés|l'Assemblée|le Sénat|ses partisans|la commission|des journalistes)",
      'au téléphone',
      'par visioconférence',
      "dans (?:un|une|son|sa|leur|le|la) (?:communiqué|déclaration|entretien|interview|message|courrier|lettre|tribune|vidéo|note|rapport|allocution|discours)(?: (?:publiée?|diffusée?|transmise?|envoyée?|accordée?|adressée?|commun|conjoint|écrit)(?: (?:à|au|aux|par|sur|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:l'AFP|la presse|\\p{Lu}[\\p{L}-]*))?)?)?",
      'sur (?:X|Twitter|Facebook|Instagram|LinkedIn|TikTok|Telegram|YouTube|les réseaux sociaux|son compte \\S+|(?:la )?radio \\S+|France (?:Inter|Info|2|3|Culture)|BFMTV|RTL|LCI|CNews|franceinfo|Europe 1|RMC|TF1|Arte)',
      '(?:au|à la) micro de \\p{Lu}\\S*(?: \\p{Lu}\\S*)?',
      "lors d'une? (?:conférence de presse|point(?: de)? presse|point presse|entretien|audience|discours|allocution|réunion|meeting|débat|visite)",
      "au cours d'une? (?:conférence de presse|point presse|entretien|audience)",
      'en conférence de presse',
      'par téléphone',
      'par écrit',
      'à (?:la radio|la télévision)',
      'au (?:journal|quotidien|micro|Monde|Figaro|Parisien|JDD|Journal du dimanche)(?: \\p{Lu}\\S*)?',
      "à (?:Libération|Reuters|Bloomberg|Ouest-France|Mediapart|l'Équipe|L'Équipe)",
    ].join('|'),
    'gu',
  ),
  anonymityReasons:
    /(?:ayant |qui a |qui avait |qui ont |ayant |a )?(?:requis|demandé|souhaité garder|souhaité conserver|voulu garder|préféré garder|sollicité|exigé|réclamé|gardé) l'anonymat|requérant l'anonymat|(?:s'exprimant |parlant )?(?:sous (?:le )?)?couvert (?:de l'|d'|d'un strict )?anonymat|sous le sceau de l'anonymat|s'exprimant anonymement|anonymement|(?:n'étant pas|pas|non) autorisée?s? à (?:s'exprimer|parler|communiquer|commenter)(?: publiquement)?|qui (?:ne )?(?:souhaite|souhaitait|veut|voulait|a souhaité) (?:ne pas |pas )?être (?:nommée?s?|identifiée?s?|citée?s?)|(?:par|de) crainte de représailles|pour des raisons de sécurité|(?:souhaité|souhaite|souhaitait|voulu|veut|voulait|préféré|préfère|demandé à|tenu à) (?:rester|demeurer) anonymes?/u,
  reachedBy:
    /(?:joints?|jointes?|contactée?s?|interrogée?s?|cités?|citées?|interviewée?s?) (?:par (?:l'AFP|téléphone|la presse|\p{Lu}\S*)|au téléphone)/u,
  unattributedClaims: [
    {
      pattern:
        /\b(?:a|ont|avait|avaient|aurait|auraient)(?: (?:longtemps|déjà|souvent|régulièrement|aussi|également|parfois|notamment|récemment|longuement|à plusieurs reprises|maintes fois))* été (?:accusée?s?|soupçonnée?s?|suspectée?s?|mise?s? en cause|présentée?s? comme|décrite?s? comme|considérée?s? comme|pointée?s? du doigt|qualifiée?s? de)/u,
      type: 'passive',
      why: {
        en: 'agentless passive: accused or described by whom?',
        fr: 'passif sans agent : accusé ou décrit par qui ?',
      },
    },
    {
      pattern:
        /\b(?:est|sont|était|étaient)(?: (?:longtemps|déjà|souvent|aussi|également|parfois|notamment|largement|fortement))* (?:accusée?s?|soupçonnée?s?|suspectée?s?|considérée?s? comme|présentée?s? comme|décrite?s? comme|dite?s?(?= \p{L}))/u,
      type: 'passive',
      why: {
        en: 'agentless passive: accused or considered by whom?',
        fr: 'passif sans agent : accusé ou considéré par qui ?',
      },
    },
    {
      pattern:
        /\bréputée?s?(?: (?:pour|être|avoir|comme|proche|abriter|\p{L}+er|\p{L}+ir|\p{L}+re))?/u,
      type: 'passive',
      why: {
        en: "hedged claim ('réputé') with no source",
        fr: 'affirmation prudente (« réputé ») sans source',
      },
    },
    {
      pattern:
        /\bil (?:est|était|serait) (?:reproché|dit|rapporté|murmuré|admis|établi) (?:à|que|qu')|\bon (?:dit|raconte|murmure|prétend|affirme|rapporte) (?:que|qu')|\b(?:dit|murmure|raconte)-on\b|\bil se (?:dit|murmure|raconte) (?:que|qu')|\bil paraît (?:que|qu')/u,
      type: 'passive',
      why: { en: 'impersonal report: who says so?', fr: 'formule impersonnelle : qui le dit ?' },
    },
    {
      pattern:
        /\b(?:aurait|auraient|serait|seraient)(?: (?:déjà|été|bien|même|ainsi|également|aussi|notamment|en effet|pris|eu))* (?!(?:dû|pu|voulu|aimé|souhaité|préféré|fallu|possible|prêts?|prêtes?|nécessaire|utile|souhaitable)\b)\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes|ort|orte|orts|ortes)\b/u,
      type: 'conditional',
      why: {
        en: "French conditional of unconfirmed news with no source ('aurait', 'serait')",
        fr: 'conditionnel de l’information non confirmée, sans source (« aurait », « serait »)',
      },
    },
    {
      pattern:
        /\b(?:présumée?s?|prétendue?s?|supposée?s?) (?:auteur|autrice|coupable|responsable)s?\b/u,
      type: 'hedge',
      why: { en: 'hedged claim with no source', fr: 'affirmation prudente sans source' },
    },
  ],
  vagueSources:
    /\b(?:selon|d'après|pour) (?:certaine?s|plusieurs|de nombreux|de nombreuses|des|divers|nombre d'|quelques|d'aucuns|beaucoup d')\s*(?:observateurs|experts|analystes|spécialistes|sources|commentateurs|connaisseurs|voix|médias|critiques|informations)(?!\s+(?:(?!concordantes|bien)\p{Ll}{4,}|au sein|de la|de l'|d'|de \p{Lu}|du|des|à la|au))|\b(?:estiment|disent|affirment|jugent|pensent|assurent|croient|soulignent|déplorent|dénoncent|redoutent|craignent)(?:-ils|-elles)? certains\b|\b(?:certains|d'aucuns|beaucoup|nombreux sont ceux qui|certains observateurs|certains experts|certains analystes)(?: y| en| l'| le| la| les)? (?:estiment|disent|affirment|jugent|pensent|assurent|croient|redoutent|craignent|soulignent|dénoncent|voient|considèrent|prédisent|s'attendent)\b|\bde sources? (?:bien )?informées?\b|\bselon (?:certaines|des) sources\b(?!\s+(?:(?!concordantes|bien)\p{Ll}{4,}|au sein|de la|de l'|d'|de \p{Lu}|du|des|à la|au))/u,
  sourceInSentence: /\b(?:selon|d'après|de sources?|a-t-on appris|apprend-on)\b/u,
  femaleNames: new Set(FEMALE.split(/\s+/).filter(Boolean)),
  maleNames: new Set(MALE.split(/\s+/).filter(Boolean)),
  stopwords: new Set(
    'le la les des et est une du que qui dans pour pas au sur avec ce cette il elle ont a été sont aux par se leur mais ou où un y en ne nous vous ils elles son sa ses ces aussi plus très être avoir selon certains sans entre après avant depuis chez dont donc car'.split(
      ' ',
    ),
  ),
  preNominal: `haut hauts haute hautes ancien ancienne anciens nouveau nouvelle jeune grand
    grande premier première second seconde deuxième autre autres simple principal principale
    proche`.split(/\s+/),
}
