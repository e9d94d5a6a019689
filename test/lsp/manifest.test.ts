/**
 * The extension manifest agrees with the server and the client: every setting the server reads
 * is contributed (resource scope, with a description), the semantic token legend matches the
 * contributed types and modifiers, every command exists, and the .vsix holds only what ships.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { RULE_IDS } from '../../server/src/analysis'
import { SHOW_SPEAKERS_COMMAND } from '../../server/src/lsp/protocol'
import { LEGEND } from '../../server/src/lsp/semanticTokens'
import { ROOT } from './harness'

interface Property {
  scope?: string
  description?: string
  properties?: Record<string, unknown>
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const properties: Record<string, Property> = manifest.contributes.configuration.properties

describe('the extension manifest', () => {
  test('every dispatch.* setting the server validates is contributed, resource-scoped', () => {
    assert.deepEqual(Object.keys(properties).sort(), [
      'dispatch.anonymity',
      'dispatch.extraVerbs',
      'dispatch.language',
      'dispatch.lintLanguageIds',
      'dispatch.rules',
      'dispatch.trace.server',
      'dispatch.uiLanguage',
    ])
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(property.description, `${key} has a description`)
      assert.equal(property.scope, key === 'dispatch.trace.server' ? 'window' : 'resource', key)
    }
    assert.deepEqual(
      Object.keys(properties['dispatch.rules']?.properties ?? {}).sort(),
      [...RULE_IDS].sort(),
    )
  })

  test('the semantic token legend is the contributed one', () => {
    assert.deepEqual(
      manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id),
      LEGEND.tokenTypes,
    )
    assert.deepEqual(
      manifest.contributes.semanticTokenModifiers.map((t: { id: string }) => t.id),
      LEGEND.tokenModifiers,
    )
  })

  test('the commands of the client and of the code lens are contributed', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command)
    const client = readFileSync(join(ROOT, 'client/src/commands.ts'), 'utf8')
    const registered = [...client.matchAll(/= '(dispatch\.\w+)'/g)].map((m) => m[1])
    assert.deepEqual(contributed.sort(), [SHOW_SPEAKERS_COMMAND, ...registered].sort())
  })

  test('the language, its grammars and activation', () => {
    assert.deepEqual(manifest.contributes.languages[0].extensions, ['.dispatch'])
    assert.ok(manifest.activationEvents.includes('onLanguage:dispatch'))
    const scopes = manifest.contributes.grammars.map((g: { scopeName: string }) => g.scopeName)
    assert.deepEqual(scopes, ['text.dispatch', 'text.dispatch.injection'])
  })

  test('the .vsix holds only what ships', () => {
    const vsce = join(ROOT, 'node_modules', '.bin', 'vsce')
    const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .sort()
    const expected = [
      'CHANGELOG.md',
      'LICENSE',
      'dist/client.js',
      'dist/server.js',
      'images/icon.png',
      'package.json',
      'package.nls.fr.json',
      'package.nls.json',
      'syntaxes/dispatch-injection.tmLanguage.json',
      'syntaxes/dispatch.tmLanguage.json',
      'syntaxes/language-configuration.json',
    ]
    // The README ships too once the project has one.
    assert.deepEqual(
      files.filter((file) => file !== 'README.md'),
      expected,
    )
  })
})
