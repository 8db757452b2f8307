// Bytes-within-a-segment progress over XMLHttpRequest. msw's service worker cannot show it
// (Chrome fires no upload progress for a request a worker answers), so these uploads go to
// the standalone mock server that the browser project's global setup starts. It reads each
// body only after a delay, so a segment is still on its way when Chrome reports. The page
// may be controlled by msw's worker from an earlier file: with no file mocking at the time
// (this project runs its files one at a time here), the worker lets the request through.
import { describe, expect, inject, it, vi } from 'vitest'
import { isoMediaBytes } from '../file/test-media'
import type { Dialect } from '../types'
import { MIB, patternedFile } from './test-support'
import { createUploader } from './uploader'

// Real uploads of 15 MB on a shared machine: a generous ceiling, no timing asserted.
vi.setConfig({ testTimeout: 60_000 })

const SEGMENT = 5 * MIB
const file = patternedFile(isoMediaBytes('isom', ['mp41']), 3 * SEGMENT, 'clip.mp4', 'video/mp4')

describe.each<Dialect>(['v2', 'v1.1'])('upload progress over XMLHttpRequest (%s)', (dialect) => {
  it('reports bytes sent within a 5 MB segment, not only once it is acknowledged', async () => {
    const uploader = createUploader({
      dialect,
      baseUrl: inject('mediaMockServerUrl'),
      auth: { bearerToken: 'browser-user' },
      transport: 'xhr',
      chunkSize: SEGMENT,
      concurrency: 1,
      progressIntervalMs: 0,
    })
    const sent: number[] = []

    const media = await uploader.upload(file, {
      onProgress: (event) => {
        if (event.phase === 'uploading') sent.push(event.bytesSent)
      },
    })

    expect(media.size).toBe(file.size)
    // One segment at a time, so a count that is not a whole number of segments is a report
    // from inside one of them.
    const withinSegment = sent.filter((bytes) => bytes % SEGMENT !== 0)
    expect(withinSegment.length, `progress reports: ${sent.join(', ')}`).toBeGreaterThan(0)
    expect([...sent].sort((a, b) => a - b)).toEqual(sent)
    expect(sent.at(-1)).toBe(file.size)
  })
})
