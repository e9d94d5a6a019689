/**
 * The quick fix "Allow rule in this whole file" over a real stdio connection: its title (English
 * and French), its edit (one insertion, where docs/format.md makes `[!allow …]` file-wide), and
 * what applying it does: every finding of that rule goes, the other rules' findings stay.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DocumentDiagnosticRequest,
  type TextEdit,
} from 'vscode-languageserver-protocol/node'
import { applyEdits, startTestServer, type TestClient } from './harness'

/** Two quotations nobody says and two anonymous sources without a reason (`un responsable
 * policier`, `un diplomate`): four findings, two rules. */
const BODY = [
  'La réunion a duré trois heures à la mairie de Lyon.',
  '«Personne ne viendra.»',
  'Un responsable policier a indiqué que la manifestation était autorisée.',
  '«Tout est possible.»',
  '«Non», a confié un diplomate.',
]
const LEDE = "La maire de Lyon, Marie Dupont, a déclaré à l'AFP : «Nous ne céderons pas»."
const HEADER = 'date 2024-03-12 Lyon |'

const QUOTE = 'unattributed-quote'
const ANONYMOUS = 'anonymous-without-reason'

let next = 0
const newUri = () => `file:///allow-file/${++next}.dispatch`

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  })
  return report.kind === 'full' ? report.items : []
}

async function actionsFor(
  client: TestClient,
  uri: string,
  diagnostics: Diagnostic[],
): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics },
  })) as CodeAction[]
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort()

/**
 * Opens `text`, asks for the actions on its first `unattributed-quote` finding, checks that the
 * file-wide action is offered once with `title` and that its edit is exactly `expected` (one
 * insertion), applies that edit as an editor would (an incremental change of the open document),
 * re-pulls the diagnostics and returns them with the new text.
 */
async function allowInFile(
  client: TestClient,
  text: string,
  title: string,
  expected: TextEdit,
): Promise<{ left: Diagnostic[]; text: string }> {
  const uri = newUri()
  await client.open(uri, text)
  const found = await pull(client, uri)
  assert.deepEqual(
    codes(found),
    [ANONYMOUS, ANONYMOUS, QUOTE, QUOTE],
    'the findings before the fix',
  )
  const quotes = found.filter((d) => d.code === QUOTE)
  // Both findings of the rule in the request: the file-wide action is still offered once.
  const actions = await actionsFor(client, uri, quotes)
  const wide = actions.filter((a) => a.title === title)
  assert.equal(wide.length, 1, actions.map((a) => a.title).join(' | '))
  const action = wide[0]
  assert.equal(action.kind, 'quickfix')
  const edits = action.edit?.changes?.[uri]
  assert.deepEqual(edits, [expected])
  const fixed = applyEdits(text, edits ?? [])
  // Only an insertion: the reporter's text is all there, unchanged, around it.
  const offset = fixed.indexOf(expected.newText)
  assert.equal(fixed.slice(0, offset) + fixed.slice(offset + expected.newText.length), text)
  await client.change(uri, [{ range: expected.range, text: expected.newText }])
  const left = await pull(client, uri)
  await client.close(uri)
  return { left, text: fixed }
}

const at = (line: number, character: number) => ({
  range: { start: { line, character }, end: { line, character } },
})

describe('quick fix: allow a rule in the whole file', { timeout: 30_000 }, () => {
  let client: TestClient
  before(async () => {
    client = await startTestServer({ pull: true })
  })
  after(() => client.stop())

  const TITLE = `Allow ${QUOTE} in this whole file`

  test('with a header: on the header line, between `|` and the lede', async () => {
    const text = [`${HEADER} ${LEDE}`, ...BODY].join('\n\n')
    const { left, text: fixed } = await allowInFile(client, text, TITLE, {
      ...at(0, HEADER.length),
      newText: ` [!allow ${QUOTE}]`,
    })
    assert.ok(fixed.startsWith(`${HEADER} [!allow ${QUOTE}] ${LEDE}\n\n`))
    assert.deepEqual(
      codes(left),
      [ANONYMOUS, ANONYMOUS],
      'the quotations are allowed, the rest stays',
    )
  })

  test('with a header and the lede on the next line: on a line of its own below the header', async () => {
    const text = `${HEADER}\n${[LEDE, ...BODY].join('\n\n')}`
    const { left, text: fixed } = await allowInFile(client, text, TITLE, {
      ...at(1, 0),
      newText: `[!allow ${QUOTE}]\n`,
    })
    assert.ok(fixed.startsWith(`${HEADER}\n[!allow ${QUOTE}]\n${LEDE}\n\n`))
    assert.deepEqual(codes(left), [ANONYMOUS, ANONYMOUS])
  })

  test('without a header: on a line of its own above the first paragraph', async () => {
    const text = [LEDE, ...BODY].join('\n\n')
    const { left, text: fixed } = await allowInFile(client, text, TITLE, {
      ...at(0, 0),
      newText: `[!allow ${QUOTE}]\n`,
    })
    assert.ok(fixed.startsWith(`[!allow ${QUOTE}]\n${LEDE}\n\n`))
    assert.deepEqual(codes(left), [ANONYMOUS, ANONYMOUS])
  })

  test('CRLF without a header: the line added ends with CRLF', async () => {
    const text = [LEDE, ...BODY].join('\r\n\r\n')
    const { left, text: fixed } = await allowInFile(client, text, TITLE, {
      ...at(0, 0),
      newText: `[!allow ${QUOTE}]\r\n`,
    })
    assert.doesNotMatch(fixed.replaceAll('\r\n', ''), /\n|\r/, 'no bare LF or CR added')
    assert.deepEqual(codes(left), [ANONYMOUS, ANONYMOUS])
  })

  test('CRLF with a header: on the header line', async () => {
    const text = [`${HEADER} ${LEDE}`, ...BODY].join('\r\n\r\n')
    const { left } = await allowInFile(client, text, TITLE, {
      ...at(0, HEADER.length),
      newText: ` [!allow ${QUOTE}]`,
    })
    assert.deepEqual(codes(left), [ANONYMOUS, ANONYMOUS])
  })

  test('an existing file-wide allow line: the new one goes on the line below it', async () => {
    const existing = '[!allow vague-attribution]'
    const text = `\n${existing}\n${[LEDE, ...BODY].join('\n\n')}`
    const { left, text: fixed } = await allowInFile(client, text, TITLE, {
      ...at(2, 0),
      newText: `[!allow ${QUOTE}]\n`,
    })
    assert.ok(fixed.startsWith(`\n${existing}\n[!allow ${QUOTE}]\n${LEDE}`))
    assert.deepEqual(codes(left), [ANONYMOUS, ANONYMOUS])
  })

  test('a byte order mark stays first: the line goes after it', async () => {
    const text = `\ufeff${[LEDE, ...BODY].join('\n\n')}`
    const { left, text: fixed } = await allowInFile(client, text, TITLE, {
      ...at(0, 1),
      newText: `[!allow ${QUOTE}]\n`,
    })
    assert.ok(fixed.startsWith(`\ufeff[!allow ${QUOTE}]\n${LEDE}`))
    assert.deepEqual(codes(left), [ANONYMOUS, ANONYMOUS])
  })

  test('the other rule: its own file-wide action clears both its findings, not the quotations', async () => {
    const uri = newUri()
    const text = [`${HEADER} ${LEDE}`, ...BODY].join('\n\n')
    await client.open(uri, text)
    const anonymous = (await pull(client, uri)).filter((d) => d.code === ANONYMOUS)
    const actions = await actionsFor(client, uri, anonymous)
    const action = actions.find((a) => a.title === `Allow ${ANONYMOUS} in this whole file`)
    const edits = action?.edit?.changes?.[uri] as TextEdit[]
    assert.deepEqual(edits, [{ ...at(0, HEADER.length), newText: ` [!allow ${ANONYMOUS}]` }])
    await client.change(uri, [{ range: edits[0].range, text: edits[0].newText }])
    assert.deepEqual(codes(await pull(client, uri)), [QUOTE, QUOTE])
    await client.close(uri)
  })

  test('not offered for findings that cannot be allowed (unknown-rule)', async () => {
    const uri = newUri()
    await client.open(uri, `${LEDE} [!allow unatributed-quote]\n\nLa réunion a duré trois heures.`)
    const unknown = (await pull(client, uri)).filter((d) => d.code === 'unknown-rule')
    assert.equal(unknown.length, 1)
    const titles = (await actionsFor(client, uri, unknown)).map((a) => a.title)
    assert.ok(titles.includes('Replace with unattributed-quote'), titles.join(' | '))
    assert.ok(!titles.some((t) => t.includes('whole file')), titles.join(' | '))
    await client.close(uri)
  })
})

describe('quick fix: allow a rule in the whole file, in French', { timeout: 30_000 }, () => {
  let client: TestClient
  before(async () => {
    client = await startTestServer({ pull: true, settings: () => ({ uiLanguage: 'fr' }) })
  })
  after(() => client.stop())

  test('the title is French, the edit the same', async () => {
    const text = [`${HEADER} ${LEDE}`, ...BODY].join('\n\n')
    const { left } = await allowInFile(client, text, `Autoriser ${QUOTE} dans tout le fichier`, {
      ...at(0, HEADER.length),
      newText: ` [!allow ${QUOTE}]`,
    })
    assert.deepEqual(codes(left), [ANONYMOUS, ANONYMOUS])
  })
})
