/**
 * Settings over stdio: `workspace/configuration`, live changes, invalid values (one clear
 * message, then the default), the UI language, opted-in language ids and the config file shared
 * with the CLI.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import {
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  HoverRequest,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node'
import { positionIn, startTestServer, type TestClient } from './harness'
import { SAMPLE } from './samples'

const uri = 'file:///settings/sample.dispatch'
const REFRESH = 'workspace/diagnostic/refresh'
const SHOW_MESSAGE = 'window/showMessage'

async function codes(
  client: TestClient,
  target = uri,
): Promise<Array<[unknown, number | undefined]>> {
  const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri: target },
  })
  const items: Diagnostic[] = report.kind === 'full' ? report.items : []
  return items.map((d) => [d.code, d.severity])
}

describe('settings over stdio', { timeout: 30_000 }, () => {
  test('rule severities come from workspace/configuration and change live', async () => {
    let current: unknown = { rules: { 'unattributed-quote': 'off' } }
    const client = await startTestServer({ pull: true, settings: () => current })
    await client.open(uri, SAMPLE)
    assert.deepEqual(await codes(client), [['anonymous-without-reason', 2]])
    current = { rules: { 'unattributed-quote': 'error', 'anonymous-without-reason': 'info' } }
    const refreshes = client.count(REFRESH)
    await client.changeConfiguration(null)
    await client.next(REFRESH, refreshes)
    assert.deepEqual(await codes(client), [
      ['unattributed-quote', 1],
      ['anonymous-without-reason', 3],
      ['unattributed-quote', 1],
    ])
    await client.stop()
  })

  test('an invalid value gives one clear message and the default applies', async () => {
    const client = await startTestServer({
      pull: true,
      settings: () => ({ anonymity: 'sometimes', rules: { 'no-such-rule': 'warning' } }),
    })
    await client.open(uri, SAMPLE)
    await client.open('file:///settings/other.dispatch', SAMPLE)
    assert.deepEqual(
      (await codes(client)).map(([code]) => code),
      ['unattributed-quote', 'anonymous-without-reason', 'unattributed-quote'],
    )
    await codes(client, 'file:///settings/other.dispatch')
    const messages = client.notifications
      .filter((n) => n.method === SHOW_MESSAGE)
      .map((n) => n.params as ShowMessageParams)
    assert.deepEqual(
      messages.map((m) => [m.type, m.message]),
      [
        [
          2,
          'Dispatch Lens: setting `dispatch.anonymity`: "sometimes" is not one of "require-reason", "report-all", "off". The default is used instead.',
        ],
        [
          2,
          'Dispatch Lens: setting `dispatch.rules.no-such-rule`: "no-such-rule" is not a rule of Dispatch Lens. The default is used instead.',
        ],
      ],
    )
    await client.stop()
  })

  test('the UI language: hovers and messages in French', async () => {
    const client = await startTestServer({ pull: true, settings: () => ({ uiLanguage: 'fr' }) })
    await client.open(uri, SAMPLE)
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionIn(SAMPLE, 'date', 1),
    })
    assert.ok(hover)
    const value = (hover.contents as MarkupContent).value
    assert.match(value, /12 mars 2024/)
    assert.match(value, /Lieu\u00a0: Lyon/)
    const pronoun = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionIn(SAMPLE, 'Le dialogue', 3),
    })
    assert.ok(pronoun)
    assert.match(
      (pronoun.contents as MarkupContent).value,
      /Trouvée\u00a0: par le pronom \*elle\* → Marie Dupont \(ligne 1\)/,
    )
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    const first = report.kind === 'full' ? report.items[0] : undefined
    assert.match(String(first?.message), /^Citation sans locuteur/)
    await client.stop()
  })

  test('push clients: didChangeConfiguration settings apply and diagnostics are republished', async () => {
    const client = await startTestServer()
    await client.open(uri, SAMPLE)
    const first = await client.diagnosticsFor(uri, 1)
    assert.equal(first.diagnostics.length, 3)
    await client.changeConfiguration({ dispatch: { rules: { 'unattributed-quote': 'off' } } })
    const republished = await client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.diagnostics.length === 1,
    )
    assert.equal(republished.version, 1)
    assert.equal(republished.diagnostics[0]?.code, 'anonymous-without-reason')
    await client.stop()
  })

  test('markdown is linted only when opted in', async () => {
    let current: unknown = {}
    const client = await startTestServer({ pull: true, settings: () => current })
    const markdown = 'file:///settings/notes.md'
    await client.open(markdown, SAMPLE, 'markdown')
    assert.deepEqual(await codes(client, markdown), [])
    current = { lintLanguageIds: ['markdown'] }
    const refreshes = client.count(REFRESH)
    await client.changeConfiguration(null)
    await client.next(REFRESH, refreshes)
    assert.equal((await codes(client, markdown)).length, 3)
    await client.stop()
  })

  test('the config file shared with the CLI wins, and its problems name file and line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dispatch-lens-settings-'))
    const config = join(folder, '.dispatch-lens.json')
    try {
      writeFileSync(config, '{\n  "rules": { "unattributed-quote": "off" }\n}\n')
      const inFolder = pathToFileURL(join(folder, 'story.dispatch')).href
      const client = await startTestServer({
        pull: true,
        settings: () => ({ rules: { 'unattributed-quote': 'error' } }),
      })
      await client.open(inFolder, SAMPLE)
      assert.deepEqual(await codes(client, inFolder), [['anonymous-without-reason', 2]])
      writeFileSync(config, '{\n  "rules": { "unattributed-quote": "loud" }\n}\n')
      const refreshes = client.count(REFRESH)
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }],
      })
      await client.next(REFRESH, refreshes)
      // The bad value is dropped: the editor's severity applies again.
      assert.deepEqual(
        (await codes(client, inFolder)).map(([, severity]) => severity),
        [1, 2, 1],
      )
      const message = await client.waitFor<ShowMessageParams>(SHOW_MESSAGE)
      assert.ok(message.message.includes(`${config}:2:`), message.message)
      await client.stop()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
