import { describe, expect, it } from 'vitest'
import { bytesOf } from '../../test/media-fixtures'
import { ChunkedBytes, indexOfBytes, indexOfBytesPortable } from './chunked-bytes'

const haystack = bytesOf(2000, 3)
const needles = [haystack.subarray(0, 5), haystack.subarray(1500, 1520), haystack.subarray(1990), new TextEncoder().encode('\r\n--absent-boundary')]

describe('byte search', () => {
  it.each(needles.map((needle, i) => [i, needle] as const))('the native and portable searches agree (needle %i)', (_, needle) => {
    for (const from of [0, 1, 700, 1500, 1991, 2000]) expect(indexOfBytes(haystack, needle, from)).toBe(indexOfBytesPortable(haystack, needle, from))
  })

  it('finds a needle across any chunk edge, and slices views of the chunks', () => {
    const needle = haystack.subarray(1000, 1012)
    for (const size of [1, 5, 11, 12, 13, 64, 999]) {
      const chunks: Uint8Array[] = []
      for (let at = 0; at < haystack.length; at += size) chunks.push(haystack.slice(at, at + size))
      const bytes = new ChunkedBytes(chunks)
      expect(bytes.indexOf(needle, 0)).toBe(indexOfBytesPortable(haystack, needle, 0))
      expect(bytes.copy(995, 1017)).toEqual(haystack.subarray(995, 1017))
      expect(bytes.slice(3, 1900).every((view) => chunks.some((chunk) => chunk.buffer === view.buffer))).toBe(true)
    }
  })
})
