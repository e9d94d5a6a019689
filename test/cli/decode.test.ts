import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { decodeText, firstInvalidUtf8 } from '../../server/src/cli/decode'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeText', () => {
  test('UTF-8 text comes back as it is, a byte order mark dropped unless kept', () => {
    assert.deepEqual(decodeText(utf8('«Oui», a-t-il dit.\n')), {
      ok: true,
      text: '«Oui», a-t-il dit.\n',
    })
    const withBom = bytes(0xef, 0xbb, 0xbf, 0x61)
    assert.deepEqual(decodeText(withBom), { ok: true, text: 'a' })
    assert.deepEqual(decodeText(withBom, { keepBom: true }), { ok: true, text: '\ufeffa' })
  })

  test('a NUL byte makes it a binary file, with the line', () => {
    assert.deepEqual(decodeText(utf8('one\ntwo\0')), {
      ok: false,
      reason: 'it is a binary file (NUL byte on line 2). Pass a UTF-8 text dispatch.',
    })
  })

  test('UTF-16 is named as such', () => {
    assert.deepEqual(decodeText(bytes(0xff, 0xfe, 0x61, 0x00)), {
      ok: false,
      reason: 'it is UTF-16 text. Save it as UTF-8.',
    })
  })

  test('invalid UTF-8 gives the byte and its line', () => {
    // Latin-1 «é» in the middle of the third line.
    assert.deepEqual(decodeText(bytes(0x61, 0x0a, 0x0a, 0x63, 0xe9, 0x74)), {
      ok: false,
      reason: 'it is not valid UTF-8 (byte 0xe9 on line 3). Save it as UTF-8.',
    })
  })
})

describe('firstInvalidUtf8', () => {
  test('accepts every valid sequence length', () => {
    assert.equal(firstInvalidUtf8(utf8('a é € 𝄞')), -1)
  })

  test('finds truncated, overlong, surrogate and out-of-range sequences', () => {
    assert.equal(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82)), 1) // truncated €
    assert.equal(firstInvalidUtf8(bytes(0xc0, 0xaf)), 0) // overlong /
    assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf)), 0) // overlong /
    assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0) // surrogate D800
    assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0) // past U+10FFFF
    assert.equal(firstInvalidUtf8(bytes(0x61, 0x80)), 1) // lone continuation byte
  })
})
