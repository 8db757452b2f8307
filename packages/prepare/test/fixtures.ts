// Reads the committed test media (see fixtures/README.md) in node tests.
import { readFileSync } from 'node:fs'

/** The bytes of `fixtures/<name>`. */
export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  const buffer = readFileSync(new URL(`../fixtures/${name}`, import.meta.url))
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)) as Uint8Array<ArrayBuffer>
}

/** True when `needle` (Latin-1) occurs in `bytes`. */
export function containsText(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1')
}
