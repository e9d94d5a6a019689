/**
 * (3) Editor latency over a real stdio connection to `dist/server.js`: a 1,500-word dispatch is
 * opened, then edited one character at a time at random places (a letter typed or a character
 * deleted), waiting for each answer before the next keystroke:
 * - pull diagnostics: from sending `didChange` to the `textDocument/diagnostic` answer for that
 *   version (what VS Code does with a server that offers pull);
 * - push diagnostics: from `didChange` to `publishDiagnostics` of that version (includes the
 *   server's debounce, which waits for typing to pause on purpose);
 * - hover on a quotation and the document outline after each edit;
 * - startup: from spawning the server to the first hover answered on the opened document.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import {
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { startTestServer, type TestClient } from '../test/lsp/harness'
import { createRandom, type Random } from './random'
import { atMost, elapsed, type Figure, percentile } from './stats'

export interface EditorOptions {
  path: string
  words: number
  seed: number
  edits: number
  warmupEdits: number
  rounds: number
  pushEdits: number
  pushRounds: number
  startupRounds: number
}

const TYPED = 'aeinorstu ,.'
const OPENING_MARKS = /[«“"]/g

/** The document as the editor holds it, and the single-character edits the user types. */
class EditorDocument {
  document: TextDocument

  constructor(
    readonly uri: string,
    text: string,
    private readonly random: Random,
  ) {
    this.document = TextDocument.create(uri, 'dispatch', 1, text)
  }

  /** A random keystroke: type a character, or delete one, at a random place. */
  keystroke(): TextDocumentContentChangeEvent {
    const text = this.document.getText()
    const offset = this.random.below(text.length)
    const start = this.document.positionAt(offset)
    const change =
      this.random.next() < 0.5 || text.length < 2
        ? { range: { start, end: start }, text: this.random.pick([...TYPED]) }
        : { range: { start, end: this.document.positionAt(offset + 1) }, text: '' }
    this.document = TextDocument.update(this.document, [change], this.document.version + 1)
    return change
  }

  /** Just inside a random opening quotation mark: hovers there name the speaker. */
  quotationPosition(): Position {
    const text = this.document.getText()
    const marks = [...text.matchAll(OPENING_MARKS)].map((match) => match.index)
    const offset = marks.length > 0 ? this.random.pick(marks) + 2 : 0
    return this.document.positionAt(Math.min(offset, text.length))
  }
}

function uriOf(path: string): string {
  return pathToFileURL(path).href
}

/** Time one pull: the answer must be for the version just sent (result id `generation:version`). */
async function pullDiagnostics(client: TestClient, uri: string, version: number): Promise<void> {
  const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  })
  const resultId = 'resultId' in report ? report.resultId : undefined
  if (resultId?.split(':')[1] !== String(version)) {
    throw new Error(
      `pull diagnostics answered ${resultId ?? 'no result id'} for version ${version}`,
    )
  }
}

async function timedRequest(request: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await request()
  return elapsed(start)
}

interface PullRound {
  diagnostics: number[]
  hover: number[]
  symbols: number[]
}

async function pullSession(options: EditorOptions, text: string): Promise<PullRound[]> {
  const client = await startTestServer({ pull: true })
  try {
    const editor = new EditorDocument(uriOf(options.path), text, createRandom(options.seed))
    const { uri } = editor
    await client.open(uri, text)
    await pullDiagnostics(client, uri, 1)
    const rounds: PullRound[] = []
    for (let round = -1; round < options.rounds; round++) {
      const edits = round < 0 ? options.warmupEdits : options.edits
      const samples: PullRound = { diagnostics: [], hover: [], symbols: [] }
      for (let edit = 0; edit < edits; edit++) {
        const change = editor.keystroke()
        const start = performance.now()
        const version = await client.change(uri, [change])
        await pullDiagnostics(client, uri, version)
        samples.diagnostics.push(elapsed(start))
        const position = editor.quotationPosition()
        const textDocument = { uri }
        samples.hover.push(
          await timedRequest(() =>
            client.connection.sendRequest(HoverRequest.type, { textDocument, position }),
          ),
        )
        samples.symbols.push(
          await timedRequest(() =>
            client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
          ),
        )
      }
      if (round >= 0) rounds.push(samples)
    }
    return rounds
  } finally {
    await client.stop()
  }
}

async function pushSession(options: EditorOptions, text: string): Promise<number[][]> {
  const client = await startTestServer()
  try {
    const editor = new EditorDocument(uriOf(options.path), text, createRandom(options.seed + 1))
    const { uri } = editor
    await client.open(uri, text)
    await client.diagnosticsFor(uri, 1)
    const rounds: number[][] = []
    for (let round = 0; round < options.pushRounds; round++) {
      const samples: number[] = []
      for (let edit = 0; edit < options.pushEdits; edit++) {
        const change = editor.keystroke()
        const start = performance.now()
        const version = await client.change(uri, [change])
        await client.diagnosticsFor(uri, version)
        samples.push(elapsed(start))
      }
      rounds.push(samples)
    }
    return rounds
  } finally {
    await client.stop()
  }
}

/** Spawn to first hover answered, one fresh server per round (the first is a warm-up). */
async function startupTimes(options: EditorOptions, text: string): Promise<number[]> {
  const times: number[] = []
  const uri = uriOf(options.path)
  const editor = new EditorDocument(uri, text, createRandom(options.seed))
  for (let round = -1; round < options.startupRounds; round++) {
    const start = performance.now()
    const client = await startTestServer()
    await client.open(uri, text)
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: editor.quotationPosition(),
    })
    const ms = elapsed(start)
    await client.stop()
    if (hover === null) throw new Error('the first hover on a quotation answered nothing')
    if (round >= 0) times.push(ms)
  }
  return times
}

export async function measureEditor(options: EditorOptions): Promise<Figure[]> {
  const text = readFileSync(options.path, 'utf8')
  const pull = await pullSession(options, text)
  const push = await pushSession(options, text)
  const startup = await startupTimes(options, text)
  const section = `Editor (${options.words}-word dispatch, ${options.edits} random one-character edits × ${options.rounds} rounds)`
  const per = (pick: (round: PullRound) => number[], p: number) =>
    pull.map((round) => percentile(pick(round), p))
  const ms = (label: string, samples: number[], goal?: number): Figure => ({
    section,
    label,
    unit: 'ms',
    samples,
    goal: goal === undefined ? undefined : atMost(goal, 'ms'),
  })
  return [
    ms(
      'diagnostics (pull) p50',
      per((r) => r.diagnostics, 50),
    ),
    ms(
      'diagnostics (pull) p95',
      per((r) => r.diagnostics, 95),
      30,
    ),
    ms(
      'diagnostics (pull) max',
      per((r) => r.diagnostics, 100),
    ),
    ms(
      `diagnostics (push, ${options.pushEdits} edits/round) p50`,
      push.map((round) => percentile(round, 50)),
    ),
    ms(
      `diagnostics (push, ${options.pushEdits} edits/round) p95`,
      push.map((round) => percentile(round, 95)),
    ),
    ms(
      'hover on a quotation p95',
      per((r) => r.hover, 95),
      10,
    ),
    ms(
      'documentSymbol p95',
      per((r) => r.symbols, 95),
      10,
    ),
    ms('startup: spawn to first hover', startup),
  ]
}
