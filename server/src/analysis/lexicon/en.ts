import type { Lexicon } from './types'

/** Reporting verbs: base → [third person present, past, participle when different]. */
const VERBS = `say:says:said tell:tells:told add:adds:added state:states:stated explain:explains:explained
  note:notes:noted write:writes:wrote:written tweet:tweets:tweeted post:posts:posted
  warn:warns:warned argue:argues:argued insist:insists:insisted claim:claims:claimed
  announce:announces:announced confirm:confirms:confirmed deny:denies:denied
  acknowledge:acknowledges:acknowledged admit:admits:admitted assert:asserts:asserted
  maintain:maintains:maintained reply:replies:replied respond:responds:responded
  declare:declares:declared remark:remarks:remarked comment:comments:commented
  observe:observes:observed continue:continues:continued predict:predicts:predicted
  promise:promises:promised urge:urges:urged recall:recalls:recalled concede:concedes:conceded
  complain:complains:complained caution:cautions:cautioned suggest:suggests:suggested
  estimate:estimates:estimated testify:testifies:testified allege:alleges:alleged
  stress:stresses:stressed emphasize:emphasizes:emphasized emphasise:emphasises:emphasised
  report:reports:reported reveal:reveals:revealed disclose:discloses:disclosed
  contend:contends:contended counter:counters:countered retort:retorts:retorted
  recount:recounts:recounted describe:describes:described describe:describes:described
  conclude:concludes:concluded vow:vows:vowed pledge:pledges:pledged
  boast:boasts:boasted lament:laments:lamented quip:quips:quipped shout:shouts:shouted
  whisper:whispers:whispered demand:demands:demanded predict:predicts:predicted
  acknowledge:acknowledges:acknowledged agree:agrees:agreed point:points:pointed
  accuse:accuses:accused blame:blames:blamed praise:praises:praised welcome:welcomes:welcomed
  criticize:criticizes:criticized criticise:criticises:criticised call:calls:called ask:asks:asked
  dub:dubs:dubbed term:terms:termed`

const entries = VERBS.split(/\s+/)
  .filter(Boolean)
  .map((entry) => entry.split(':'))

/** `point` only reports as `pointed out`; `agree` is too often not a report. */
const NOT_FINITE_ALONE = new Set(['point', 'points', 'pointed', 'agree', 'agrees', 'agreed'])

/** Present forms that are far more often nouns (`the state`, `a report`, `the claims`). */
const NOUN_LIKE = new Set(
  `state states report reports call calls note notes post posts claim claims comment comments
  continue continues estimate estimates remark remarks reply replies respond responds caution
  cautions demand demands praise praises welcome welcomes blame blames accuse accuses tweet
  tweets describe describes reveal reveals disclose discloses counter counters quip quips shout
  shouts whisper whispers boast boasts lament laments pledge pledges conclude concludes testify
  testifies allege alleges suggest suggests confirm confirms announce announces observe observes
  term terms dub dubs ask asks stress stresses order orders`.split(/\s+/),
)

const finiteCues = [
  ...new Set(
    entries.flatMap(([base, third, past]) =>
      [base, third, past].filter((form) => !NOT_FINITE_ALONE.has(form) && !NOUN_LIKE.has(form)),
    ),
  ),
  'pointed out',
  'points out',
  'went on',
  'goes on',
  'paid tribute',
  'pays tribute',
]

const participles = [...new Set(entries.map((entry) => entry[3] ?? entry[2]))].filter(
  (form) => !NOT_FINITE_ALONE.has(form),
)

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
  betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
  stephanie rebecca laura sharon cynthia kathleen amy angela shirley anna brenda pamela emma
  nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
  diane julie joyce victoria kelly christina lauren joan evelyn olivia judith megan cheryl
  martha andrea frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris
  madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana
  brittany natalie sophia rose isabella alexis kayla charlotte fatima aisha amina leila priya
  mei yuki ana sofia elena lucia ingrid greta astrid olga irina natasha claire sophie chloe
  zoe nora ruth esther naomi miriam`
const MALE = `james robert john michael david william richard joseph thomas charles christopher
  daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
  ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
  brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
  jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
  roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
  bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell
  bobby mason philip louis mohammed muhammad ahmed ali omar hassan ibrahim yusuf raj arjun wei
  hiroshi kenji carlos miguel luis pedro diego marco luca hans lars sven ivan sergei dmitri
  viktor pierre jean tom tim ben sam max leo oliver harry jake luke owen liam`

export const en: Lexicon = {
  language: 'en',
  finiteCues,
  gerunds: `saying adding telling noting warning arguing insisting claiming calling describing
    stating explaining stressing accusing vowing urging announcing confirming denying
    acknowledging admitting asserting predicting promising writing citing`.split(/\s+/),
  participles,
  auxiliaries: ['has', 'have', 'had', 'having', 'would have', 'will have'],
  insertedAdverbs: [
    'also',
    'previously',
    'repeatedly',
    'since',
    'long',
    'already',
    'recently',
    'publicly',
    'privately',
    'earlier',
    'later',
    'again',
    'often',
    'consistently',
    'always',
    'never',
  ],
  reflexiveCues: [],
  prepositionCues: ['according to'],
  clitics: {},
  pronouns: {
    he: { gender: 'm', plural: false },
    she: { gender: 'f', plural: false },
    they: { gender: null, plural: true },
    it: { gender: null, plural: false, neuter: true },
    him: { gender: 'm', plural: false },
    her: { gender: 'f', plural: false },
    them: { gender: null, plural: true },
    'the latter': { gender: null, plural: false },
  },
  determiners: {
    the: { definite: true, gender: null, plural: false },
    a: { definite: false, gender: null, plural: false },
    an: { definite: false, gender: null, plural: false },
    some: { definite: false, gender: null, plural: true },
    several: { definite: false, gender: null, plural: true },
    many: { definite: false, gender: null, plural: true },
    two: { definite: false, gender: null, plural: true },
    three: { definite: false, gender: null, plural: true },
    four: { definite: false, gender: null, plural: true },
    other: { definite: false, gender: null, plural: true },
    this: { definite: true, gender: null, plural: false },
    that: { definite: true, gender: null, plural: false },
    these: { definite: true, gender: null, plural: true },
    those: { definite: true, gender: null, plural: true },
    his: { definite: true, gender: null, plural: false },
    her: { definite: true, gender: null, plural: false },
    its: { definite: true, gender: null, plural: false },
    their: { definite: true, gender: null, plural: false },
    one: { definite: false, gender: null, plural: false },
    another: { definite: false, gender: null, plural: false },
  },
  titles: {
    'mr.': 'm',
    mr: 'm',
    'mrs.': 'f',
    mrs: 'f',
    'ms.': 'f',
    ms: 'f',
    'dr.': null,
    dr: null,
    'prof.': null,
    'gen.': null,
    'sen.': null,
    'rep.': null,
    'gov.': null,
    'lt.': null,
    'col.': null,
    'capt.': null,
    'sgt.': null,
    judge: null,
    justice: null,
    sir: 'm',
    dame: 'f',
    lord: 'm',
    lady: 'f',
    president: null,
    senator: null,
    governor: null,
    mayor: null,
    minister: null,
    chancellor: null,
    general: null,
    coach: null,
    detective: null,
    sheriff: null,
    chief: null,
    officer: null,
    commissioner: null,
    superintendent: null,
    inspector: null,
    director: null,
    secretary: null,
    ambassador: null,
    representative: null,
    prosecutor: null,
    councilman: 'm',
    councilwoman: 'f',
    councillor: null,
    councilor: null,
    congressman: 'm',
    congresswoman: 'f',
    pastor: null,
    father: 'm',
    sister: 'f',
    professor: null,
    captain: null,
    colonel: null,
    sergeant: null,
    lieutenant: null,
  },
  roleNouns: `official spokesman spokeswoman spokesperson source witness diplomat investigator
    officer policeman policewoman soldier doctor nurse member aide adviser advisor executive
    employee resident lawmaker insider analyst expert observer negotiator activist protester
    farmer worker researcher scientist rescuer firefighter paramedic leader lawyer attorney
    prosecutor judge director president minister mayor governor chief commander coach player
    captain manager representative delegate secretary ambassador envoy mediator inspector agent
    victim survivor passenger student teacher parent mother father son daughter brother sister
    neighbor neighbour friend commissioner economist strategist trader banker engineer pilot
    driver vendor shopkeeper owner official staffer operative organizer organiser chairman
    chairwoman chairperson ceo founder partner consultant physician surgeon epidemiologist
    virologist professor historian curator guard ranger trooper deputy sheriff detective
    councilman councilwoman councillor councilor senator congressman congresswoman
    administrator auditor regulator supervisor foreman fisherman skipper captain instructor
    guide skier herder pharmacist midwife vet hiker climber retiree pensioner tourist volunteer
    refugee migrant prisoner hostage defendant miner person`.split(/\s+/),
  uniqueRoles: `president minister mayor governor chief commander coach captain manager secretary
    ambassador envoy mediator prosecutor judge director chairman chairwoman chairperson ceo
    founder sheriff commissioner superintendent chancellor premier spokesman spokeswoman
    spokesperson lawyer attorney`.split(/\s+/),
  organizationNouns: `ministry government prefecture council court police army military company
    firm union federation association agency commission assembly senate congress parliament
    authority authorities department office bank hospital embassy club party administration
    university institute foundation fund organization organisation coalition alliance
    opposition junta regulator board committee network airline carrier operator manufacturer
    group team cabinet presidency campaign league utility watchdog prosecutors' guard
    coastguard navy airforce`.split(/\s+/),
  organizationNameWords: `Ministry Department Party Union Council Commission Court Bank Group
    Federation Confederation Organization Organisation Foundation Fund Institute University
    Hospital Police Army Association Agency Office Nations International Assembly Senate
    Congress Parliament Authority Board Committee Corp Corporation Inc Ltd LLC Company Club
    Airlines Motors Energy Bureau Service Services Network Watch Reuters Press Times Post
    Guard Coast Navy Force Administration Command Center Centre Trust Alliance League
    Coalition Council Service Capital Partners Holdings Systems Technologies Labs Industries
    Mining Metals Minerals Resources Oil Gas Petroleum Steel Logistics Shipping Railways Airways
    Aerospace Pharmaceuticals Pharma Securities Insurance Bancorp Ventures Media Group Studios
    Electric Power Utilities Telecom Communications Solutions Enterprises Manufacturing`.split(
    /\s+/,
  ),
  documentNouns: `statement report study poll survey filing letter memo note document ruling
    decision judgment judgement order complaint indictment lawsuit affidavit transcript
    release communique communiqué assessment audit review analysis estimate forecast`.split(/\s+/),
  adverbialStarts: `on in at after before during since while when as by for with from to
    under over earlier later meanwhile however but yet still also speaking asked reached
    contacted interviewed quoted writing addressing testifying monday tuesday wednesday
    thursday friday saturday sunday yesterday today tonight last this separately instead
    then now so and in addition further furthermore moreover`.split(/\s+/),
  relatives: ['who', 'which', 'whose', 'whom', 'where', 'that'],
  complementizers: ['that', 'but', 'because', 'and that', 'if', 'whether'],
  media: new RegExp(
    [
      'in (?:a|an|his|her|their|its|the) (?:statement|interview|post|press release|televised address|video|letter|tweet|speech|email|e-mail|memo|filing|report|op-ed|news conference|press conference|briefing)(?: (?:on|to|with|posted on|released on|published on|issued on) (?:X|Twitter|Facebook|Instagram|LinkedIn|Telegram|social media|the (?:\\p{Lu}\\S*\\s?){1,3}|\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|reporters))?',
      'on (?:X|Twitter|Facebook|Instagram|LinkedIn|Telegram|TikTok|YouTube|social media|television|radio|state television|national television|CNN|BBC)',
      'at (?:a|an|the) (?:news conference|press conference|briefing|hearing|rally|summit|meeting|event|ceremony|campaign event)',
      'during (?:a|an|the) (?:news conference|press conference|briefing|hearing|interview|speech|debate)',
      'by (?:phone|telephone|email|e-mail)',
      'in a phone interview',
      '(?:told|tells) (?:reporters|journalists|the press|AFP|Reuters|the AP|The Associated Press|the Associated Press|lawmakers|supporters|the court|the committee|the crowd|a news conference|a press conference|CNN|the BBC|BBC|state media|state television|\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,2})',
    ].join('|'),
    'gu',
  ),
  anonymityReasons:
    /(?:speaking |who spoke |spoke )?(?:on|under) (?:the )?condition of anonymity|speaking anonymously|(?:who |and )?(?:asked|requested|declined|wished) (?:not )?to be (?:named|identified|quoted by name)|asked not to be (?:named|identified)|declined to be (?:named|identified)|(?:was|is|were|are|being) not authori[sz]ed to (?:speak|talk|comment|discuss)|not authori[sz]ed to (?:speak|talk|comment|discuss)|(?:insisted on|requested|was granted|were granted|granted) anonymity|for fear of (?:reprisals?|retribution|retaliation)|because (?:he|she|they) (?:was|were|is|are) not (?:allowed|permitted|authori[sz]ed)|(?:asked|wished|wanted|preferred|requested) to (?:remain|stay) anonymous/u,
  reachedBy:
    /(?:reached|contacted|interviewed|quoted) (?:by (?:phone|telephone|AFP|Reuters|\p{Lu}\S*)|on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|on Saturday|on Sunday)/u,
  unattributedClaims: [
    {
      pattern: /\b(?:allegedly|reportedly|supposedly|purportedly|rumou?redly|apparently)\b/u,
      type: 'hedge',
      why: {
        en: 'hedge with no source: alleged or reported by whom?',
        fr: 'précaution sans source : selon qui ?',
      },
    },
    {
      pattern:
        /\b(?:is|are|was|were|has been|have been|had been)(?: (?:widely|long|also|now|still|often|generally|commonly))? (?:said|reported|believed|thought|alleged|rumou?red|understood|seen|considered|suspected|accused|rumored|claimed|known)(?: (?:last|this) (?:year|month|week)| in (?:19|20)\d\d)? (?:to|of|as)\b(?! (?:have been|be) (?:said|told)\b)/u,
      type: 'passive',
      why: {
        en: 'agentless passive: said, believed or accused by whom?',
        fr: 'passif sans agent : dit, cru ou accusé par qui ?',
      },
    },
    {
      pattern:
        /\b[Ii]t (?:is|was|has been|had been) (?:widely |long |generally |commonly )?(?:said|believed|reported|rumou?red|alleged|claimed|thought|understood) (?:that\b)?/u,
      type: 'passive',
      why: { en: 'impersonal report: who says so?', fr: 'formule impersonnelle : qui le dit ?' },
    },
    {
      pattern: /\b(?:rumou?rs|word) (?:has it|have it|say|said|suggest|suggested)\b/u,
      type: 'passive',
      why: { en: 'rumour with no source', fr: 'rumeur sans source' },
    },
  ],
  vagueSources:
    /(?:(?<![\p{L}\p{N}_,;:\x27\u2019-][ \t\u00a0]{0,3})|[,;:][ \t\u00a0]{0,3}|\b(?:and|but|as|while|because|although)[ \t\u00a0]{1,3})(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Cc]ertain|[Uu]nnamed)[ \t\u00a0]{1,3})?(?:(?:political|independent|industry|market|legal|military|foreign|local|western|economic|financial)[ \t\u00a0]{1,3})?\b(?:[Aa]nalysts|[Ee]xperts|[Oo]bservers|[Cc]ritics|[Ss]ources|[Cc]ommentators|[Ii]nsiders|[Pp]undits|[Ss]keptics|[Pp]eople)(?:\s+of\s+(?:the\s+)?\p{Ll}+)?\s+(?:say|said|believe|believed|argue|argued|claim|claimed|suggest|suggested|warn|warned|think|thought|fear|feared|contend|contended|note|noted|insist|insisted|expect|expected|predict|predicted)\b|\b(?:[Ss]ome|[Mm]any|[Ss]everal)\s+(?:analysts|experts|observers|critics|sources|commentators|insiders|pundits|people)\b(?!\s+(?:close|familiar|at|in|within|inside|with|from|briefed|involved|who))|\b(?:[Ss]ay|[Ss]aid|[Bb]elieve|[Aa]rgue|[Cc]laim)\s+(?:some|many|several)?\s*(?:analysts|experts|observers|critics|sources|commentators)\b|\baccording to (?:some|many|several|unnamed|unidentified)?\s*(?:analysts|experts|observers|critics|sources|commentators|reports)\b(?!\s+(?:close|familiar|at|in|within|inside|with|from|briefed|involved))/u,
  sourceInSentence: /\baccording to\b/u,
  femaleNames: new Set(FEMALE.split(/\s+/).filter(Boolean)),
  maleNames: new Set(MALE.split(/\s+/).filter(Boolean)),
  stopwords: new Set(
    'the and of to is that in for was said with it as at by from his her have has be are were this which an not will would they their he she been had but who also after more than there what about into over could'.split(
      ' ',
    ),
  ),
  preNominal: `senior junior top former chief deputy high-ranking high ranking veteran local
    regional federal state national foreign military government company police union hospital
    city county ministry white house party campaign defense defence interior`.split(/\s+/),
}
