// The bytes of an MP4-shaped test file, with no Node API, so the browser benchmark builds
// the same file the Node clients read from disk.

const latin1 = (text) => Uint8Array.from(text, (char) => char.charCodeAt(0))

function box(type, payload) {
  const out = new Uint8Array(8 + payload.length)
  new DataView(out.buffer).setUint32(0, out.length)
  out.set(latin1(type), 4)
  out.set(payload, 8)
  return out
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/**
 * `ftyp` (isom/mp41 brands), a minimal `moov` with an `mvhd`, and the header of an `mdat`
 * box that runs to the end of a file of `totalBytes`: what a camera writes first.
 */
function mp4Header(totalBytes) {
  const ftyp = box('ftyp', concat([latin1('isom'), new Uint8Array([0, 0, 2, 0]), latin1('isomiso2avc1mp41')]))
  const mvhd = new Uint8Array(100)
  const view = new DataView(mvhd.buffer)
  view.setUint32(12, 1000) // timescale
  view.setUint32(16, 60_000) // duration: 60 s
  view.setUint32(20, 0x00010000) // rate 1.0
  view.setUint16(24, 0x0100) // volume 1.0
  const head = concat([ftyp, box('moov', box('mvhd', mvhd))])
  const mdat = new Uint8Array(8)
  new DataView(mdat.buffer).setUint32(0, totalBytes - head.length)
  mdat.set(latin1('mdat'), 4)
  return concat([head, mdat])
}

/**
 * Fills `bytes` (length a multiple of 4) with xorshift32 output from `state` and returns the
 * next state: incompressible, repeatable, and fast enough for hundreds of megabytes.
 */
function fillPseudoRandom(bytes, state) {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2)
  let x = state
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    words[i] = x
  }
  return x >>> 0 || 1
}

/** The first pseudo-random state. */
const SEED_STATE = 0x2545f491

/** 1 MB, binary, as X counts. */
const MB = 1024 * 1024

/** Every block of an MP4-shaped file of `totalBytes`, in order (header first), as Uint8Arrays of at most 1 MB. */
export function* mp4Blocks(totalBytes) {
  const header = mp4Header(totalBytes)
  yield header
  const block = new Uint8Array(MB)
  let state = SEED_STATE
  for (let written = header.length; written < totalBytes; ) {
    state = fillPseudoRandom(block, state)
    const part = block.subarray(0, Math.min(block.length, totalBytes - written))
    yield part
    written += part.length
  }
}
