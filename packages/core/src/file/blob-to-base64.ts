// A multiple of 3, so every slice encodes without padding and the parts can be joined;
// large enough that a 5 MB segment takes two reads (each read is an async round trip).
const READ_BYTES = 3 * 1024 * 1024
// Arguments per `String.fromCharCode` call, well below engines' argument limits.
const CHAR_CODES_PER_CALL = 8192

function bytesToBinaryString(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let at = 0; at < bytes.length; at += CHAR_CODES_PER_CALL) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + CHAR_CODES_PER_CALL)))
  }
  return parts.join('')
}

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string
}
interface BufferLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'base64'): string }
}

/**
 * Standard base64 of bytes with the fastest encoder the platform has:
 * `Uint8Array.prototype.toBase64` (current browsers), Node's `Buffer` when it exists (looked
 * up, never imported), else `btoa`. All give the same text.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as NativeBase64).toBase64
  if (native) return native.call(bytes)
  const buffer = (globalThis as { Buffer?: BufferLike }).Buffer
  if (buffer) return buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
  return btoa(bytesToBinaryString(bytes))
}

/**
 * The base64 text of a Blob, for the `{ base64 }` media form of the builders. Reads the
 * Blob in slices; works in browsers, Node 20+ and edge runtimes.
 *
 * @example
 * ```ts
 * buildAppend(endpoint, { mediaId, segmentIndex, media: { base64: await blobToBase64(readChunk(file, chunk)) } })
 * ```
 */
export async function blobToBase64(blob: Blob): Promise<string> {
  const parts: string[] = []
  for (let at = 0; at < blob.size; at += READ_BYTES) {
    const bytes = new Uint8Array(await blob.slice(at, at + READ_BYTES).arrayBuffer())
    parts.push(bytesToBase64(bytes))
  }
  return parts.join('')
}
