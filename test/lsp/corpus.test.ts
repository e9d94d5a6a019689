/**
 * Every dispatch of the test corpus through every capability over stdio: no request fails, and
 * every range the server returns lies inside the text it was given. Plus positions on CRLF text
 * with characters outside the BMP, where UTF-16 columns and line ends are easy to get wrong.
 */
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import {
  CodeActionRequest,
  CodeLensRequest,
  type Diagnostic,
  DocumentDiagnosticRequest,
  type DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  type Range,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node'
import { fixtureUri, ROOT, readFixture, startTestServer, type TestClient } from './harness'
import { SAMPLE } from './samples'

const corpus = ['fr', 'en'].flatMap((language) => {
  let names: string[] = []
  try {
    names = readdirSync(join(ROOT, 'test/corpus', language))
  } catch {
    names = []
  }
  return names
    .filter((name) => name.endsWith('.dispatch'))
    .map((name) => `test/corpus/${language}/${name}`)
})

function assertInside(text: string, range: Range, what: string): void {
  const lines = text.split(/\r?\n/)
  for (const position of [range.start, range.end]) {
    const line = lines[position.line]
    assert.ok(line !== undefined, `${what}: line ${position.line} exists`)
    assert.ok(position.character <= line.length, `${what}: column ${position.character} in line`)
  }
}

function textOf(text: string, range: Range): string {
  const lines = text.split(/\r?\n/)
  if (range.start.line !== range.end.line) return ''
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character)
}

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children ?? [])])
}

describe('the corpus through every capability', { timeout: 120_000 }, () => {
  let client: TestClient
  before(async () => {
    client = await startTestServer({ pull: true })
  })
  after(() => client.stop())

  test('the corpus is there', () => {
    assert.ok(corpus.length >= 1)
  })

  for (const file of corpus) {
    test(file, async () => {
      const text = readFixture(file)
      const uri = fixtureUri(file)
      await client.open(uri, text)
      const textDocument = { uri }
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument,
      })
      const diagnostics: Diagnostic[] = report.kind === 'full' ? report.items : []
      for (const d of diagnostics) assertInside(text, d.range, `diagnostic ${d.code}`)
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
        textDocument,
      })) as DocumentSymbol[]
      for (const symbol of flatten(symbols)) assertInside(text, symbol.range, symbol.name)
      // A hover on every symbol (quotations, claims, speakers) answers.
      for (const symbol of flatten(symbols)) {
        await client.connection.sendRequest(HoverRequest.type, {
          textDocument,
          position: symbol.selectionRange.start,
        })
      }
      for (const diagnostic of diagnostics) {
        const actions = await client.connection.sendRequest(CodeActionRequest.type, {
          textDocument,
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        })
        assert.ok(Array.isArray(actions))
      }
      const lines = text.split(/\r?\n/)
      const end = { line: lines.length - 1, character: (lines.at(-1) ?? '').length }
      const hints = await client.connection.sendRequest(InlayHintRequest.type, {
        textDocument,
        range: { start: { line: 0, character: 0 }, end },
      })
      for (const hint of hints ?? [])
        assertInside(text, { start: hint.position, end: hint.position }, 'hint')
      const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, {
        textDocument,
      })
      let line = 0
      let character = 0
      const data = tokens?.data ?? []
      for (let i = 0; i < data.length; i += 5) {
        const [dl = 0, dc = 0, length = 0] = data.slice(i, i + 3)
        line += dl
        character = dl === 0 ? character + dc : dc
        assertInside(
          text,
          { start: { line, character }, end: { line, character: character + length } },
          'token',
        )
      }
      const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument })
      assert.equal(lenses?.length, 1)
      await client.close(uri)
    })
  }

  test('CRLF line ends and characters outside the BMP keep positions exact', async () => {
    const text = SAMPLE.replace('La réunion', 'La réunion 🗳️ (vote 📊)').replace(/\n/g, '\r\n')
    const uri = 'file:///corpus/crlf.dispatch'
    await client.open(uri, text)
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    const quotes = (report.kind === 'full' ? report.items : []).filter(
      (d) => d.code === 'unattributed-quote',
    )
    assert.deepEqual(
      quotes.map((d) => textOf(text, d.range)),
      ['Personne ne viendra.', 'Tout est possible.'],
    )
    await client.close(uri)
  })
})
