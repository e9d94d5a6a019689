/**
 * The pretty reporter lays out plain text itself: it must write byte for byte what
 * vfile-reporter writes, and leave to vfile-reporter every file it cannot measure.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import type { FileReport, LintMessage } from '../../server/src/cli/report'
import { vfileReport } from '../../server/src/cli/reporters/pretty'
import { isNarrow, prettyTable } from '../../server/src/cli/reporters/pretty-table'

/** Every UTF-16 unit that `isNarrow` accepts. */
function narrowUnits(): string[] {
  const units: string[] = []
  for (let code = 0; code <= 0xffff; code++) {
    const unit = String.fromCharCode(code)
    if (isNarrow(unit)) units.push(unit)
  }
  return units
}

function note(message: string): LintMessage {
  return {
    rule: 'quote-style',
    source: 'dispatch-lens',
    severity: 'info',
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    start: 0,
    end: 1,
    url: null,
    fixes: [],
  }
}

describe('narrow text', () => {
  test('vfile-reporter counts each accepted character as one column, alone and in a run', () => {
    const units = narrowUnits()
    assert.ok(units.length > 500)
    // The padding after each reason shows the width vfile-reporter measured.
    const all = units.join('')
    const messages = [all, [...all].reverse().join(''), ...units].map(note)
    const report: FileReport = { file: 'a.dispatch', messages }
    assert.equal(prettyTable(report, false, '<stdin>'), vfileReport(report, false))
  })

  test('wide, combining, control and emoji characters are not narrow', () => {
    for (const text of ['日本', 'e\u0301', 'a\tb', 'line\nbreak', '©', '®', '‼', '😀', '\u00ad']) {
      assert.equal(isNarrow(text), false, text)
    }
  })
})

const SEVERITIES = ['error', 'warning', 'info'] as const

/** Text mostly narrow, sometimes not, with backticks for code spans. */
const text = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...'ab `«»’—…é ,.:-Ç0'.split('')) },
    { weight: 1, arbitrary: fc.constantFrom('日', '\u0301', '\t', '\n', '😀', '©', '\u00ad') },
  ),
  maxLength: 30,
})

const lintMessage: fc.Arbitrary<LintMessage> = fc.record({
  rule: fc.oneof(fc.constantFrom('unattributed-quote', 'quote-style', ''), text),
  source: fc.constantFrom('dispatch-lens', 'other', ''),
  severity: fc.constantFrom(...SEVERITIES),
  message: text,
  line: fc.integer({ min: 1, max: 3 }),
  column: fc.integer({ min: 1, max: 3 }),
  endLine: fc.integer({ min: 1, max: 120 }),
  endColumn: fc.integer({ min: 1, max: 120 }),
  start: fc.nat(1000),
  end: fc.nat(1000),
  url: fc.constant(null),
  fixes: fc.constant([]),
})

const fileReport: fc.Arbitrary<FileReport> = fc.record({
  file: fc.oneof(fc.constant(null), fc.constantFrom('desk/a.dispatch', 'b, c.dispatch')),
  messages: fc.array(lintMessage, { maxLength: 6 }),
})

describe('pretty table', () => {
  test('writes what vfile-reporter writes, or leaves the file to it', () => {
    let laidOut = 0
    fc.assert(
      fc.property(fileReport, fc.boolean(), (report, color) => {
        const table = prettyTable(report, color, '<stdin>')
        if (table === null) {
          assert.ok(
            report.messages.some(
              (message) =>
                !isNarrow(message.message) || !isNarrow(message.rule) || !isNarrow(message.source),
            ),
          )
          return
        }
        laidOut++
        assert.equal(table, vfileReport(report, color))
      }),
      { numRuns: 2000 },
    )
    assert.ok(laidOut > 500, `${laidOut} reports laid out here`)
  })
})
