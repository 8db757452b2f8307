// A multiple of 3, so every slice encodes without padding and the parts can be joined.
const READ_BYTES = 3 * 64 * 1024
// Arguments per `String.fromCharCode` call, well below engines' argument limits.
const CHAR_CODES_PER_CALL = 8192

function bytesToBinaryString(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let at = 0; at < bytes.length; at += CHAR_CODES_PER_CALL) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + CHAR_CODES_PER_CALL)))
  }
  return parts.join('')
}

/**
 * The base64 text of a Blob, for the `{ base64 }` media form of the builders. Reads the
 * Blob in slices; works in browsers and Node 20+ (`btoa`, no `Buffer`).
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
    parts.push(btoa(bytesToBinaryString(bytes)))
  }
  return parts.join('')
}
