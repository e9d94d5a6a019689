import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'node:test'

const ROOT = join(import.meta.dirname, '..', '..')

// The snapshot tool keeps its .snap beside its input, so the seed is copied here; a copy that
// drifted from the corpus would make the snapshot test pass on text nobody reads any more.
it('the snapshot input is a byte-for-byte copy of the corpus seed', () => {
  const seed = readFileSync(join(ROOT, 'test', 'corpus', 'fr', 'kandahar.dispatch'))
  const copy = readFileSync(join(ROOT, 'test', 'grammar', 'snapshot', 'kandahar.dispatch'))
  assert.ok(
    seed.equals(copy),
    'test/grammar/snapshot/kandahar.dispatch differs from test/corpus/fr/kandahar.dispatch: ' +
      'copy the seed over it, run UPDATE=1 npm run test:grammar and review the snapshot diff',
  )
})
