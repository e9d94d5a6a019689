import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { strip } from '../../server/src/analysis'
import { runCli, tempFolder } from './helpers'

const ANNOTATED =
  'date 2024-03-12 Lyon | «Nous ne céderons pas» [@Marie Dupont | maire de Lyon], a-t-elle dit.\n\n' +
  '[!allow unattributed-claim]\nLe projet serait abandonné.'

describe('dispatch-lens strip', () => {
  test('prints the text without annotations, exactly: no newline added', async () => {
    const cwd = await tempFolder({ 'story.dispatch': ANNOTATED })
    const result = await runCli(['strip', 'story.dispatch'], { cwd })
    assert.deepEqual(result, { code: 0, stdout: strip(ANNOTATED), stderr: '' })
    assert.ok(
      result.stdout.startsWith('date 2024-03-12 Lyon | «Nous ne céderons pas», a-t-elle dit.\n\n'),
    )
    assert.ok(!result.stdout.includes('[@') && !result.stdout.includes('[!'))
    assert.ok(result.stdout.endsWith('Le projet serait abandonné.'))
  })

  test('text without annotations comes back byte for byte, CRLF and byte order mark included', async () => {
    const text = '\ufeffdate 2024-03-12 Lyon | Il a dit «oui».\r\n\r\nFin.'
    const cwd = await tempFolder({ 'story.dispatch': text })
    assert.deepEqual(await runCli(['strip', 'story.dispatch'], { cwd }), {
      code: 0,
      stdout: text,
      stderr: '',
    })
  })

  test('reads standard input with -', async () => {
    const cwd = await tempFolder()
    assert.deepEqual(await runCli(['strip', '-'], { cwd, stdin: ANNOTATED }), {
      code: 0,
      stdout: strip(ANNOTATED),
      stderr: '',
    })
  })

  test('a missing file, a folder, a binary file and two files exit 2', async () => {
    const cwd = await tempFolder({
      'desk/a.dispatch': 'a',
      'image.dispatch': new Uint8Array([1, 0, 2]),
    })
    assert.deepEqual(await runCli(['strip', 'nope.dispatch'], { cwd }), {
      code: 2,
      stdout: '',
      stderr:
        "dispatch-lens: cannot find 'nope.dispatch': no such file or folder. Check the path.\n",
    })
    assert.deepEqual(await runCli(['strip', 'desk'], { cwd }), {
      code: 2,
      stdout: '',
      stderr: "dispatch-lens: cannot strip 'desk': it is a folder. Pass one file.\n",
    })
    assert.deepEqual(await runCli(['strip', 'image.dispatch'], { cwd }), {
      code: 2,
      stdout: '',
      stderr:
        "dispatch-lens: cannot read 'image.dispatch' as text: it is a binary file (NUL byte on line 1). Pass a UTF-8 text dispatch.\n",
    })
    assert.deepEqual(await runCli(['strip', 'desk/a.dispatch', 'image.dispatch'], { cwd }), {
      code: 2,
      stdout: '',
      stderr:
        "dispatch-lens: strip takes exactly one file (or '-' for standard input), got 2. Run 'dispatch-lens strip --help'.\n",
    })
  })
})
