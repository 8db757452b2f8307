/** Deterministic filler bytes of a given length. */
export function bytesOf(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff
  return bytes
}

/** A 1x1 PNG (a real image: the simple upload sniffs its type and size). */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

/** SHA-256 (hex) with WebCrypto: the reference the mock's digest is compared with. */
export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** An 8x4 PNG header followed by filler: enough for X's type and size sniffing. */
export function pngFile(length: number): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d4948445200000008000000040806000000', 'hex')
  return Buffer.concat([header, Buffer.from(bytesOf(length - header.length, 3))])
}

/** An MP4-like file (an `ftyp` box then filler); the mock does not decode video. */
export function mp4File(length: number): Buffer {
  const header = Buffer.from('0000001866747970697336d6d0000000069736f6d', 'hex')
  return Buffer.concat([header, Buffer.from(bytesOf(length - header.length, 9))])
}
