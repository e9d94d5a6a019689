/**
 * Safe in untrusted workspaces: nothing from the workspace is ever executed. Checked on the
 * sources of the server, the CLI and the client by parsing them: no `require`, no dynamic
 * `import()`, no `eval` or `Function`, no child processes or `vm`; worker threads only in the
 * CLI (which starts its own bundled worker). And the manifest declares it.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { test } from 'node:test'
import ts from 'typescript'
import { ROOT } from './patterns'

const FOLDERS = ['server/src', 'client/src']
const FORBIDDEN_MODULES = new Set(['child_process', 'node:child_process', 'vm', 'node:vm'])
const WORKER_MODULES = new Set(['worker_threads', 'node:worker_threads'])

function sources(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name)),
  ).sort()
}

/** Every place in the sources that could run code other than the extension's own. */
function executionSites(): string[] {
  const sites: string[] = []
  for (const path of sources()) {
    const name = relative(ROOT, path).replaceAll('\\', '/')
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest)
    const at = (node: ts.Node, what: string) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      sites.push(`${name}:${line}: ${what}`)
    }
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression
        if (callee.kind === ts.SyntaxKind.ImportKeyword) at(node, 'dynamic import()')
        if (ts.isIdentifier(callee) && ['require', 'eval', 'Function'].includes(callee.text)) {
          at(node, callee.text)
        }
      }
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const module = node.moduleSpecifier.text
        if (FORBIDDEN_MODULES.has(module)) at(node, `imports ${module}`)
        if (WORKER_MODULES.has(module) && !name.startsWith('server/src/cli/')) {
          at(node, `imports ${module} outside the CLI`)
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return sites
}

test('no source can execute code from the workspace', () => {
  assert.ok(sources().length > 40, 'the sources were found')
  assert.deepEqual(executionSites(), [])
})

test('the manifest declares untrusted and virtual workspace support', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true)
  assert.match(manifest.capabilities?.untrustedWorkspaces?.description ?? '', /data only/)
  assert.ok(['limited', true].includes(manifest.capabilities?.virtualWorkspaces?.supported))
})
