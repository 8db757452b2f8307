import { describe, expect, it } from 'vitest'
import { joinParts } from '../support/bytes'
import { bytesOf } from '../../test/media-fixtures'
import { multipartAppend } from '../../test/raw-http'
import { parseMultipart } from './multipart'

const BOUNDARY = 'tweet-media-test-boundary'
const media = bytesOf(300, 5)
const { body } = multipartAppend(7, media, BOUNDARY)

/** The body cut at the given offsets, as a socket or a stream may deliver it. */
function cutAt(offsets: number[]): Uint8Array[] {
  const edges = [0, ...offsets, body.byteLength]
  return edges.slice(1).map((end, i) => new Uint8Array(body.subarray(edges[i], end)))
}

function fields(chunks: Uint8Array[]): Record<string, Uint8Array> {
  const parts = parseMultipart(chunks, BOUNDARY)
  expect(parts).toBeDefined()
  return Object.fromEntries((parts ?? []).map((part) => [part.name, joinParts(part.data)]))
}

describe('multipart over chunks', () => {
  it('reads the same fields wherever the body is cut in two', () => {
    const expected = { segment_index: new TextEncoder().encode('7'), media }
    for (let cut = 1; cut < body.byteLength; cut++) expect(fields(cutAt([cut]))).toEqual(expected)
  })

  it('reads the same fields from one-byte chunks, and keeps the media as views of them', () => {
    const chunks = cutAt(Array.from({ length: body.byteLength - 1 }, (_, i) => i + 1))
    expect(fields(chunks).media).toEqual(media)
    const mediaPart = parseMultipart(chunks, BOUNDARY)?.find((part) => part.name === 'media')
    expect(mediaPart?.data.every((view) => chunks.some((chunk) => chunk.buffer === view.buffer))).toBe(true)
  })

  it('refuses a body whose closing delimiter is cut off', () => {
    expect(parseMultipart(cutAt([100]).slice(0, 1), BOUNDARY)).toBeUndefined()
  })
})
