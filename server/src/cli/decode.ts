/**
 * Bytes to text, refusing what is not a UTF-8 text file with a message that says where and what
 * to do: a linter that silently analyses a PDF or a UTF-16 file would report nonsense.
 */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string }

export interface DecodeOptions {
  /** Keep a leading byte order mark in the text (`strip` must give every byte back). */
  keepBom?: boolean
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return { ok: false, reason: 'it is UTF-16 text. Save it as UTF-8.' }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return {
      ok: false,
      reason: `it is a binary file (NUL byte on line ${lineAt(bytes, nul)}). Pass a UTF-8 text dispatch.`,
    }
  }
  const invalid = firstInvalidUtf8(bytes)
  if (invalid !== -1) {
    return {
      ok: false,
      reason: `it is not valid UTF-8 (byte 0x${bytes[invalid].toString(16)} on line ${lineAt(bytes, invalid)}). Save it as UTF-8.`,
    }
  }
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: options.keepBom }).decode(bytes) }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++
  return line
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]
    if (lead < 0x80) {
      index++
      continue
    }
    let length: number
    let min = 0x80
    let max = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) min = 0xa0 // overlong
      if (lead === 0xed) max = 0x9f // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) min = 0x90 // overlong
      if (lead === 0xf4) max = 0x8f // past U+10FFFF
    } else return index
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      const low = next === 1 ? min : 0x80
      const high = next === 1 ? max : 0xbf
      if (byte === undefined || byte < low || byte > high) return index
    }
    index += length
  }
  return -1
}
