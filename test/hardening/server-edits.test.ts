/**
 * The language server under random typing and rude clients, over stdio (dist/server.js, built
 * by `npm test`): after every incremental edit its text is the local copy's and every range it
 * returns is valid for the current version; positions are exact with CRLF and astral
 * characters; unknown documents and a vanished client are survived; requests after shutdown are
 * refused.
 * Everything waits on the server's answers or its exit event, never on timers.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import {
  type Diagnostic,
  DocumentDiagnosticRequest,
  type DocumentSymbol,
  DocumentSymbolRequest,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  type Range,
  ResponseError,
  ShutdownRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { strip } from '../../server/src/analysis'
import { STRIPPED_TEXT_REQUEST, type StrippedText } from '../../server/src/lsp/protocol'
import { startTestServer, type TestClient } from '../lsp/harness'
import { dispatchText, fragment } from './arbitraries'
import { isBoundary } from './ranges'

/** Edit sequences per run of the property, and the most edits in one sequence. */
const SEQUENCES = 40
const EDITS = 8

/** Line starts as LSP counts lines: `\r\n`, `\r` and `\n` end a line, nothing else does. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++
    if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1)
  }
  return starts
}

/** Why `range` is not a range of `text`, or null: lines and characters inside the text (the
 * end of line at most), start before end, no surrogate pair split. */
function rangeProblem(text: string, range: Range): string | null {
  const starts = lineStarts(text)
  const offsets: number[] = []
  for (const position of [range.start, range.end]) {
    const { line, character } = position
    if (!Number.isInteger(line) || line < 0 || line >= starts.length) return `line ${line}`
    const lineEnd =
      line + 1 < starts.length
        ? starts[line + 1] - (text.slice(starts[line], starts[line + 1]).endsWith('\r\n') ? 2 : 1)
        : text.length
    const offset = starts[line] + character
    if (!Number.isInteger(character) || character < 0 || offset > lineEnd) {
      return `character ${character} of line ${line} (${lineEnd - starts[line]} long)`
    }
    if (!isBoundary(text, offset)) return `${line}:${character} splits a surrogate pair`
    offsets.push(offset)
  }
  return offsets[0] <= offsets[1] ? null : 'start after end'
}

function symbolRanges(symbols: DocumentSymbol[]): Range[] {
  return symbols.flatMap((s) => [s.range, s.selectionRange, ...symbolRanges(s.children ?? [])])
}

/** An offset of `text` where an editor can put the cursor: not inside a pair or a CRLF. */
function cursor(text: string, fraction: number): number {
  let offset = Math.floor(fraction * text.length)
  while (
    offset > 0 &&
    (!isBoundary(text, offset) || (text[offset - 1] === '\r' && text[offset] === '\n'))
  ) {
    offset--
  }
  return offset
}

interface Edit {
  from: number
  length: number
  insert: string
}

const edit: fc.Arbitrary<Edit> = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.double({ min: 0, max: 0.3, noNaN: true }),
  insert: fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join('')),
})

/** One didChange with one to three changes, each placed in the text as the previous left it. */
function changesFor(text: string, edits: Edit[]) {
  let current = TextDocument.create('file:///copy', 'dispatch', 0, text)
  const changes: TextDocumentContentChangeEvent[] = []
  for (const { from, length, insert } of edits) {
    const body = current.getText()
    const start = cursor(body, from)
    const end = Math.max(start, cursor(body, Math.min(1, from + length)))
    const change = {
      range: { start: current.positionAt(start), end: current.positionAt(end) },
      text: insert,
    }
    changes.push(change)
    current = TextDocument.update(current, [change], current.version + 1)
  }
  return changes
}

async function checkVersion(client: TestClient, uri: string, copy: TextDocument): Promise<void> {
  const text = copy.getText()
  const stripped = await client.connection.sendRequest<StrippedText>(STRIPPED_TEXT_REQUEST, {
    uri,
  })
  assert.equal(stripped.text, strip(text), 'the server sees the text the copy has')
  const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  })
  const diagnostics: Diagnostic[] = report.kind === 'full' ? report.items : []
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
    textDocument: { uri },
  })) as DocumentSymbol[] | null
  const problems = [
    ...diagnostics.map((d) => [`diagnostic ${d.code}`, rangeProblem(text, d.range)]),
    ...symbolRanges(symbols ?? []).map((r) => ['symbol', rangeProblem(text, r)]),
  ].filter(([, problem]) => problem !== null)
  assert.deepEqual(problems, [], `version ${copy.version} of ${JSON.stringify(text)}`)
}

/** Servers started by this file, killed after it if a failed test left one running (a live
 * child would keep the test process from ending). */
const started: TestClient[] = []

after(() => {
  for (const client of started) if (client.exitCode === undefined) client.child.kill()
})

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestClient> {
  const client = await startTestServer(options)
  started.push(client)
  return client
}

async function expectAnswerOrError(request: Promise<unknown>): Promise<unknown> {
  try {
    return await request
  } catch (error) {
    assert.ok(error instanceof ResponseError, `an LSP error, not ${String(error)}`)
    return error
  }
}

describe('server under random incremental edits', { timeout: 180_000 }, () => {
  test('after each edit its text is the copy and every diagnostic and symbol range is valid', async () => {
    const client = await start({ pull: true })
    let documents = 0
    let edits = 0
    await fc.assert(
      fc.asyncProperty(
        dispatchText(20),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: EDITS,
        }),
        async (initial, batches) => {
          const uri = `file:///hardening/edits-${documents++}.dispatch`
          await client.open(uri, initial)
          let copy = TextDocument.create(uri, 'dispatch', 1, initial)
          await checkVersion(client, uri, copy)
          for (const batch of batches) {
            const changes = changesFor(copy.getText(), batch)
            const version = await client.change(uri, changes)
            copy = TextDocument.update(copy, changes, version)
            edits += changes.length
            await checkVersion(client, uri, copy)
          }
          await client.close(uri)
        },
      ),
      { numRuns: SEQUENCES, endOnFailure: true },
    )
    console.log(`${documents} documents, ${edits} incremental changes, every version checked`)
    assert.equal(client.exitCode, undefined, 'the server is still running')
    await client.stop()
  })
})

describe('exact positions', () => {
  test('CRLF: a quotation on the fourth line is reported at its line and characters', async () => {
    const client = await start()
    const uri = 'file:///hardening/crlf.dispatch'
    // Line 3 (0-based) is `« Sans source ».`: the words start after `« ` (character 2).
    await client.open(uri, 'date 2021-07 Lyon |\r\nLa ville est calme.\r\n\r\n« Sans source ».\r\n')
    const published = await client.diagnosticsFor(uri, 1)
    const quote = published.diagnostics.find((d) => d.code === 'unattributed-quote')
    assert.deepEqual(quote?.range, {
      start: { line: 3, character: 2 },
      end: { line: 3, character: 13 },
    })
    await client.stop()
  })

  test('emoji: a quotation after two emoji is reported at UTF-16 characters', async () => {
    const client = await start()
    const uri = 'file:///hardening/emoji.dispatch'
    // Each 😀 is two UTF-16 units: `😀😀 « ` is 7 units, `Sans source` 11.
    await client.open(uri, '😀😀 « Sans source ».')
    const published = await client.diagnosticsFor(uri, 1)
    const quote = published.diagnostics.find((d) => d.code === 'unattributed-quote')
    assert.deepEqual(quote?.range, {
      start: { line: 0, character: 7 },
      end: { line: 0, character: 18 },
    })
    await client.stop()
  })
})

describe('rude clients', () => {
  test('requests for a document never opened answer, and the server keeps serving', async () => {
    const client = await start({ pull: true })
    const textDocument = { uri: 'file:///hardening/never-opened.dispatch' }
    await expectAnswerOrError(
      client.connection.sendRequest(HoverRequest.type, {
        textDocument,
        position: { line: 0, character: 0 },
      }),
    )
    const symbols = await expectAnswerOrError(
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    )
    assert.ok(symbols === null || symbols instanceof ResponseError || Array.isArray(symbols))
    await expectAnswerOrError(
      client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument }),
    )
    await expectAnswerOrError(
      client.connection.sendRequest(STRIPPED_TEXT_REQUEST, { uri: textDocument.uri }),
    )
    const uri = 'file:///hardening/opened.dispatch'
    await client.open(uri, '« Oui », a dit Paul Martin.')
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    assert.equal(report.kind, 'full')
    await client.stop()
    assert.equal(client.exitCode, 0)
  })

  test('configuration files nested 100,000 deep, binary or invalid: the dispatch is still analysed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dispatch-lens-hardening-server-'))
    try {
      const configs: Record<string, string | Uint8Array> = {
        deep: `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        binary: Uint8Array.from([0x7b, 0x00, 0x7d]),
        invalid: '{\n  "language": "fr",\n}\n',
      }
      const client = await start()
      for (const [name, config] of Object.entries(configs)) {
        await mkdir(join(folder, name))
        await writeFile(join(folder, name, '.dispatch-lens.json'), config)
        const uri = pathToFileURL(join(folder, name, 'a.dispatch')).href
        await client.open(uri, '😀😀 « Sans source ».')
        const published = await client.diagnosticsFor(uri, 1)
        assert.ok(
          published.diagnostics.some((d) => d.code === 'unattributed-quote'),
          `${name}: analysed with the defaults`,
        )
      }
      assert.equal(client.exitCode, undefined, 'the server is still running')
      await client.stop()
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('a request after shutdown is refused with InvalidRequest, and exit ends the process with code 0', async () => {
    const client = await start()
    const uri = 'file:///hardening/shutdown.dispatch'
    await client.open(uri, '« Oui », a dit Paul Martin.')
    await client.connection.sendRequest(ShutdownRequest.type)
    const after = await expectAnswerOrError(
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
    )
    assert.ok(after instanceof ResponseError, 'a request after shutdown must be refused')
    assert.equal(after.code, ErrorCodes.InvalidRequest)
    const exited = new Promise<number | null>((resolve) => client.child.once('exit', resolve))
    await client.connection.sendNotification(ExitNotification.type)
    assert.equal(await exited, 0)
  })

  test('a client that disconnects (closes the input) leaves a server that exits on its own', {
    timeout: 20_000,
  }, async () => {
    const client = await start()
    await client.open('file:///hardening/orphan.dispatch', '« Oui », a dit Paul Martin.')
    await client.diagnosticsFor('file:///hardening/orphan.dispatch', 1)
    const exited = new Promise<number | null>((resolve) => client.child.once('exit', resolve))
    client.child.stdin.end()
    const code = await exited
    console.log(`exit code after the client went away: ${code}`)
    assert.notEqual(code, null, 'exited by itself, not killed')
    assert.doesNotMatch(client.stderr, /^\s+at /m)
  })
})
