/**
 * Past the size the editor analyses (docs/guarantees.md), a document gets one information
 * diagnostic instead of an analysis, and the server stays responsive.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { DocumentDiagnosticRequest, HoverRequest } from 'vscode-languageserver-protocol/node'
import { MAX_ANALYSED_UNITS } from '../../server/src/lsp/analysisCache'
import { startTestServer, type TestClient } from './harness'

describe('a document larger than the editor analyses', () => {
  let client: TestClient
  before(async () => {
    client = await startTestServer({ pull: true })
  })
  after(() => client.stop())

  test('gets one information diagnostic, then the server answers at once', async () => {
    const paragraph = '«Sans locuteur.» Le suspect aurait fui.\n\n'
    const text = paragraph.repeat(Math.ceil((MAX_ANALYSED_UNITS + 1) / paragraph.length))
    const uri = 'file:///big/archive.dispatch'
    await client.open(uri, text)
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    assert.equal(report.kind, 'full')
    if (report.kind !== 'full') return
    assert.deepEqual(
      report.items.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]),
      [['too-large', 3, 0, 0]],
    )
    assert.match(
      String(report.items[0].message),
      /is larger than the 2,000,000 the editor analyses/,
    )
    assert.match(String(report.items[0].message), /dispatch-lens lint/)
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 0, character: 2 },
    })
    assert.equal(hover, null)
  })
})
