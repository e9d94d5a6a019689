/**
 * What typing and broken clients do to the server: bursts of edits, cancellation, a document
 * closed while its analysis is pending, malformed messages. The server answers or errors, and
 * never dies. Everything waits on the server's answers, never on timers.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  CancellationTokenSource,
  type Diagnostic,
  DocumentDiagnosticRequest,
  ErrorCodes,
  HoverRequest,
  LSPErrorCodes,
  type PublishDiagnosticsParams,
  ResponseError,
} from 'vscode-languageserver-protocol/node'
import { STATS_REQUEST, type Stats } from '../../server/src/lsp/protocol'
import { startTestServer, type TestClient } from './harness'

const BASE =
  'date 2024-03-12 Lyon | La maire, Marie Dupont, a déclaré : « Nous ne céderons pas ».\n\n' +
  'Le préfet a indiqué que la réunion aurait lieu lundi.'

function stats(client: TestClient, uri: string): Promise<Stats> {
  return client.connection.sendRequest(STATS_REQUEST, { uri })
}

function shape(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }))
}

/** 100 edits that append one word each, the last one opening a quotation it never closes. */
async function typeBurst(client: TestClient, uri: string): Promise<{ text: string; last: number }> {
  let text = BASE
  let last = 1
  for (let i = 1; i <= 100; i++) {
    const insertion = i === 100 ? ' «Sans fin' : ` mot${i}`
    const end = positionAtEnd(text)
    text += insertion
    last = await client.change(uri, [{ range: { start: end, end }, text: insertion }])
  }
  return { text, last }
}

function positionAtEnd(text: string) {
  const lines = text.split('\n')
  return { line: lines.length - 1, character: (lines.at(-1) ?? '').length }
}

async function expectError(promise: Promise<unknown>, code: number): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ResponseError, `a response error: ${String(error)}`)
    assert.equal(error.code, code)
    return true
  })
}

describe('robustness over stdio', { timeout: 30_000 }, () => {
  test('push: after 100 rapid edits the diagnostics left are those of the last version', async () => {
    const client = await startTestServer()
    const uri = 'file:///burst/push.dispatch'
    await client.open(uri, BASE)
    await client.diagnosticsFor(uri, 1)
    const { text, last } = await typeBurst(client, uri)
    const final = await client.diagnosticsFor(uri, last)
    // The same text opened fresh gives the reference diagnostics.
    const reference = 'file:///burst/reference.dispatch'
    await client.open(reference, text)
    const expected = await client.diagnosticsFor(reference, 1)
    assert.deepEqual(shape(final.diagnostics), shape(expected.diagnostics))
    assert.ok(
      final.diagnostics.some((d) => d.code === 'unclosed-quote'),
      'the quotation opened by the last edit is reported',
    )
    // A round trip after the final publication: nothing older can follow it.
    const counted = await stats(client, uri)
    const published = client.published(uri)
    assert.equal(published.at(-1)?.version, last)
    assert.ok(
      published.every((p, i) => i === 0 || (p.version ?? 0) > (published[i - 1]?.version ?? 0)),
    )
    assert.ok(counted.analyses < 10, `debounced: ${counted.analyses} analyses for 101 versions`)
    await client.stop()
  })

  test('pull: 100 rapid edits analyse only the version asked for', async () => {
    const client = await startTestServer({ pull: true })
    const uri = 'file:///burst/pull.dispatch'
    await client.open(uri, BASE)
    const { text } = await typeBurst(client, uri)
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    assert.equal((await stats(client, uri)).analyses, 1)
    const reference = 'file:///burst/reference.dispatch'
    await client.open(reference, text)
    const expected = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: reference },
    })
    assert.equal(report.kind, 'full')
    assert.equal(expected.kind, 'full')
    if (report.kind === 'full' && expected.kind === 'full') {
      assert.deepEqual(shape(report.items), shape(expected.items))
      assert.ok(report.items.some((d) => d.code === 'unclosed-quote'))
    }
    await client.stop()
  })

  test('a cancelled request answers RequestCancelled and analyses nothing', async () => {
    const client = await startTestServer({ pull: true })
    const uri = 'file:///cancel/a.dispatch'
    await client.open(uri, BASE)
    const source = new CancellationTokenSource()
    const pending = client.connection.sendRequest(
      HoverRequest.type,
      { textDocument: { uri }, position: { line: 0, character: 60 } },
      source.token,
    )
    source.cancel()
    await expectError(pending, LSPErrorCodes.RequestCancelled)
    assert.equal((await stats(client, uri)).analyses, 0)
    // The next request is served normally.
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    assert.equal(report.kind, 'full')
    assert.equal((await stats(client, uri)).analyses, 1)
    await client.stop()
  })

  test('a position request for a version edited meanwhile errors ContentModified', async () => {
    const client = await startTestServer({ pull: true })
    const uri = 'file:///stale/a.dispatch'
    await client.open(uri, BASE)
    const pending = client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 0, character: 60 },
    })
    await client.change(uri, [{ text: `${BASE}\n\nUne phrase de plus.` }])
    await expectError(pending, LSPErrorCodes.ContentModified)
    await client.stop()
  })

  test('a document closed mid-analysis: no answer for it, its diagnostics cleared', async () => {
    const client = await startTestServer()
    const uri = 'file:///closed/a.dispatch'
    await client.open(uri, BASE)
    const pending = client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 0, character: 60 },
    })
    await client.close(uri)
    assert.equal(await pending, null)
    const cleared = await client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.diagnostics.length === 0 && p.version === undefined,
    )
    assert.deepEqual(cleared.diagnostics, [])
    const { analyses, paragraphCacheSize, openDocuments, cachedDocuments } = await stats(
      client,
      uri,
    )
    assert.deepEqual(
      { analyses, paragraphCacheSize, openDocuments, cachedDocuments },
      { analyses: 0, paragraphCacheSize: 0, openDocuments: 0, cachedDocuments: 0 },
    )
    assert.equal(client.published(uri).at(-1), cleared)
    await client.stop()
  })

  test('malformed messages get an error or nothing, and the server keeps serving', async () => {
    const client = await startTestServer({ pull: true })
    const uri = 'file:///malformed/a.dispatch'
    await client.open(uri, BASE)
    const body = '{"jsonrpc":"2.0","id":9999,"method":"textDocument/hover","params":{'
    client.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    // Wrong shapes: missing document, unknown document, position far outside the text.
    assert.equal(await client.connection.sendRequest('textDocument/hover', {}), null)
    assert.equal(
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: 'file:///never/opened.dispatch' },
        position: { line: 0, character: 0 },
      }),
      null,
    )
    await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 999, character: 999 },
    })
    await expectError(
      client.connection.sendRequest('dispatch/noSuchRequest', {}),
      ErrorCodes.MethodNotFound,
    )
    await client.connection.sendRequest(STATS_REQUEST, null)
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    assert.equal(report.kind, 'full')
    assert.equal(client.exitCode, undefined, `the server is alive\n${client.stderr}`)
    await client.stop()
  })
})
