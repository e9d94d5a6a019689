/**
 * Runs every grammar test: the hand-written scope assertions (dispatch files, and markdown and
 * plain text under injection), the reviewed token snapshot of the seed, and the node tests of
 * this folder. Exits non-zero when any of them fails.
 *
 * UPDATE=1 rewrites the snapshot instead of comparing it: review its diff before committing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')
const HERE = relative(ROOT, import.meta.dirname)
const CONFIG = join(HERE, 'grammars.json')
const SNAPSHOT_INPUT = join(HERE, 'snapshot', 'kandahar.dispatch')
const update = process.env.UPDATE === '1'

const require = createRequire(import.meta.url)
const toolDir = join(require.resolve('vscode-tmgrammar-test/package.json'), '..')
const unitTool = join(toolDir, 'dist', 'unit.js')
const snapshotTool = join(toolDir, 'dist', 'snapshot.js')

// The real markdown grammar embeds dozens of languages that these tests do not load; the tool
// warns once per missing grammar, which would bury the results.
const NOISE = /^grammar not found for "[^"]+"$/

interface Step {
  name: string
  args: string[]
}

const steps: Step[] = [
  {
    name: 'scope assertions on dispatches',
    args: [unitTool, '--config', CONFIG, join(HERE, 'cases', '*.test.dispatch')],
  },
  {
    name: 'scope assertions under injection',
    args: [unitTool, '--config', CONFIG, join(HERE, 'injection', '*.test.*')],
  },
  {
    name: 'token snapshot of the seed',
    args: [snapshotTool, ...(update ? ['-u'] : []), '--config', CONFIG, SNAPSHOT_INPUT],
  },
  {
    name: 'word pattern and seed copy',
    args: [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      join(HERE, 'word-pattern.test.ts'),
      join(HERE, 'seed.test.ts'),
    ],
  },
]

function run(step: Step): boolean {
  const result = spawnSync(process.execPath, step.args, { cwd: ROOT, encoding: 'utf8' })
  process.stdout.write(result.stdout ?? '')
  const stderr = (result.stderr ?? '')
    .split('\n')
    .filter((line) => !NOISE.test(line))
    .join('\n')
  if (stderr.trim()) process.stderr.write(`${stderr}\n`)
  if (result.error) process.stderr.write(`${step.name}: ${result.error.message}\n`)
  return result.status === 0
}

// The snapshot tool writes a missing snapshot and passes: a lost .snap must fail instead.
if (!update && !existsSync(`${join(ROOT, SNAPSHOT_INPUT)}.snap`)) {
  process.stderr.write(
    `${SNAPSHOT_INPUT}.snap is missing: run UPDATE=1 npm run test:grammar, review the new ` +
      'snapshot token by token, and commit it.\n',
  )
  process.exit(1)
}

const failed: string[] = []
for (const step of steps) {
  process.stdout.write(`\n## ${step.name}\n`)
  if (!run(step)) failed.push(step.name)
}
process.stdout.write(
  `\ngrammar test steps: ${steps.length - failed.length} of ${steps.length} passed\n`,
)
if (failed.length > 0) {
  process.stderr.write(`failed: ${failed.join('; ')}\n`)
  process.exit(1)
}
