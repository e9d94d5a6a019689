/**
 * Every capability over a real stdio connection, on a small dispatch written for the test. The
 * expected values were worked out by reading the text (who says what, on which line).
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  type CodeAction,
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  type Diagnostic,
  DocumentDiagnosticRequest,
  HoverRequest,
  InlayHintRequest,
  type MarkupContent,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node'
import {
  SPEAKERS_REQUEST,
  type SpeakerItem,
  STATS_REQUEST,
  STRIPPED_TEXT_REQUEST,
  type Stats,
  type StrippedText,
  SUMMARY_REQUEST,
  type Summary,
} from '../../server/src/lsp/protocol'
import { applyEdits, positionIn, startTestServer, type TestClient } from './harness'
import { SAMPLE } from './samples'

const uri = 'file:///features/sample.dispatch'

function plain(contents: unknown): string {
  return (contents as MarkupContent).value.replace(/\\(.)/g, '$1')
}

async function pullDiagnostics(client: TestClient, target = uri): Promise<Diagnostic[]> {
  const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri: target },
  })
  return report.kind === 'full' ? report.items : []
}

describe('every capability over stdio', { timeout: 30_000 }, () => {
  let client: TestClient
  before(async () => {
    client = await startTestServer({ pull: true })
    await client.open(uri, SAMPLE)
  })
  after(() => client.stop())

  const hoverAt = async (needle: string, delta: number) => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionIn(SAMPLE, needle, delta),
    })
    assert.ok(hover, `a hover on ${needle}`)
    return plain(hover.contents)
  }

  test('hover on the header shows the parsed date and the dateline', async () => {
    const value = await hoverAt('date 2024', 2)
    assert.match(value, /Date: 12 March 2024/)
    assert.match(value, /Dateline: Lyon/)
  })

  test('hover on a speaker mention shows the card with every quotation and its line', async () => {
    const value = await hoverAt('Marie Dupont,', 3)
    assert.match(value, /\*\*Marie Dupont\*\* — person/)
    assert.match(value, /3 quotations · 0 claims/)
    assert.match(value, /line 1: «Nous ne céderons pas»/)
    assert.match(value, /line 7: «Le dialogue reste ouvert»/)
    assert.match(value, /line 13: «Nous verrons»/)
  })

  test('hover on an unattributed quotation says no speaker was found', async () => {
    const value = await hoverAt('Personne ne viendra', 2)
    assert.match(value, /Unattributed quotation/)
    assert.match(value, /Why: /)
  })

  test('pull diagnostics: code, link, source, severity, fixes in data', async () => {
    const diagnostics = await pullDiagnostics(client)
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['anonymous-without-reason', 8],
        ['unattributed-quote', 4],
        ['unattributed-quote', 10],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    )
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'dispatch-lens')
      assert.equal(diagnostic.severity, 2)
      assert.match(diagnostic.codeDescription?.href ?? '', new RegExp(`${diagnostic.code}\\.md$`))
    }
  })

  test('code actions: attribute, allow in the paragraph, fix all; the fix attributes', async () => {
    const diagnostics = await pullDiagnostics(client)
    const first = diagnostics.find((d) => d.code === 'unattributed-quote')
    assert.ok(first)
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [first] },
    })) as CodeAction[]
    const titles = actions.map((a) => a.title)
    assert.ok(titles.includes('Attribute to Marie Dupont'), titles.join(' | '))
    assert.ok(titles.includes('Allow unattributed-quote in this paragraph'))
    assert.ok(titles.includes('Fix all 2 unattributed-quote problems'))
    const attribute = actions.find((a) => a.title === 'Attribute to Marie Dupont')
    const edits = attribute?.edit?.changes?.[uri] as TextEdit[]
    const fixed = applyEdits(SAMPLE, edits)
    assert.match(fixed, /«Personne ne viendra\.» \[@Marie Dupont\]/)
    const allow = actions.find((a) => a.title.startsWith('Allow'))
    const allowed = applyEdits(SAMPLE, allow?.edit?.changes?.[uri] as TextEdit[])
    assert.match(allowed, /«Personne ne viendra\.» \[!allow unattributed-quote\]\n/)
    const fixAll = actions.find((a) => a.title.startsWith('Fix all'))
    const all = applyEdits(SAMPLE, fixAll?.edit?.changes?.[uri] as TextEdit[])
    assert.equal(all.match(/\[@/g)?.length, 3, 'two annotations added to the one there')
    // The fixed texts no longer carry the findings the actions were for.
    const fixedUri = 'file:///features/fixed.dispatch'
    await client.open(fixedUri, all)
    const left = await pullDiagnostics(client, fixedUri)
    assert.deepEqual(
      left.map((d) => d.code),
      ['anonymous-without-reason'],
    )
    await client.close(fixedUri)
  })

  test('completion inside [@ offers the speakers of the dispatch', async () => {
    const typed = `${SAMPLE}\n\n«Encore» [@Ma`
    const completionUri = 'file:///features/completion.dispatch'
    await client.open(completionUri, typed)
    const items = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: completionUri },
      position: positionIn(typed, '[@Ma', 4),
    })
    const labels = (Array.isArray(items) ? items : (items?.items ?? [])).map((i) => i.label)
    assert.deepEqual(labels, ['Marie Dupont', 'un responsable policier', 'anonymous'])
    const rules = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: completionUri },
      position: positionIn(typed, 'La réunion', 0),
    })
    assert.deepEqual(rules, [], 'nothing outside annotations')
    await client.close(completionUri)
  })

  test('references: every mention and quotation of the speaker', async () => {
    const position = positionIn(SAMPLE, 'Marie Dupont,', 2)
    const all = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    })
    // Four mentions (la maire de Lyon, Marie Dupont, elle, [@Marie Dupont]), three quotations.
    assert.equal(all?.length, 7)
    assert.deepEqual(
      all?.map((l) => l.range.start.line),
      [0, 0, 0, 6, 6, 12, 12],
    )
    const withoutDeclaration = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration: false },
    })
    assert.equal(withoutDeclaration?.length, 6)
  })

  test('rename: annotations at once, the names in the text on confirmation', async () => {
    const position = positionIn(SAMPLE, 'Marie Dupont,', 2)
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, {
      textDocument: { uri },
      position,
    })
    assert.deepEqual(
      prepared && 'placeholder' in prepared ? prepared.placeholder : null,
      'Marie Dupont',
    )
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position,
      newName: 'Marie Durand',
    })
    const change = edit?.documentChanges?.[0] as TextDocumentEdit
    assert.equal(change.textDocument.version, 1)
    const byAnnotation = (id: string) =>
      change.edits.filter((e) => 'annotationId' in e && e.annotationId === id)
    assert.equal(byAnnotation('annotations').length, 1)
    assert.equal(byAnnotation('text').length, 1)
    assert.equal(edit?.changeAnnotations?.text?.needsConfirmation, true)
    const renamed = applyEdits(SAMPLE, change.edits as TextEdit[])
    assert.equal(renamed.match(/Marie Durand/g)?.length, 2)
    assert.doesNotMatch(renamed, /Dupont/)
  })

  test('rename outside a speaker is refused with a message', async () => {
    await assert.rejects(
      client.connection.sendRequest(PrepareRenameRequest.type, {
        textDocument: { uri },
        position: positionIn(SAMPLE, 'trois heures', 1),
      }),
      /Rename works on a speaker/,
    )
  })

  test('inlay hint: the speaker after the quotation found through the pronoun', async () => {
    const hints = await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    })
    assert.deepEqual(
      hints?.map((h) => [h.label, h.position]),
      [['— M. Dupont', positionIn(SAMPLE, '», a-t-elle', 1)]],
    )
  })

  test('semantic tokens: quotations by speaker, cues, mentions, annotations', async () => {
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, {
      textDocument: { uri },
    })
    const decoded: Array<{
      line: number
      character: number
      text: string
      type: number
      mods: number
    }> = []
    let line = 0
    let character = 0
    const lines = SAMPLE.split('\n')
    const data = tokens?.data ?? []
    for (let i = 0; i < data.length; i += 5) {
      const [dl, dc, length, type, mods] = data.slice(i, i + 5) as number[]
      line += dl as number
      character = dl === 0 ? character + (dc as number) : (dc as number)
      const text = (lines[line] ?? '').slice(character, character + (length as number))
      decoded.push({ line, character, text, type: type as number, mods: mods as number })
    }
    const find = (text: string) => decoded.find((t) => t.text === text)
    // Types: 0 quotation, 1 cue, 2 speaker, 3 annotation; modifier bit 0 = first speaker,
    // bit 8 = unattributed.
    assert.deepEqual(find('«Nous ne céderons pas»'), {
      ...find('«Nous ne céderons pas»'),
      type: 0,
      mods: 1,
    })
    assert.equal(find('a déclaré')?.type, 1)
    assert.equal(find('Marie Dupont')?.type, 2)
    assert.equal(find('[@Marie Dupont]')?.type, 3)
    assert.equal(find('«Personne ne viendra.»')?.mods, 1 << 8)
  })

  test('code lens on the header: the summary, opening the speakers', async () => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, {
      textDocument: { uri },
    })
    assert.equal(lenses?.length, 1)
    assert.equal(lenses?.[0]?.range.start.line, 0)
    assert.equal(
      lenses?.[0]?.command?.title,
      '2 sources · 5 quotations · 2 unattributed quotations',
    )
    assert.equal(lenses?.[0]?.command?.command, 'dispatch.showSpeakers')
  })

  test('client requests: summary, speakers, stripped text', async () => {
    const summary: Summary = await client.connection.sendRequest(SUMMARY_REQUEST, { uri })
    assert.deepEqual(
      { ...summary, text: undefined },
      {
        sources: 2,
        quotations: 5,
        claims: 1,
        unattributedClaims: 0,
        unattributedQuotations: 2,
        text: undefined,
      },
    )
    const speakers: SpeakerItem[] = await client.connection.sendRequest(SPEAKERS_REQUEST, { uri })
    assert.deepEqual(
      speakers.map((s) => [s.name, s.kind, s.quotations, s.claims, s.range.start.line]),
      [
        ['Marie Dupont', 'person', 3, 0, 0],
        ['un responsable policier', 'anonymous source', 0, 1, 8],
      ],
    )
    const stripped: StrippedText = await client.connection.sendRequest(STRIPPED_TEXT_REQUEST, {
      uri,
    })
    assert.equal(stripped.text, SAMPLE.replace(' [@Marie Dupont]', ''))
  })

  test('one analysis served every feature of this version', async () => {
    const stats: Stats = await client.connection.sendRequest(STATS_REQUEST, { uri })
    assert.equal(stats.analyses, 1)
    assert.ok(stats.paragraphCacheSize > 0, 'the document keeps its cache for the next version')
  })
})
