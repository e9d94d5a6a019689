// Draws images/icon.png (128×128): guillemets « » over a rounded blue square, an amber bar
// below them. No image tool needed: shapes are rasterised here and written as a PNG with zlib.
// Run: node images/icon.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 128
const SAMPLES = 4 // per axis, for anti-aliasing
const BLUE = [31, 78, 121]
const WHITE = [255, 255, 255]
const AMBER = [242, 177, 52]

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), SIZE - radius)
  const cy = Math.min(Math.max(y, radius), SIZE - radius)
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

/** A chevron pointing left (direction -1) or right (1), its tip at (tipX, 56). */
function inChevron(x, y, tipX, direction) {
  const arm = 18 * -direction
  const tip = [tipX, 56]
  return (
    distanceToSegment(x, y, [tipX + arm, 34], tip) <= 5.5 ||
    distanceToSegment(x, y, tip, [tipX + arm, 78]) <= 5.5
  )
}

function colourAt(x, y) {
  if (!inRoundedSquare(x, y, 22)) return null
  const quote =
    inChevron(x, y, 20, -1) ||
    inChevron(x, y, 36, -1) ||
    inChevron(x, y, 108, 1) ||
    inChevron(x, y, 92, 1)
  if (quote) return WHITE
  if (x >= 30 && x <= 98 && y >= 96 && y <= 104) return AMBER
  return BLUE
}

const rows = []
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4)
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0]
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)
        if (!colour) continue
        for (let c = 0; c < 3; c++) sum[c] += colour[c]
        sum[3] += 1
      }
    }
    const covered = sum[3]
    const offset = 1 + x * 4
    for (let c = 0; c < 3; c++) row[offset + c] = covered ? Math.round(sum[c] / covered) : 0
    row[offset + 3] = Math.round((covered / SAMPLES ** 2) * 255)
  }
  rows.push(row)
}

function crc32(buffer) {
  let crc = ~0
  for (const byte of buffer) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header[8] = 8 // bit depth
header[9] = 6 // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows))),
  chunk('IEND', Buffer.alloc(0)),
])
writeFileSync(new URL('./icon.png', import.meta.url), png)
