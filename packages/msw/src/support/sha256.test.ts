import { describe, expect, it } from 'vitest'
import { bytesOf, sha256 } from '../../test/media-fixtures'
import { sha256Hex, sha256HexOfParts } from './sha256'

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it.each([1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 70_001])('agrees with WebCrypto on %i bytes (padding edges)', async (length) => {
    const bytes = bytesOf(length, length)
    expect(sha256Hex(bytes)).toBe(await sha256(bytes))
  })

  it('reads a view into a larger buffer from its own offset', async () => {
    const view = bytesOf(300).subarray(37, 237)
    expect(sha256Hex(view)).toBe(await sha256(view.slice()))
  })

  it.each([
    [[0, 1, 63, 64, 65, 200]],
    [[64, 64, 1, 127]],
    [[5, 0, 59, 3, 61]],
  ])('gives the digest of the concatenation for parts split at %j', async (sizes) => {
    const whole = bytesOf(sizes.reduce((sum, size) => sum + size, 0), 11)
    const parts: Uint8Array[] = []
    for (let at = 0, i = 0; i < sizes.length; at += sizes[i]!, i++) parts.push(whole.subarray(at, at + sizes[i]!))
    expect(sha256HexOfParts(parts)).toBe(await sha256(whole))
  })
})
