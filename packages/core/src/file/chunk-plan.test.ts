import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { thrownBy } from '../../test/test-errors'
import { DEFAULT_CHUNK_SIZE, planChunks, readChunk } from './chunk-plan'
import { MB, MEDIA_LIMITS } from './limits'

const MAX_PLANNABLE = MEDIA_LIMITS.segmentBytes * MEDIA_LIMITS.maxSegments

describe('planChunks', () => {
  it('covers any file exactly once, in order, within 5 MB per chunk and 1,000 segments', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_PLANNABLE }),
        fc.option(fc.integer({ min: 1, max: MEDIA_LIMITS.segmentBytes }), { nil: undefined }),
        (size, chunkSize) => {
          const plan = planChunks(size, { chunkSize })
          expect(plan.totalBytes).toBe(size)
          expect(plan.chunks.length).toBeGreaterThan(0)
          expect(plan.chunks.length).toBeLessThanOrEqual(MEDIA_LIMITS.maxSegments)
          expect(plan.chunkSize).toBeGreaterThanOrEqual(chunkSize ?? DEFAULT_CHUNK_SIZE)
          let next = 0
          plan.chunks.forEach((chunk, index) => {
            expect(chunk.segmentIndex).toBe(index)
            expect(chunk.start).toBe(next)
            expect(chunk.end).toBeGreaterThan(chunk.start)
            expect(chunk.end - chunk.start).toBeLessThanOrEqual(MEDIA_LIMITS.segmentBytes)
            if (index < plan.chunks.length - 1) expect(chunk.end - chunk.start).toBe(plan.chunkSize)
            next = chunk.end
          })
          expect(next).toBe(size)
        },
      ),
    )
  })

  it('keeps a requested chunk size when 1,000 segments suffice', () => {
    expect(planChunks(10 * MB, { chunkSize: 4 * MB }).chunks.map((chunk) => chunk.end - chunk.start)).toEqual([
      4 * MB,
      4 * MB,
      2 * MB,
    ])
  })

  it('grows the default 4 MB chunk for a file that would need more than 1,000 segments', () => {
    const plan = planChunks(4000 * MB + 1)
    expect(plan.chunkSize).toBe(4 * MB + 1)
    expect(plan.chunks).toHaveLength(1000)
  })

  it('plans a 512 MB video in 128 four-megabyte segments (indices 0–127) by default', () => {
    const plan = planChunks(512 * MB)
    expect(plan.chunks).toHaveLength(128)
    expect(plan.chunks.at(-1)).toEqual({ segmentIndex: 127, start: 508 * MB, end: 512 * MB })
  })

  it('refuses a chunk size above 5 MB, or not a positive integer, with invalid-argument', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: MEDIA_LIMITS.segmentBytes + 1 }), fc.integer({ max: 0 }), fc.double({ noInteger: true })),
        (chunkSize) => thrownBy(() => planChunks(MB, { chunkSize })).code === 'invalid-argument',
      ),
    )
  })

  it('refuses an empty file and one too big for 1,000 segments of 5 MB', () => {
    expect(thrownBy(() => planChunks(0)).code).toBe('file-empty')
    expect(thrownBy(() => planChunks(MAX_PLANNABLE + 1)).code).toBe('file-too-large')
    expect(thrownBy(() => planChunks(-1)).code).toBe('invalid-argument')
    expect(thrownBy(() => planChunks(Number.NaN)).code).toBe('invalid-argument')
  })
})

describe('readChunk', () => {
  it('slices chunks that join back into the original bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), fc.integer({ min: 1, max: 300 }), async (bytes, chunkSize) => {
        const blob = new Blob([bytes as Uint8Array<ArrayBuffer>])
        const parts = planChunks(blob.size, { chunkSize }).chunks.map((chunk) => readChunk(blob, chunk))
        expect(new Uint8Array(await new Blob(parts).arrayBuffer())).toEqual(bytes)
      }),
      { numRuns: 50 },
    )
  })

  it('refuses a chunk that lies outside a file that has shrunk since planning', () => {
    const plan = planChunks(100, { chunkSize: 60 })
    expect(thrownBy(() => readChunk(new Blob([new Uint8Array(80)]), plan.chunks[1]!)).code).toBe('invalid-argument')
  })
})
