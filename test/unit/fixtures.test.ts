/**
 * Fixture tests: each folder of test/fixtures holds `input.dispatch` (and, when the case needs
 * it, `settings.json`) with `expected.json` beside it, a compact projection of the analysis.
 * `UPDATE=1` rewrites every expected.json from the analysis, so that a change of behaviour is
 * reviewed in the diff; without it, any difference fails.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import type { AnalysisSettings } from '../../server/src/analysis'
import { type Analysis, analyzeText, assertSpansMatchText, viewMessage } from './helpers'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const UPDATE = process.env.UPDATE === '1'

/** What a reviewer reads in the diff: names and words, no offsets. */
function project(analysis: Analysis) {
  const { data, text } = analysis
  const nameOf = (id: string | null) => data.speakers.find((s) => s.id === id)?.name ?? null
  return {
    language: data.language,
    header: data.header && { date: data.header.date, dateline: data.header.dateline },
    speakers: data.speakers.map((s) => ({ name: s.name, kind: s.kind, role: s.role })),
    attributions: data.attributions.map((a) => ({
      kind: a.kind,
      text: a.text,
      speaker: nameOf(a.speaker),
      source: a.source?.text ?? null,
      cue: a.cue?.text ?? null,
      medium: a.medium?.text ?? null,
      method: a.method,
    })),
    messages: analysis.messages.map((m) => {
      const view = viewMessage(text, m)
      return { rule: view.ruleId, severity: view.severity, text: view.text, reason: view.reason }
    }),
  }
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  test('there are fixtures, each with an input', () => {
    assert.ok(cases.length >= 15, `${cases.length} fixtures`)
    for (const name of cases) assert.ok(existsSync(join(FIXTURES, name, 'input.dispatch')), name)
  })

  for (const name of cases) {
    test(name, () => {
      const folder = join(FIXTURES, name)
      const input = readFileSync(join(folder, 'input.dispatch'), 'utf8')
      const settingsFile = join(folder, 'settings.json')
      const settings: AnalysisSettings | undefined = existsSync(settingsFile)
        ? JSON.parse(readFileSync(settingsFile, 'utf8'))
        : undefined
      const analysis = analyzeText(input, settings)
      assertSpansMatchText(analysis)
      const actual = project(analysis)
      const expectedFile = join(folder, 'expected.json')
      if (UPDATE) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
        return
      }
      assert.ok(
        existsSync(expectedFile),
        `${name}/expected.json is missing: run UPDATE=1 and review it`,
      )
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')))
    })
  }
})
