/**
 * The reporters over hand-made reports, so that their output is checked exactly whatever the
 * analysis finds.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type { FileReport, LintMessage, LintTotals } from '../../server/src/cli/report'
import { githubReporter } from '../../server/src/cli/reporters/github'
import { jsonReporter } from '../../server/src/cli/reporters/json'
import { prettyReporter } from '../../server/src/cli/reporters/pretty'
import type { LintReporter, ReporterOptions } from '../../server/src/cli/reporters/reporter'
import { sarifReporter } from '../../server/src/cli/reporters/sarif'
import { ROOT } from './helpers'

const OPTIONS: ReporterOptions = { cwd: '/newsroom', color: false, quiet: false, version: '1.2.3' }

function message(overrides: Partial<LintMessage>): LintMessage {
  return {
    rule: 'unattributed-claim',
    source: 'dispatch-lens',
    severity: 'warning',
    message: 'No source for this claim: say who says so.',
    line: 9,
    column: 12,
    endLine: 9,
    endColumn: 34,
    start: 400,
    end: 422,
    url: 'https://example.org/docs/rules/unattributed-claim.md',
    fixes: [],
    ...overrides,
  }
}

const UNCLOSED = message({
  rule: 'unclosed-quote',
  severity: 'error',
  message: 'This `«` is never closed: add `»` where the quotation ends.',
  line: 1,
  column: 50,
  endLine: 1,
  endColumn: 51,
  start: 49,
  end: 50,
  url: 'https://example.org/docs/rules/unclosed-quote.md',
  fixes: [{ title: 'Close the quotation', edits: [{ start: 90, end: 90, newText: '»' }] }],
})
const CLAIM = message({})
const ANONYMOUS = message({
  rule: 'anonymous-source',
  severity: 'info',
  message: 'Anonymous source, reason given: "ayant requis l\'anonymat".',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 20,
  start: 200,
  end: 219,
})

const REPORTS: FileReport[] = [
  { file: 'desk/lyon.dispatch', messages: [UNCLOSED] },
  { file: 'desk/clean.dispatch', messages: [] },
  { file: 'desk/kandahar, 2021.dispatch', messages: [ANONYMOUS, CLAIM] },
  { file: null, messages: [CLAIM] },
]
const TOTALS: LintTotals = { files: 4, errors: 1, warnings: 2, infos: 1 }

function render(reporter: LintReporter, reports = REPORTS, totals = TOTALS): string {
  return (
    reporter.start() +
    reports.map((report) => reporter.file(report)).join('') +
    reporter.end(totals)
  )
}

describe('pretty reporter', () => {
  test('prints each file in input order as vfile-reporter does, then one summary', () => {
    assert.equal(
      render(prettyReporter(OPTIONS)),
      [
        'desk/lyon.dispatch',
        '1:50-1:51 error This `«` is never closed: add `»` where the quotation ends. unclosed-quote dispatch-lens',
        '',
        'desk/clean.dispatch: no issues found',
        'desk/kandahar, 2021.dispatch',
        '3:1-3:20  info    Anonymous source, reason given: "ayant requis l\'anonymat". anonymous-source   dispatch-lens',
        `9:12-9:34 warning No source for this claim: say who says so.${' '.repeat(17)}unattributed-claim dispatch-lens`,
        '',
        '<stdin>',
        '9:12-9:34 warning No source for this claim: say who says so. unattributed-claim dispatch-lens',
        '',
        '4 messages (✖ 1 error, ⚠ 2 warnings)',
        '',
      ].join('\n'),
    )
  })

  test('quiet hides files without messages; a clean run prints no summary', () => {
    const quiet = prettyReporter({ ...OPTIONS, quiet: true })
    const clean = { files: 1, errors: 0, warnings: 0, infos: 0 }
    assert.equal(render(quiet, [{ file: 'a.dispatch', messages: [] }], clean), '')
    assert.equal(
      render(prettyReporter(OPTIONS), [{ file: 'a.dispatch', messages: [] }], clean),
      'a.dispatch: no issues found\n',
    )
  })

  test('colour marks severities and the summary', () => {
    const output = render(prettyReporter({ ...OPTIONS, color: true }), [REPORTS[0]], {
      files: 1,
      errors: 1,
      warnings: 0,
      infos: 0,
    })
    assert.ok(output.includes('\u001b[31merror\u001b[39m'), output)
    assert.ok(output.endsWith('\u001b[31m✖\u001b[39m 1 error\n'), output)
  })
})

describe('json reporter', () => {
  test('an array with one object per file, every field of every message', () => {
    const output = render(jsonReporter())
    const parsed = JSON.parse(output)
    assert.equal(parsed.length, 4)
    assert.deepEqual(parsed[0], {
      file: 'desk/lyon.dispatch',
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
      messages: [
        {
          rule: 'unclosed-quote',
          severity: 'error',
          message: 'This `«` is never closed: add `»` where the quotation ends.',
          line: 1,
          column: 50,
          endLine: 1,
          endColumn: 51,
          start: 49,
          end: 50,
          url: 'https://example.org/docs/rules/unclosed-quote.md',
          fixes: [{ title: 'Close the quotation', edits: [{ start: 90, end: 90, newText: '»' }] }],
        },
      ],
    })
    assert.deepEqual(
      parsed.map((entry: { file: string | null; infoCount: number; warningCount: number }) => [
        entry.file,
        entry.warningCount,
        entry.infoCount,
      ]),
      [
        ['desk/lyon.dispatch', 0, 0],
        ['desk/clean.dispatch', 0, 0],
        ['desk/kandahar, 2021.dispatch', 1, 1],
        [null, 1, 0],
      ],
    )
  })

  test('no file is an empty array', () => {
    assert.equal(render(jsonReporter(), [], { files: 0, errors: 0, warnings: 0, infos: 0 }), '[]\n')
  })
})

describe('github reporter', () => {
  test('one workflow command per message, with escaped properties and data', () => {
    assert.equal(
      render(githubReporter()),
      [
        '::error file=desk/lyon.dispatch,line=1,col=50,endLine=1,endColumn=51,title=unclosed-quote::This `«` is never closed: add `»` where the quotation ends.',
        '::notice file=desk/kandahar%2C 2021.dispatch,line=3,col=1,endLine=3,endColumn=20,title=anonymous-source::Anonymous source, reason given: "ayant requis l\'anonymat".',
        '::warning file=desk/kandahar%2C 2021.dispatch,line=9,col=12,endLine=9,endColumn=34,title=unattributed-claim::No source for this claim: say who says so.',
        '::warning line=9,col=12,endLine=9,endColumn=34,title=unattributed-claim::No source for this claim: say who says so.',
        '',
      ].join('\n'),
    )
  })

  test('percent signs and line breaks in a message are escaped', () => {
    const report = { file: 'a:b.dispatch', messages: [message({ message: '100% sure\nreally' })] }
    assert.equal(
      render(githubReporter(), [report]),
      '::warning file=a%3Ab.dispatch,line=9,col=12,endLine=9,endColumn=34,title=unattributed-claim::100%25 sure%0Areally\n',
    )
  })
})

describe('sarif reporter', () => {
  const schema = JSON.parse(
    readFileSync(
      join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
      'utf8',
    ),
  )
  // The schema has a pattern that is invalid with the `u` flag Ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  addFormats(ajv)
  const validate = ajv.compile(schema)

  test('is valid SARIF 2.1.0 against the official schema', () => {
    // The validator does reject what is not SARIF 2.1.0.
    assert.equal(validate({ version: '2.0.0', runs: [] }), false)
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false)
    const log = JSON.parse(render(sarifReporter(OPTIONS)))
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2))
    const empty = JSON.parse(
      render(sarifReporter(OPTIONS), [], { files: 0, errors: 0, warnings: 0, infos: 0 }),
    )
    assert.equal(validate(empty), true, JSON.stringify(validate.errors, null, 2))
  })

  test('describes the tool, its rules, and each result with its place and fixes', () => {
    const log = JSON.parse(render(sarifReporter(OPTIONS)))
    assert.equal(log.version, '2.1.0')
    const [run] = log.runs
    assert.equal(run.tool.driver.name, 'dispatch-lens')
    assert.equal(run.tool.driver.version, '1.2.3')
    assert.equal(run.columnKind, 'utf16CodeUnits')
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///newsroom/' } })
    const rules = run.tool.driver.rules.map((rule: { id: string }) => rule.id)
    assert.ok(rules.includes('unclosed-quote') && rules.includes('unattributed-claim'))
    assert.deepEqual(
      run.results.map((result: { ruleId: string; level: string; ruleIndex: number }) => [
        result.ruleId,
        result.level,
        rules[result.ruleIndex],
      ]),
      [
        ['unclosed-quote', 'error', 'unclosed-quote'],
        ['anonymous-source', 'note', 'anonymous-source'],
        ['unattributed-claim', 'warning', 'unattributed-claim'],
        ['unattributed-claim', 'warning', 'unattributed-claim'],
      ],
    )
    assert.deepEqual(run.results[0].locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'desk/lyon.dispatch', uriBaseId: '%SRCROOT%' },
          region: {
            startLine: 1,
            startColumn: 50,
            endLine: 1,
            endColumn: 51,
            charOffset: 49,
            charLength: 1,
          },
        },
      },
    ])
    assert.deepEqual(run.results[0].fixes, [
      {
        description: { text: 'Close the quotation' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'desk/lyon.dispatch', uriBaseId: '%SRCROOT%' },
            replacements: [
              { deletedRegion: { charOffset: 90, charLength: 0 }, insertedContent: { text: '»' } },
            ],
          },
        ],
      },
    ])
    // A path is a URI reference: a space is percent-encoded; stdin has no URI.
    assert.equal(
      run.results[1].locations[0].physicalLocation.artifactLocation.uri,
      'desk/kandahar%2C%202021.dispatch',
    )
    assert.deepEqual(run.results[3].locations[0].physicalLocation.artifactLocation, {
      description: { text: 'standard input' },
    })
  })
})
