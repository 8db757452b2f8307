import type { FileFingerprint } from '../task/types'

/** Bytes hashed from the start of the file: enough to tell two same-named files apart. */
const FINGERPRINT_BYTES = 1024 * 1024

/**
 * A file identity for resume: name, size, lastModified and the SHA-256 of its first MiB.
 * Only the first MiB is read, whatever the file size.
 */
export async function fingerprintFile(file: Blob & { name?: string; lastModified?: number }): Promise<FileFingerprint> {
  const head = await file.slice(0, FINGERPRINT_BYTES).arrayBuffer()
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', head))
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return [file.name ?? '', file.size, file.lastModified ?? 0, hex].join(':')
}
