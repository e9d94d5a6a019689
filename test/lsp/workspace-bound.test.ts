/**
 * A workspace with more closed dispatches than the server keeps diagnostics for: workspace
 * diagnostics, workspace symbols and "lint the workspace" stay complete and correct (files whose
 * diagnostics were dropped are analysed again), while `dispatch/stats` shows what is kept.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import {
  type PublishDiagnosticsParams,
  WorkspaceDiagnosticRequest,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceSymbol,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node'
import {
  LINT_WORKSPACE_REQUEST,
  type LintWorkspaceResult,
  STATS_REQUEST,
  type Stats,
} from '../../server/src/lsp/protocol'
import { MAX_CACHED_WORKSPACE_DIAGNOSTICS } from '../../server/src/lsp/workspaceDispatches'
import { startTestServer, type TestClient } from './harness'

const FILES = MAX_CACHED_WORKSPACE_DIAGNOSTICS + 20

/** `Vauaa`, `Vauab`…: one speaker name per file, unique in the workspace. */
function surname(index: number): string {
  const letter = (n: number) => String.fromCharCode(97 + n)
  return `Vau${letter(Math.floor(index / 26))}${letter(index % 26)}`
}

/** Even files have one unattributed quotation; odd files are clean. */
function dispatch(index: number): string {
  const said = `«Le pont restera fermé.» [@Claire ${surname(index)} | maire de Lyon]\n`
  return index % 2 === 0 ? `${said}\n«Nous ne céderons pas», a-t-on entendu.\n` : said
}

function expectedCodes(index: number): string[] {
  return index % 2 === 0 ? ['unattributed-quote'] : []
}

describe('a workspace larger than the diagnostics kept', { timeout: 120_000 }, () => {
  let folder: string
  const uris: string[] = []
  let path0: string

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'dispatch-lens-bound-'))
    for (let index = 0; index < FILES; index++) {
      const path = join(folder, `story-${String(index).padStart(3, '0')}.dispatch`)
      writeFileSync(path, dispatch(index))
      uris.push(pathToFileURL(path).href)
      if (index === 0) path0 = path
    }
  })

  after(() => rmSync(folder, { recursive: true, force: true }))

  const workspaceFolders = () => [{ uri: pathToFileURL(folder).href, name: 'bound' }]

  async function pull(client: TestClient, previous: WorkspaceDocumentDiagnosticReport[] = []) {
    const report = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: previous.map((item) => ({ uri: item.uri, value: item.resultId ?? '' })),
    })
    return report.items
  }

  function codesByUri(items: WorkspaceDocumentDiagnosticReport[]): Map<string, unknown[]> {
    return new Map(
      items.map((item) => {
        assert.equal(item.kind, 'full', item.uri)
        return [item.uri, item.kind === 'full' ? item.items.map((d) => d.code) : []]
      }),
    )
  }

  async function symbols(client: TestClient, query: string): Promise<WorkspaceSymbol[]> {
    return (await client.connection.sendRequest(WorkspaceSymbolRequest.type, {
      query,
    })) as WorkspaceSymbol[]
  }

  test('diagnostics and symbols of every file, again after eviction and after a change', async () => {
    const client = await startTestServer({ pull: true, workspaceFolders: workspaceFolders() })
    const first = await pull(client)
    const expected = new Map(uris.map((uri, index) => [uri, expectedCodes(index)]))
    assert.deepEqual(codesByUri(first), expected)

    const stats: Stats = await client.connection.sendRequest(STATS_REQUEST, null)
    assert.equal(stats.workspaceSpeakerFiles, FILES)
    assert.equal(stats.workspaceDiagnosticFiles, MAX_CACHED_WORKSPACE_DIAGNOSTICS)

    // Every speaker of every file, found by name, at its place.
    const all = await symbols(client, '')
    assert.deepEqual(
      all.map((s) => [s.name, s.location.uri]).sort(),
      uris.map((uri, index) => [`Claire ${surname(index)}`, uri]).sort(),
    )
    const one = await symbols(client, `CLAIRE ${surname(0).toUpperCase()}`)
    assert.deepEqual(
      one.map((s) => [s.name, s.containerName, s.location.uri]),
      [[`Claire ${surname(0)}`, 'story-000.dispatch', uris[0]]],
    )
    const location = one[0]?.location
    assert.ok(location && 'range' in location)
    assert.equal(location.range.start.line, 0)

    // Asked again without result ids: the first files' diagnostics were dropped, and come back
    // the same; their resultIds (file stamps) are unchanged.
    const again = await pull(client)
    assert.deepEqual(again, first)
    const unchanged = await pull(client, first)
    assert.ok(unchanged.every((item) => item.kind === 'unchanged'))

    // Saved with new content: new diagnostics and speakers, not the kept ones.
    writeFileSync(path0, '«Tout est réglé», a déclaré Paul Nouvelle-Vague, un ingénieur.\n')
    const changed = await pull(client, first)
    const report0 = changed.find((item) => item.uri === uris[0])
    assert.ok(report0 && report0.kind === 'full')
    assert.deepEqual(report0.items, [])
    assert.ok(changed.filter((item) => item.uri !== uris[0]).every((i) => i.kind === 'unchanged'))
    assert.deepEqual(await symbols(client, surname(0)), [])
    const renamed = await symbols(client, 'nouvelle-vague')
    assert.deepEqual(
      renamed.map((s) => s.location.uri),
      [uris[0]],
    )
    writeFileSync(path0, dispatch(0))
    await client.stop()
  })

  test('lint the workspace (push client): every file counted and published', async () => {
    const client = await startTestServer({ workspaceFolders: workspaceFolders() })
    const result: LintWorkspaceResult = await client.connection.sendRequest(
      LINT_WORKSPACE_REQUEST,
      {},
    )
    assert.deepEqual(result, { files: FILES, problems: Math.ceil(FILES / 2) })
    for (const [index, uri] of uris.entries()) {
      const published = await client.waitFor<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics',
        (p) => p.uri === uri,
      )
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        expectedCodes(index),
      )
    }
    await client.stop()
  })
})
