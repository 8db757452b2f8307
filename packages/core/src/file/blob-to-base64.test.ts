import { Buffer } from 'node:buffer'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { blobToBase64 } from './blob-to-base64'

// Node's Buffer is the reference encoder; this imported binding stays usable while the
// global one is hidden to exercise the browser path.
const reference = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

describe.each([
  ['where Node’s Buffer exists', false],
  ['where only btoa exists, as in older browsers', true],
])('blobToBase64 %s', (_, hideBuffer) => {
  beforeEach(() => {
    if (hideBuffer) vi.stubGlobal('Buffer', undefined)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('encodes any bytes as standard base64', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        expect(await blobToBase64(new Blob([bytes as Uint8Array<ArrayBuffer>]))).toBe(reference(bytes))
      }),
      { numRuns: 100 },
    )
  })

  it('encodes a Blob larger than one read slice without seams', async () => {
    // Two 3 MB reads and a remainder: the seams between reads must not show.
    const bytes = new Uint8Array(6 * 1024 * 1024 + 1)
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7919) % 256
    expect(await blobToBase64(new Blob([bytes]))).toBe(reference(bytes))
  })
})
