import { sha256Hex } from '../file/hex'
import type { FileFingerprint } from '../task/types'

/** Bytes hashed from the start of the file: enough to tell two same-named files apart. */
const FINGERPRINT_BYTES = 1024 * 1024

/**
 * A file identity for resume: name, size, lastModified and the SHA-256 of its first MiB.
 * Only the first MiB is read, whatever the file size.
 */
export async function fingerprintFile(file: Blob & { name?: string; lastModified?: number }): Promise<FileFingerprint> {
  const headDigest = await sha256Hex(file.slice(0, FINGERPRINT_BYTES))
  return [file.name ?? '', file.size, file.lastModified ?? 0, headDigest].join(':')
}
