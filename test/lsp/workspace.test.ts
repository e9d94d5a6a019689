/**
 * The dispatches of the workspace over stdio (the French corpus as the workspace folder):
 * workspace symbols, workspace diagnostics and the "lint the workspace" request, on files that
 * are not open.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  type PublishDiagnosticsParams,
  WorkspaceDiagnosticRequest,
  type WorkspaceSymbol,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node'
import { LINT_WORKSPACE_REQUEST, type LintWorkspaceResult } from '../../server/src/lsp/protocol'
import { fixtureUri, readFixture, startTestServer } from './harness'

const folder = { uri: fixtureUri('test/corpus/fr'), name: 'fr' }
const seed = fixtureUri('test/corpus/fr/kandahar.dispatch')

describe('the workspace over stdio', { timeout: 60_000 }, () => {
  test('workspace symbols: the speakers of dispatches that are not open', async () => {
    const client = await startTestServer({ workspaceFolders: [folder] })
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, {
      query: 'mujahid',
    })) as WorkspaceSymbol[]
    const inSeed = symbols.filter((s) => s.location.uri === seed)
    assert.deepEqual(
      inSeed.map((s) => [s.name, s.containerName]),
      [['Zabihullah Mujahid', 'kandahar.dispatch']],
    )
    const location = inSeed[0]?.location
    assert.ok(location && 'range' in location)
    assert.equal(location.range.start.line, 6, 'first named on line 7 of the seed')
    // Accents and case do not matter: `ministere` finds `ministère`.
    const ministry = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, {
      query: 'MINISTERE AFGHAN',
    })) as WorkspaceSymbol[]
    assert.ok(ministry.some((s) => s.location.uri === seed))
    await client.stop()
  })

  test('workspace diagnostics: closed files reported, then unchanged', async () => {
    const client = await startTestServer({ pull: true, workspaceFolders: [folder] })
    const first = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: [],
    })
    const report = first.items.find((item) => item.uri === seed)
    assert.ok(report && report.kind === 'full')
    assert.equal(report.version, null)
    assert.deepEqual(
      report.items.map((d) => d.code),
      ['unattributed-claim', 'unattributed-claim'],
    )
    const second = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: first.items.map((item) => ({
        uri: item.uri,
        value: item.resultId ?? '',
      })),
    })
    assert.ok(second.items.every((item) => item.kind === 'unchanged'))
    // Once open, the seed is reported by the document pull, not by the workspace.
    await client.open(seed, readFixture('test/corpus/fr/kandahar.dispatch'))
    const third = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: [],
    })
    assert.ok(!third.items.some((item) => item.uri === seed))
    await client.stop()
  })

  test('lint the workspace (push client): results of closed files are published', async () => {
    const client = await startTestServer({ workspaceFolders: [folder] })
    const result: LintWorkspaceResult = await client.connection.sendRequest(
      LINT_WORKSPACE_REQUEST,
      {},
    )
    assert.ok(result.files >= 1)
    const published = await client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === seed,
    )
    assert.equal(published.version, undefined)
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['unattributed-claim', 'unattributed-claim'],
    )
    await client.stop()
  })
})
