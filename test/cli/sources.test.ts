import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, test } from 'node:test'
import { VFile } from 'vfile'
import type { DispatchData } from '../../server/src/analysis'
import { sourcesJson } from '../../server/src/cli/sources-json'
import { sourcesTable } from '../../server/src/cli/sources-table'
import { fixture, runCli, SEED, tempFolder } from './helpers'

const TEXT = 'date 2024-03-12 Lyon | Marie Dupont a déclaré : «Non.» Elle serait partie.'

/** A hand-made analysis of TEXT, with more fields than the JSON keeps. */
function handMadeAnalysis(): VFile {
  const file = new VFile({ value: TEXT, path: 'lyon.dispatch' })
  const data: DispatchData = {
    language: 'fr',
    header: {
      start: 0,
      end: 22,
      date: '2024-03-12',
      dateSpan: { start: 5, end: 15, text: '2024-03-12' },
      dateline: 'Lyon',
      datelineSpan: { start: 16, end: 20, text: 'Lyon' },
    },
    paragraphs: [{ start: 0, end: TEXT.length }],
    sentences: [],
    annotations: [],
    speakers: [
      {
        id: 'marie-dupont',
        name: 'Marie Dupont',
        kind: 'person',
        role: null,
        gender: 'f',
        plural: false,
        anonymityReason: null,
        mentions: [{ start: 23, end: 35, text: 'Marie Dupont', kind: 'name' }],
      },
    ],
    attributions: [
      {
        kind: 'quote',
        text: 'Non.',
        start: 49,
        end: 53,
        open: 48,
        close: 53,
        speaker: 'marie-dupont',
        source: { start: 23, end: 35, text: 'Marie Dupont', kind: 'name' },
        antecedent: null,
        cue: { start: 36, end: 45, text: 'a déclaré' },
        medium: null,
        method: 'cue',
        reason: null,
      },
      {
        kind: 'claim',
        text: 'Elle serait partie.',
        start: 55,
        end: 74,
        open: null,
        close: null,
        speaker: null,
        source: null,
        antecedent: null,
        cue: null,
        medium: null,
        method: 'none',
        reason: 'hedge',
      },
    ],
  }
  file.data.dispatch = data
  const hedge = file.message('No source for this claim.', {
    place: { start: { line: 1, column: 61, offset: 60 }, end: { line: 1, column: 74, offset: 73 } },
    ruleId: 'unattributed-claim',
    source: 'dispatch-lens',
  })
  hedge.fatal = false
  const note = file.message('A note.', {
    place: { line: 1, column: 1, offset: 0 },
    ruleId: 'anonymous-source',
    source: 'dispatch-lens',
  })
  note.fatal = undefined
  return file
}

describe('sources JSON mapping', () => {
  test('keeps exactly the documented keys, with texts for cue and medium and nulls', () => {
    assert.deepEqual(sourcesJson('lyon.dispatch', handMadeAnalysis()), {
      file: 'lyon.dispatch',
      language: 'fr',
      header: { date: '2024-03-12', dateline: 'Lyon' },
      speakers: [
        {
          id: 'marie-dupont',
          name: 'Marie Dupont',
          kind: 'person',
          role: null,
          mentions: [{ start: 23, end: 35, text: 'Marie Dupont' }],
        },
      ],
      attributions: [
        {
          kind: 'quote',
          text: 'Non.',
          start: 49,
          end: 53,
          speaker: 'marie-dupont',
          source: { start: 23, end: 35, text: 'Marie Dupont' },
          cue: 'a déclaré',
          medium: null,
          method: 'cue',
        },
        {
          kind: 'claim',
          text: 'Elle serait partie.',
          start: 55,
          end: 74,
          speaker: null,
          source: null,
          cue: null,
          medium: null,
          method: 'none',
        },
      ],
      diagnostics: [
        { rule: 'anonymous-source', severity: 'info', message: 'A note.', start: 0, end: 0 },
        {
          rule: 'unattributed-claim',
          severity: 'warning',
          message: 'No source for this claim.',
          start: 60,
          end: 73,
        },
      ],
    })
  })

  test('the offsets index the text (UTF-16 code units)', () => {
    const json = sourcesJson('lyon.dispatch', handMadeAnalysis())
    for (const attribution of json.attributions) {
      assert.equal(TEXT.slice(attribution.start, attribution.end), attribution.text)
    }
  })

  test('the table lists each speaker with what they said, then the unattributed, then diagnostics', () => {
    const json = sourcesJson('lyon.dispatch', handMadeAnalysis())
    assert.equal(
      sourcesTable(json, [0]),
      [
        'lyon.dispatch (fr · 2024-03-12 Lyon)',
        '1 speaker, 1 quote, 1 claim, 2 diagnostics',
        '',
        'Marie Dupont [person]',
        '  1:50    quote «Non.» — a déclaré (cue)',
        '',
        'Unattributed',
        '  1:56    claim Elle serait partie.',
        '',
        'Diagnostics',
        '  1:1     info    A note.  anonymous-source',
        '  1:61    warning No source for this claim.  unattributed-claim',
        '',
      ].join('\n'),
    )
  })
})

describe('dispatch-lens sources', () => {
  test('--format json prints an array with one object per file, with the documented keys', async () => {
    const cwd = await tempFolder({
      'a.dispatch': await fixture('clean.dispatch'),
      'b.txt': await fixture('unattributed.dispatch'),
    })
    const result = await runCli(['sources', 'a.dispatch', 'b.txt', '--format', 'json'], { cwd })
    assert.equal(result.code, 0)
    assert.equal(result.stderr, '')
    const files = JSON.parse(result.stdout)
    assert.deepEqual(
      files.map((file: object) => Object.keys(file)),
      [0, 1].map(() => ['file', 'language', 'header', 'speakers', 'attributions', 'diagnostics']),
    )
    assert.deepEqual(
      files.map((file: { file: string }) => file.file),
      ['a.dispatch', 'b.txt'],
    )
  })

  test('a clean dispatch: its header, its speaker and her quote', async () => {
    const cwd = await tempFolder({ 'a.dispatch': await fixture('clean.dispatch') })
    const [file] = JSON.parse(
      (await runCli(['sources', 'a.dispatch', '-f', 'json'], { cwd })).stdout,
    )
    assert.equal(file.language, 'fr')
    assert.deepEqual(file.header, { date: '2024-03-12', dateline: 'Lyon' })
    const dupont = file.speakers.find(
      (speaker: { name: string }) => speaker.name === 'Marie Dupont',
    )
    assert.ok(dupont, JSON.stringify(file.speakers))
    assert.equal(dupont.kind, 'person')
    const quotes = file.attributions.filter(
      (attribution: { kind: string }) => attribution.kind === 'quote',
    )
    assert.equal(quotes.length, 1)
    assert.equal(quotes[0].text, 'Nous ne céderons pas sur le tramway.')
    assert.equal(quotes[0].speaker, dupont.id)
    assert.equal(quotes[0].cue, 'a déclaré')
    assert.deepEqual(file.diagnostics, [])
  })

  test('--language overrides detection', async () => {
    const cwd = await tempFolder({ 'a.dispatch': await fixture('clean.dispatch') })
    const result = await runCli(['sources', 'a.dispatch', '-f', 'json', '--language', 'en'], {
      cwd,
    })
    assert.equal(JSON.parse(result.stdout)[0].language, 'en')
  })

  test('the seed: its seven speakers, eight quotes and two unattributed claims', async () => {
    const text = await readFile(SEED, 'utf8')
    const result = await runCli(['sources', 'examples/kandahar.dispatch', '--format', 'json'], {
      cwd: `${SEED}/../..`,
    })
    assert.equal(result.code, 0)
    const [file] = JSON.parse(result.stdout)
    assert.equal(file.file, 'examples/kandahar.dispatch')
    assert.equal(file.language, 'fr')
    assert.deepEqual(file.header, { date: '2021-07', dateline: 'Kandahar' })
    assert.equal(file.speakers.length, 7)
    const quotes = file.attributions.filter(
      (attribution: { kind: string }) => attribution.kind === 'quote',
    )
    assert.equal(quotes.length, 8)
    for (const quote of quotes) {
      assert.equal(text.slice(quote.start, quote.end), quote.text)
      assert.notEqual(quote.speaker, null, quote.text)
    }
    const findings = file.diagnostics.filter(
      (diagnostic: { severity: string }) => diagnostic.severity !== 'info',
    )
    assert.deepEqual(
      findings.map((diagnostic: { rule: string }) => diagnostic.rule),
      ['unattributed-claim', 'unattributed-claim'],
    )
    for (const [index, phrase] of ['a longtemps été accusé', 'réputée abriter'].entries()) {
      const at = text.indexOf(phrase)
      assert.ok(findings[index].start <= at && findings[index].end >= at + phrase.length, phrase)
    }
  })

  test('the table', async () => {
    const cwd = await tempFolder({ 'a.dispatch': await fixture('clean.dispatch') })
    const result = await runCli(['sources', 'a.dispatch'], { cwd })
    assert.equal(result.code, 0)
    assert.match(
      result.stdout,
      /^a\.dispatch \(fr · 2024-03-12 Lyon\)\n1 speaker, 1 quote, 0 claims, 0 diagnostics\n\nMarie Dupont \[person/,
    )
  })

  test('a missing file and a binary file exit 2; the others are still listed', async () => {
    const cwd = await tempFolder({
      'a.dispatch': await fixture('clean.dispatch'),
      'b.dispatch': new Uint8Array([0x61, 0x00]),
    })
    const result = await runCli(
      ['sources', 'a.dispatch', 'nope.dispatch', 'b.dispatch', '-f', 'json'],
      { cwd },
    )
    assert.equal(result.code, 2)
    assert.deepEqual(
      JSON.parse(result.stdout).map((file: { file: string }) => file.file),
      ['a.dispatch'],
    )
    assert.equal(
      result.stderr,
      [
        "dispatch-lens: cannot read 'b.dispatch' as text: it is a binary file (NUL byte on line 1). Pass a UTF-8 text dispatch.",
        "dispatch-lens: cannot find 'nope.dispatch': no such file or folder. Check the path.",
        '',
      ].join('\n'),
    )
  })

  test('standard input', async () => {
    const cwd = await tempFolder()
    const result = await runCli(['sources', '-', '-f', 'json'], {
      cwd,
      stdin: await fixture('clean.dispatch'),
    })
    assert.equal(result.code, 0)
    assert.equal(JSON.parse(result.stdout)[0].file, '<stdin>')
  })
})
