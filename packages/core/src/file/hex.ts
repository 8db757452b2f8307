/** Lower-case hex text of bytes: digests, nonces, multipart boundaries. */
export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The SHA-256 of a Blob's bytes as lower-case hex (WebCrypto: browsers, Node, edge runtimes). */
export async function sha256Hex(blob: Blob): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())))
}
