import { createHash } from 'node:crypto'

/** SHA-256 (hex) of parts in order with Node's native hash: the standalone server's digest (the browser entry has its own). */
export function nodeSha256OfParts(parts: readonly Uint8Array[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}
