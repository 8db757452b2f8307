// SHA-256 (FIPS 180-4) in plain JavaScript: synchronous, so the store can compute a digest
// only when a test reads it, and free of Node built-ins, so it runs in the browser too.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

/** Runs the compression function over every whole 64-byte block of `bytes` before `end`. */
function compress(state: Int32Array, w: Int32Array, bytes: Uint8Array, end: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let h0 = state[0]!, h1 = state[1]!, h2 = state[2]!, h3 = state[3]!
  let h4 = state[4]!, h5 = state[5]!, h6 = state[6]!, h7 = state[7]!
  for (let at = 0; at + 64 <= end; at += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(at + i * 4)
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!
      const y = w[i - 2]!
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h0 = (h0 + a) | 0
    h1 = (h1 + b) | 0
    h2 = (h2 + c) | 0
    h3 = (h3 + d) | 0
    h4 = (h4 + e) | 0
    h5 = (h5 + f) | 0
    h6 = (h6 + g) | 0
    h7 = (h7 + h) | 0
  }
  state.set([h0, h1, h2, h3, h4, h5, h6, h7])
}

const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

/**
 * SHA-256 over data that arrives in parts (the segments of an upload, in order): whole
 * blocks are hashed straight from each part, only a part's last partial block is copied.
 */
export class Sha256 {
  readonly #state = new Int32Array(INITIAL_STATE)
  readonly #w = new Int32Array(64)
  readonly #pending = new Uint8Array(64)
  #pendingLength = 0
  #length = 0

  /** Adds the next part. */
  update(bytes: Uint8Array): this {
    this.#length += bytes.length
    let at = 0
    if (this.#pendingLength > 0) {
      at = Math.min(64 - this.#pendingLength, bytes.length)
      this.#pending.set(bytes.subarray(0, at), this.#pendingLength)
      this.#pendingLength += at
      if (this.#pendingLength < 64) return this
      compress(this.#state, this.#w, this.#pending, 64)
      this.#pendingLength = 0
    }
    const rest = bytes.subarray(at)
    const whole = rest.length - (rest.length % 64)
    compress(this.#state, this.#w, rest, whole)
    this.#pending.set(rest.subarray(whole))
    this.#pendingLength = rest.length - whole
    return this
  }

  /** The digest as lowercase hex (the instance is spent afterwards). */
  hex(): string {
    // The tail, the 0x80 marker and the bit length, in one or two final blocks.
    const tail = new Uint8Array(this.#pendingLength < 56 ? 64 : 128)
    tail.set(this.#pending.subarray(0, this.#pendingLength))
    tail[this.#pendingLength] = 0x80
    const bits = this.#length * 8
    const view = new DataView(tail.buffer)
    view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32))
    view.setUint32(tail.length - 4, bits >>> 0)
    compress(this.#state, this.#w, tail, tail.length)
    let hex = ''
    for (const word of this.#state) hex += (word >>> 0).toString(16).padStart(8, '0')
    return hex
  }
}

/** SHA-256 of `bytes` as lowercase hex, computed synchronously. */
export function sha256Hex(bytes: Uint8Array): string {
  return new Sha256().update(bytes).hex()
}

/** SHA-256 of parts taken in order, as lowercase hex: the digest of their concatenation, without concatenating. */
export function sha256HexOfParts(parts: readonly Uint8Array[]): string {
  const hash = new Sha256()
  for (const part of parts) hash.update(part)
  return hash.hex()
}
