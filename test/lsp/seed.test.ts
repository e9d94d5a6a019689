/**
 * The seed dispatch over a real stdio connection: expectations come from the hand-made gold
 * (test/corpus/fr/kandahar.gold.json), not from the server's output.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  DocumentDiagnosticRequest,
  type DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node'
import { fixtureUri, readFixture, startTestServer, type TestClient } from './harness'

const SEED = 'test/corpus/fr/kandahar.dispatch'
const text = readFixture(SEED)
const uri = fixtureUri(SEED)
const gold = JSON.parse(readFixture('test/corpus/fr/kandahar.gold.json')) as {
  speakers: Array<{ id: string; aliases: string[] }>
  unattributed: Array<{ text: string; rule: string }>
}

function positionOf(needle: string, delta = 0): Position {
  const offset = text.indexOf(needle)
  assert.ok(offset >= 0, `${needle} is in the seed`)
  const before = text.slice(0, offset + delta).split('\n')
  return { line: before.length - 1, character: (before.at(-1) ?? '').length }
}

/** Hover text without Markdown escapes, to compare with the words of the dispatch. */
function plain(contents: unknown): string {
  return (contents as MarkupContent).value.replace(/\\(.)/g, '$1')
}

function lineText(line: number): string {
  return text.split('\n')[line] ?? ''
}

describe('the seed over stdio', { timeout: 30_000 }, () => {
  let client: TestClient
  before(async () => {
    client = await startTestServer({ pull: true })
    await client.open(uri, text)
  })
  after(() => client.stop())

  test('hover on «repoussé» names the ministry, its cue and its medium', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf('«repoussé»', 3),
    })
    assert.ok(hover, 'a hover')
    const value = plain(hover.contents)
    assert.match(value, /ministère afghan de l'Intérieur/)
    assert.match(value, /a (de son côté )?affirmé/)
    assert.match(value, /à l'AFP/)
  })

  test('hover on the quotation of a-t-il ajouté names Mujahid through the pronoun', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf('assurent tous les commerçants', 5),
    })
    assert.ok(hover, 'a hover')
    const value = plain(hover.contents)
    assert.match(value, /Zabihullah Mujahid/)
    assert.match(value, /through the pronoun \*il\* → Zabihullah Mujahid/)
  })

  test('the outline lists the seven speakers of the gold', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[]
    const dateline = symbols[0]
    assert.equal(dateline?.name, 'Kandahar')
    const speakers = symbols.filter((s) => s.children && s.children.length > 0 && s !== dateline)
    const unattributedGroup = speakers.filter((s) => s.name === 'Unattributed')
    const named = speakers.filter((s) => !unattributedGroup.includes(s))
    assert.equal(named.length, 7)
    const normalise = (name: string) =>
      name
        .toLowerCase()
        .replace(/^(les?|la|l'|un|une|des|plusieurs) /, '')
        .trim()
    for (const speaker of gold.speakers) {
      const aliases = speaker.aliases.map(normalise)
      assert.ok(
        named.some((symbol) => aliases.includes(normalise(symbol.name))),
        `the outline has ${speaker.id}`,
      )
    }
  })

  test('diagnostics are exactly the two unattributed claims of the gold', async () => {
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })
    assert.equal(report.kind, 'full')
    const items = report.kind === 'full' ? report.items : []
    assert.deepEqual(
      items.map((d) => d.code),
      gold.unattributed.map((u) => u.rule),
    )
    gold.unattributed.forEach((flag, index) => {
      const diagnostic = items[index]
      assert.ok(diagnostic)
      const start = positionOf(flag.text)
      assert.equal(diagnostic.range.start.line, start.line, `${flag.text} on its line`)
      const covered = lineText(start.line).slice(
        diagnostic.range.start.character,
        diagnostic.range.end.character,
      )
      assert.ok(covered.includes(flag.text), `the warning covers “${flag.text}”: “${covered}”`)
      assert.equal(diagnostic.source, 'dispatch-lens')
      assert.match(diagnostic.codeDescription?.href ?? '', /unattributed-claim/)
      assert.equal(diagnostic.severity, 2)
    })
  })
})
