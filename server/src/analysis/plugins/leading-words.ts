import { wordCharLength } from '../words'

/**
 * Where a pattern of the lexicon may match, found without running it. The big patterns that
 * rules run over a whole text (`vagueSources`, the claim triggers) try every position, a
 * Unicode lookbehind first; yet a match can only start where a few words stand. Their source
 * is read once into an automaton of what a match starts with, and one plain pass over a text
 * finds, for all of them together, the places where that may stand: the pattern then runs from
 * those places only (`matchesBySentence`), and finds the very matches it would have found.
 *
 * Conservative by construction: what the reading does not follow (`\p{L}`, `.`, a range, a
 * back-reference) accepts any text from there on, and a lookaround is read as reading nothing
 * (but for the word start before a match), so the places found hold every place where the
 * pattern matches, and a few more. A pattern that may match from anywhere (an empty match, a
 * leading `\p{L}`) gets no places and runs as before.
 */

/** Past this many characters read from a place, it is taken as one where a match may start
 * (a repeated group would otherwise make a long text cost a long walk at each place). */
const MOST_CHARS = 32
/** Past this many states of the automaton, a place is taken as one where a match may start. */
const MOST_STATES = 2000
/** Bounded repetitions spelled out (`[ \t]{0,3}`); past it, read as `*` (which allows more). */
const MOST_COPIES = 4

/**
 * Case-insensitive patterns compare letters as the `iu` flags do (Unicode simple case
 * folding). Inside Latin-1 that is `toLowerCase`; outside it, only these characters fold to a
 * Latin-1 one (`ſ` is `s`, the Kelvin sign `k`); every other one folds to itself, or to
 * another character outside Latin-1, so a letter of the pattern outside Latin-1 (`’`, `œ`) is
 * taken as any character outside Latin-1 (`OTHER`).
 */
const LATIN_FOLDS = new Map([
  [0x178, 0xff],
  [0x17f, 0x73],
  [0x39c, 0xb5],
  [0x3bc, 0xb5],
  [0x1e9e, 0xdf],
  [0x212a, 0x6b],
  [0x212b, 0xe5],
])
const LOWER = Uint16Array.from({ length: 256 }, (_, code) =>
  String.fromCharCode(code).toLowerCase().charCodeAt(0),
)
const OTHER = 0x10000
const FOLDED_TO_LATIN = [...LATIN_FOLDS.keys()]

function fold(code: number): number {
  if (code < 256) return LOWER[code]
  return LATIN_FOLDS.get(code) ?? OTHER
}

/** What `\s` matches (white space and line ends, as JavaScript defines them). */
const SPACES = [
  ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
]

/** The lexicon's word start (`\b` before a word, see `unicodeBoundaries`) and the negative
 * lookbehinds that start the same way, with white space that may stand between
 * (`(?<![\p{L}\p{N}_,;:][ \t]{0,3})`): no letter, digit or `_` stands before the place, or
 * before the few spaces before it. */
const NOT_AFTER_WORD = /^\[\\p\{L\}\\p\{N\}_[^\]]*\](?:\[([^\]]*)\]\{0,(\d+)\})?$/

/** Characters that may stand between a word and a place (`[ \t\u00a0]{0,3}` above). */
const GAP = new Set([0x20, 0x09, 0xa0])
/** At most this many of them. */
const MOST_GAP = 3

/** A state of the reading of a few patterns: `accept` holds the bit of a pattern a match of
 * which may start as read so far; `owner`, the bit of the pattern it was read from. */
interface State {
  id: number
  accept: number
  owner: number
  /** Moves without a character. */
  empty: State[]
  /** Moves without a character only where no letter, digit or `_` stands before, nor before
   * `gap` characters of `GAP` or fewer before. */
  afterNonWord: Array<{ to: State; gap: number }>
  /** Moves on one character (codes, folded for a case-insensitive pattern). */
  moves: Array<{ codes: Set<number>; to: State }>
}

interface Fragment {
  start: State
  end: State
}

class Unreadable extends Error {}

/** Reads a pattern source (the syntax of the `u` flag) into an automaton (Thompson's), its
 * states numbered on from those of the patterns read before. */
class Reader {
  private at = 0
  readonly accept: State

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
    private readonly states: State[],
    private readonly bit: number,
  ) {
    this.accept = this.state()
    this.accept.accept = bit
  }

  read(): State {
    const whole = this.alternatives()
    if (this.at !== this.source.length) throw new Unreadable()
    whole.end.empty.push(this.accept)
    return whole.start
  }

  private state(): State {
    const state: State = {
      id: this.states.length,
      accept: 0,
      owner: this.bit,
      empty: [],
      afterNonWord: [],
      moves: [],
    }
    this.states.push(state)
    return state
  }

  /** A fragment that reads nothing. */
  private empty(): Fragment {
    const start = this.state()
    const end = this.state()
    start.empty.push(end)
    return { start, end }
  }

  /** A fragment from which any text may follow: the reading stops there. */
  private unknown(): Fragment {
    const start = this.state()
    start.empty.push(this.accept)
    return { start, end: this.state() }
  }

  private alternatives(): Fragment {
    const branches = [this.sequence()]
    while (this.source[this.at] === '|') {
      this.at++
      branches.push(this.sequence())
    }
    if (branches.length === 1) return branches[0]
    const start = this.state()
    const end = this.state()
    for (const branch of branches) {
      start.empty.push(branch.start)
      branch.end.empty.push(end)
    }
    return { start, end }
  }

  private sequence(): Fragment {
    const whole = this.empty()
    let end = whole.end
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at])) {
      const next = this.quantified()
      end.empty.push(next.start)
      end = next.end
    }
    return { start: whole.start, end }
  }

  private atom(): Fragment {
    const source = this.source
    const char = source[this.at]
    if (char === '(') {
      this.at++
      let lookaround = ''
      if (source.startsWith('?:', this.at)) this.at += 2
      else if (/^\?<?[=!]/.test(source.slice(this.at, this.at + 3))) {
        lookaround = source.slice(this.at, source[this.at + 1] === '<' ? this.at + 3 : this.at + 2)
        this.at += lookaround.length
      } else if (source.startsWith('?<', this.at)) this.at = this.after('>')
      else if (source[this.at] === '?') throw new Unreadable()
      const contentStart = this.at
      const inner = this.alternatives()
      if (source[this.at] !== ')') throw new Unreadable()
      const content = source.slice(contentStart, this.at)
      this.at++
      if (!lookaround) return inner
      // A lookaround reads the text but consumes none of it: the match goes on where it stood
      // (only the word start is kept, to tell places inside a word from the others).
      const through = this.empty()
      const word = lookaround === '?<!' ? NOT_AFTER_WORD.exec(content) : null
      if (word) {
        // Spaces between, when they may be any of `GAP` (the search counts those): otherwise, a
        // word start with none between is all that is sure.
        const gap = word[1] === undefined ? 0 : Number(word[2])
        const spaces = word[1] === undefined ? null : this.charsOf(`[${word[1]}]`)
        const told =
          spaces !== null &&
          [...GAP].every((code) => spaces.includes(String.fromCharCode(code))) &&
          gap <= MOST_GAP
        through.start.empty.length = 0
        through.start.afterNonWord.push({ to: through.end, gap: told ? gap : 0 })
      }
      return through
    }
    if (char === '[') return this.characterClass()
    this.at++
    if (char === '\\') {
      const letter = source[this.at++]
      if (letter === 'b' || letter === 'B') return this.empty()
      if (letter === 's') return this.oneOf(SPACES)
      const escaped = this.escaped(letter)
      return escaped === null ? this.unknown() : this.oneOf([escaped])
    }
    if (char === '^' || char === '$') return this.empty()
    if (char === '.') return this.unknown()
    if ('*+?{}]'.includes(char)) throw new Unreadable()
    return this.oneOf([char])
  }

  /** Past the next `close`. */
  private after(close: string): number {
    const end = this.source.indexOf(close, this.at)
    if (end === -1) throw new Unreadable()
    return end + 1
  }

  /** The character of `\x27`, `\u2019`, `\u{1F600}`, `\t` or `\.` (the escape's letter read);
   * null for a class (`\p{L}`, `\s`), a back-reference or anything else. */
  private escaped(letter: string | undefined): string | null {
    const source = this.source
    const hex = (digits: string) => {
      if (!/^[0-9a-fA-F]+$/.test(digits)) throw new Unreadable()
      return String.fromCodePoint(Number.parseInt(digits, 16))
    }
    if (letter === undefined) throw new Unreadable()
    if (letter === 'p' || letter === 'P' || letter === 'k') {
      this.at = this.after(letter === 'k' ? '>' : '}')
      return null
    }
    if (letter === 'x' || (letter === 'u' && source[this.at] !== '{')) {
      const length = letter === 'x' ? 2 : 4
      this.at += length
      return hex(source.slice(this.at - length, this.at))
    }
    if (letter === 'u') {
      const end = this.after('}')
      const char = hex(source.slice(this.at + 1, end - 1))
      this.at = end
      return char
    }
    const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' }
    if (Object.hasOwn(controls, letter)) return controls[letter]
    return /^[\^$\\.*+?()[\]{}|/-]$/.test(letter) ? letter : null
  }

  /** The characters of a class written alone (`[ \t\u00a0]`); null when not told. */
  private charsOf(source: string): string[] | null {
    const reader = new Reader(source, false, [], 0)
    const chars = reader.classChars()
    return reader.at === source.length ? chars : null
  }

  /** `[,;:]` or `['’]` as their characters; a negated class, a range or a class escape in it
   * is unknown. */
  private characterClass(): Fragment {
    const chars = this.classChars()
    return chars ? this.oneOf(chars) : this.unknown()
  }

  private classChars(): string[] | null {
    const source = this.source
    this.at++
    const chars: string[] = []
    let known = source[this.at] !== '^'
    if (!known) this.at++
    while (source[this.at] !== ']') {
      const char = source[this.at++]
      if (char === undefined) throw new Unreadable()
      if (char === '\\' && source[this.at] === 's') {
        this.at++
        chars.push(...SPACES)
        continue
      }
      const escaped = char === '\\' ? this.escaped(source[this.at++]) : char
      if (escaped === null) known = false
      else chars.push(escaped)
      if (source[this.at] === '-' && source[this.at + 1] !== ']') known = false
    }
    this.at++
    return known && chars.length > 0 ? chars : null
  }

  /** One character among `chars`; one of two UTF-16 units ends what is known. */
  private oneOf(chars: string[]): Fragment {
    if (chars.some((char) => char.length > 1)) return this.unknown()
    const start = this.state()
    const end = this.state()
    const codes = chars.map((char) =>
      this.ignoreCase ? fold(char.charCodeAt(0)) : char.charCodeAt(0),
    )
    start.moves.push({ codes: new Set(codes), to: end })
    return { start, end }
  }

  /** An atom under its quantifier (`?`, `*`, `+`, `{m,n}`, lazy or not). */
  private quantified(): Fragment {
    const source = this.source
    const atomStart = this.at
    const atom = this.atom()
    const atomEnd = this.at
    let least = 1
    let most = 1
    const char = source[this.at]
    if (char === '?' || char === '*' || char === '+') {
      this.at++
      least = char === '+' ? 1 : 0
      most = char === '?' ? 1 : Infinity
    } else if (char === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.at, this.at + 24))
      if (!bounds) throw new Unreadable()
      this.at += bounds[0].length
      least = Number(bounds[1])
      most = bounds[2] === undefined ? least : bounds[3] ? Number(bounds[3]) : Infinity
    } else return atom
    if (source[this.at] === '?') this.at++
    const resume = this.at
    // More copies of the atom: its source read again.
    const copy = () => {
      this.at = atomStart
      const fragment = this.atom()
      if (this.at !== atomEnd) throw new Unreadable()
      return fragment
    }
    // Many repetitions read as a few then any number (a match of the first is one of these).
    if (most > MOST_COPIES) {
      least = Math.min(least, MOST_COPIES)
      most = Infinity
    }
    const whole = this.empty()
    let end = whole.end
    for (let count = 0; count < Math.max(least, 1); count++) {
      const next = count === 0 ? atom : copy()
      if (count >= least) end.empty.push(next.end) // `x?` / `x*`: the atom may be skipped
      end.empty.push(next.start)
      end = next.end
    }
    if (most === Infinity) {
      // The last copy again and again: `x*`, `x+`, `x{2,}`.
      const last = this.state()
      end.empty.push(last)
      const loop = copy()
      last.empty.push(loop.start)
      loop.end.empty.push(last)
      end = last
    } else {
      for (let count = Math.max(least, 1); count < most; count++) {
        const next = copy()
        end.empty.push(next.start)
        const after = this.state()
        end.empty.push(after)
        next.end.empty.push(after)
        end = after
      }
    }
    this.at = resume
    return { start: whole.start, end }
  }
}

/** The states of the automaton run over the text, by number: no match can start (`DEAD`),
 * too many states to tell (`GIVE_UP`, taken as a place where any of the patterns may match). */
const DEAD = 0
const GIVE_UP = 1

/**
 * The automaton of the starts of a few patterns, run over the text: each of its states is a
 * set of states of their readings, built when first reached, with the patterns a match of
 * which may start as read so far (`accepts`) and those still read (`alive`), as bits.
 */
class Starts {
  /** By UTF-16 unit: its class (0: a character no start holds, which ends every walk). */
  readonly classes = new Uint16Array(0x10000)
  /** The code of each class (folded for a case-insensitive pattern). */
  private readonly keys: number[] = [-1]
  private accepts = new Uint32Array(64)
  private alive = new Uint32Array(64)
  private readonly sets: State[][] = [[], []]
  private readonly numbers = new Map<string, number>()
  /** By state and class (`state * keys.length + class`): the next state, -1 until computed. */
  private moves = new Int32Array(0)
  /** The first state, by how many `GAP` characters stand between the place and a letter, a
   * digit or `_` before it (`MOST_GAP + 1`: none stands there, or further). */
  readonly first: number[] = []
  /** By the same, then by class: whether a match may start with a unit of the class. */
  readonly starting: Uint8Array[] = []

  constructor(states: State[], starts: State[], ignoreCase: boolean, everyBit: number) {
    // The codes the readings move on (those of states no start reaches too: a class more).
    const classOf = new Map<number, number>()
    for (const state of states) {
      for (const move of state.moves) {
        for (const code of move.codes) {
          if (!classOf.has(code)) {
            classOf.set(code, this.keys.length)
            this.keys.push(code)
          }
        }
      }
    }
    // Folded, every unit outside Latin-1 but a few is `OTHER`: one class for all of them.
    if (ignoreCase) {
      this.classes.fill(classOf.get(OTHER) ?? 0, 256)
      for (const code of [...Array.from({ length: 256 }, (_, i) => i), ...FOLDED_TO_LATIN]) {
        this.classes[code] = classOf.get(fold(code)) ?? 0
      }
    } else for (const [code, klass] of classOf) this.classes[code] = klass
    const width = this.keys.length
    this.moves = new Int32Array(64 * width).fill(-1)
    this.moves.fill(DEAD, 0, width)
    this.moves.fill(GIVE_UP, width, 2 * width)
    this.accepts[GIVE_UP] = everyBit
    this.alive[GIVE_UP] = everyBit
    for (let gap = 0; gap <= MOST_GAP + 1; gap++) {
      const start = this.state(starts, gap)
      this.first.push(start)
      this.starting.push(
        Uint8Array.from(this.keys, (_, klass) =>
          klass !== 0 && this.step(start, klass) !== DEAD ? 1 : 0,
        ),
      )
    }
  }

  /** The state of these states of the reading and of all they reach without a character (but
   * not through a word start when a letter, a digit or `_` stands `gap` characters before). */
  private state(states: State[], gap = MOST_GAP + 1): number {
    const reached = new Set<State>()
    const pending = [...states]
    for (let state = pending.pop(); state; state = pending.pop()) {
      if (reached.has(state)) continue
      reached.add(state)
      pending.push(...state.empty)
      for (const move of state.afterNonWord) if (move.gap < gap) pending.push(move.to)
    }
    if (reached.size === 0) return DEAD
    const sorted = [...reached].sort((a, b) => a.id - b.id)
    const key = sorted.map((state) => state.id).join(',')
    let number = this.numbers.get(key)
    if (number === undefined) {
      if (this.numbers.size >= MOST_STATES) return GIVE_UP
      number = this.sets.length
      this.numbers.set(key, number)
      this.sets.push(sorted)
      if (number === this.accepts.length) this.grow()
      for (const state of sorted) {
        this.accepts[number] |= state.accept
        this.alive[number] |= state.owner
      }
    }
    return number
  }

  private grow(): void {
    const size = 2 * this.accepts.length
    const accepts = new Uint32Array(size)
    accepts.set(this.accepts)
    this.accepts = accepts
    const alive = new Uint32Array(size)
    alive.set(this.alive)
    this.alive = alive
    const moves = new Int32Array(2 * this.moves.length).fill(-1)
    moves.set(this.moves)
    this.moves = moves
  }

  private step(state: number, klass: number): number {
    const at = state * this.keys.length + klass
    let next = this.moves[at]
    if (next === -1) {
      const code = this.keys[klass]
      const targets: State[] = []
      for (const from of this.sets[state]) {
        for (const move of from.moves) if (move.codes.has(code)) targets.push(move.to)
      }
      next = klass === 0 ? DEAD : this.state(targets)
      this.moves[at] = next
    }
    return next
  }

  /** The patterns a match of which may start with no character read (an empty match, or a
   * source read no further). */
  startAnywhere(): number {
    return this.first.reduce((bits, start) => bits | this.accepts[start], 0)
  }

  /** The patterns a match of which may start at `index`, as bits. */
  startsAt(gap: number, text: string, index: number): number {
    let state = this.first[gap]
    let found = 0
    const width = this.keys.length
    let moves = this.moves
    for (let i = index; ; i++) {
      found |= this.accepts[state]
      // Nothing more to find (and `DEAD` is alive for none).
      if ((this.alive[state] & ~found) === 0 || i >= text.length) return found
      if (i - index >= MOST_CHARS) return found | this.alive[state]
      const klass = this.classes[text.charCodeAt(i)]
      const next = moves[state * width + klass]
      if (next === -1) {
        state = this.step(state, klass)
        // (A new state may have grown the table.)
        moves = this.moves
      } else state = next
    }
  }
}

/** Whether the unit at `index` is a letter, a digit or `_` on its own (half of a pair is
 * taken as none, so a place after it is searched as any other). */
function isWordUnit(text: string, index: number, code: number): boolean {
  if (code === 95) return true
  if (code >= 0xd800 && code <= 0xdfff) return false
  return wordCharLength(text, index) > 0
}

/**
 * Where each of a few patterns may match in a text, found in one pass over it for all of them
 * (the last text's places are kept: the rules of one dispatch ask in turn).
 */
export interface StartSearch {
  /** The places, in order, where `pattern` may match in `text`; null when it may match
   * anywhere (a pattern not of the group, or one whose source does not tell). */
  starts(text: string, pattern: RegExp): number[] | null
}

export function startSearch(patterns: readonly RegExp[]): StartSearch {
  // Read together when they compare letters alike (all of the lexicon's do): the others, and
  // those whose source does not tell, run as before.
  const ignoreCase = patterns[0]?.ignoreCase ?? false
  const states: State[] = []
  const starts: State[] = []
  const searched = patterns.map((pattern, bit) => {
    if (bit >= 32 || !pattern.unicode || pattern.ignoreCase !== ignoreCase) return false
    const before = states.length
    try {
      starts.push(new Reader(pattern.source, ignoreCase, states, 1 << bit).read())
      return true
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error
      states.length = before
      return false
    }
  })
  const bits = searched.reduce((all, yes, bit) => (yes ? all | (1 << bit) : all), 0)
  const automaton = new Starts(states, starts, ignoreCase, bits)
  const anywhere = automaton.startAnywhere()
  const search = (text: string) => {
    const places: number[][] = patterns.map(() => [])
    // How many `GAP` characters stand between the place and a word character before it.
    let gap = MOST_GAP + 1
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (automaton.starting[gap][automaton.classes[code]] === 1) {
        let found = automaton.startsAt(gap, text, i)
        for (let bit = 0; found !== 0; bit++, found >>>= 1) if (found & 1) places[bit].push(i)
      }
      const word =
        code < 0x80
          ? (code >= 97 && code <= 122) ||
            (code >= 65 && code <= 90) ||
            (code >= 48 && code <= 57) ||
            code === 95
          : isWordUnit(text, i, code)
      if (word) gap = 0
      else if (gap <= MOST_GAP && (code === 0x20 || code === 0x09 || code === 0xa0)) gap++
      else gap = MOST_GAP + 1
    }
    return places
  }
  let lastText: string | null = null
  let lastPlaces: number[][] = []
  return {
    starts(text, pattern) {
      const index = patterns.indexOf(pattern)
      if (index === -1 || !searched[index] || anywhere & (1 << index)) return null
      if (text !== lastText) {
        lastPlaces = search(text)
        lastText = text
      }
      return lastPlaces[index]
    },
  }
}
