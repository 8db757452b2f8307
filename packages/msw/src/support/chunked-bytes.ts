import type { ByteParts } from './bytes'

type SubsequenceSearch = (this: Uint8Array, needle: Uint8Array, from: number) => number

/** Node's native subsequence search (`Buffer#indexOf`), where the host has one; it takes any Uint8Array. */
const nativeSearch = (globalThis as { Buffer?: { prototype: { indexOf: SubsequenceSearch } } }).Buffer?.prototype.indexOf

/**
 * Finds `needle` in `haystack` from `from`: natively in Node (scanning a multipart body is
 * the mock's main per-byte work), elsewhere with the native search for its first byte.
 */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  if (nativeSearch && needle.length > 0) return nativeSearch.call(haystack, needle, from)
  return indexOfBytesPortable(haystack, needle, from)
}

/** {@link indexOfBytes} in plain JavaScript (browsers; exported for its tests). */
export function indexOfBytesPortable(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]
  if (first === undefined) return -1
  for (let at = haystack.indexOf(first, from); at !== -1; at = haystack.indexOf(first, at + 1)) {
    if (at + needle.length > haystack.length) return -1
    let i = 1
    while (i < needle.length && haystack[at + i] === needle[i]) i++
    if (i === needle.length) return at
  }
  return -1
}

/**
 * Chunks read as one byte sequence without joining them: search across chunk edges, and
 * ranges returned as views of the chunks (so a multipart body's media is never copied).
 */
export class ChunkedBytes {
  /** Offset of each chunk's first byte in the whole. */
  readonly #starts: number[] = []
  readonly length: number

  constructor(readonly chunks: ByteParts) {
    let offset = 0
    for (const chunk of chunks) {
      this.#starts.push(offset)
      offset += chunk.byteLength
    }
    this.length = offset
  }

  /** The chunk holding byte `at` (the last chunk when `at` is the end). */
  #chunkAt(at: number): number {
    let low = 0
    let high = this.chunks.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.#starts[mid] ?? 0) <= at) low = mid
      else high = mid - 1
    }
    return low
  }

  /** The first index of `needle` at or after `from`, or -1. */
  indexOf(needle: Uint8Array, from: number): number {
    if (from >= this.length) return -1
    for (let k = this.#chunkAt(from); k < this.chunks.length; k++) {
      const chunk = this.chunks[k]!
      const start = this.#starts[k]!
      const found = indexOfBytes(chunk, needle, Math.max(0, from - start))
      if (found !== -1) return start + found
      // A match across this chunk's end: search the edge's last bytes joined to what follows.
      const edgeStart = Math.max(from, start + chunk.byteLength - needle.length + 1)
      const edge = this.copy(edgeStart, Math.min(this.length, edgeStart + 2 * needle.length - 2))
      const across = indexOfBytes(edge, needle, 0)
      if (across !== -1) return edgeStart + across
    }
    return -1
  }

  /** The byte at `at` (undefined past the end). */
  byteAt(at: number): number | undefined {
    if (at < 0 || at >= this.length) return undefined
    const k = this.#chunkAt(at)
    return this.chunks[k]![at - this.#starts[k]!]
  }

  /** Bytes `start` to `end` as views of the chunks (no copy). */
  slice(start: number, end: number): Uint8Array[] {
    const views: Uint8Array[] = []
    if (end <= start) return views
    for (let k = this.#chunkAt(start); k < this.chunks.length; k++) {
      const chunkStart = this.#starts[k]!
      if (chunkStart >= end) break
      const chunk = this.chunks[k]!
      views.push(chunk.subarray(Math.max(0, start - chunkStart), Math.min(chunk.byteLength, end - chunkStart)))
    }
    return views.filter((view) => view.byteLength > 0)
  }

  /** Bytes `start` to `end` as one new array (for short ranges: headers, field values). */
  copy(start: number, end: number): Uint8Array {
    const out = new Uint8Array(Math.max(0, end - start))
    let offset = 0
    for (const view of this.slice(start, end)) {
      out.set(view, offset)
      offset += view.byteLength
    }
    return out
  }
}
