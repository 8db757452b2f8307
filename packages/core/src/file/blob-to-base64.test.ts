import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blobToBase64 } from './blob-to-base64'

// Node's Buffer is the reference encoder here; the code under test does not use it.
const reference = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

describe('blobToBase64', () => {
  it('encodes any bytes as standard base64', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        expect(await blobToBase64(new Blob([bytes as Uint8Array<ArrayBuffer>]))).toBe(reference(bytes))
      }),
      { numRuns: 100 },
    )
  })

  it('encodes a Blob larger than one read slice without seams', async () => {
    const bytes = Uint8Array.from({ length: 700_001 }, (_, index) => (index * 7919) % 256)
    expect(await blobToBase64(new Blob([bytes]))).toBe(reference(bytes))
  })
})
