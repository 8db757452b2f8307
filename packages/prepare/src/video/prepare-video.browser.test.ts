// Every video fixture through the real pipeline in Chromium: mediabunny in the media
// worker reads the headers; WebCodecs transcodes where this browser has an H.264 encoder,
// and the test shows the refusal it gives where it has none.
import type { PreparationStep } from '@tweet-media/core'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { X_MEDIA_RULES } from '../limits'
import { isMediaRuleError, type MediaRule } from '../media-rule-error'
import { createMediaPreparer, prepareMedia } from '../prepare-media'
import { canDecode, canEncodeH264, fixture } from '../../test/browser-fixtures'
import { mockXDuringTests } from '../../test/mocked-x'
import { runInWorker } from '../worker/run-in-worker'

// Transcoding in a worker on a loaded 2-core machine: a generous ceiling, no timing asserted.
vi.setConfig({ testTimeout: 180_000 })

const { mock, uploader } = mockXDuringTests()
const signal = (): AbortSignal => new AbortController().signal
const codes = (steps: readonly PreparationStep[]): string[] => steps.map((step) => step.code)
let h264 = false
/** Source codecs this browser can decode, by fixture; the others cannot be converted here. */
const decodable = new Map<string, boolean>()

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

/** Headers of a prepared video, read again: what X would see. */
const facts = (file: Blob) => runInWorker({ op: 'probe-video', file }, { signal: undefined, onProgress: undefined, createWorker: undefined })

beforeAll(async () => {
  h264 = await canEncodeH264()
  decodable.set('video-hevc.mov', await canDecode('hvc1.1.6.L93.B0'))
  // Recorded in the test output: which outcome the transcoding cases below assert.
  console.info(`This Chromium ${h264 ? 'can' : 'cannot'} encode H.264 and ${decodable.get('video-hevc.mov') ? 'can' : 'cannot'} decode HEVC with WebCodecs.`)
})

describe('videos within every rule', () => {
  it('H.264/AAC 360p30 goes up as it is and X finishes processing it', async () => {
    const file = await fixture('video-ok-360p30.mp4', 'video/mp4')
    const task = uploader({ prepare: prepareMedia }).createTask(file)
    const media = await task.start()
    expect(task.getSnapshot().preparation).toMatchObject({ steps: [], size: file.size, original: { width: 640, height: 360 } })
    expect(mock.store.get(media.mediaId)).toMatchObject({ kind: 'video', size: file.size })
  })
})

describe('videos X refuses and nothing here can mend', () => {
  it.each<[string, MediaRule, string]>([
    ['video-150s.mp4', 'video-duration', 'video-150s.mp4 is 2 min 30 s long; X takes videos up to 2 min 20 s.'],
    ['video-no-moov.mp4', 'video-unreadable', 'The file cannot be read as a video'],
  ])('%s is refused with %s before any request', async (name, rule, message) => {
    const task = uploader({ prepare: prepareMedia }).createTask(await fixture(name, 'video/mp4'))
    const error = await rejectionOf(task.start())
    expect(isMediaRuleError(error, rule)).toBe(true)
    expect((error as Error).message).toContain(message)
    expect(mock.store.requests).toHaveLength(0)
  })
})

describe.each<[string, MediaRule, string]>([
  ['video-1080p60.mp4', 'video-dimensions', 'video/mp4'],
  ['video-hevc.mov', 'video-codec', 'video/quicktime'],
  ['video-10bit.mp4', 'video-pixel-format', 'video/mp4'],
  ['video-444.mp4', 'video-pixel-format', 'video/mp4'],
  ['video-vp9.webm', 'video-container', 'video/webm'],
])('%s (breaks %s)', (name, rule, type) => {
  it('is transcoded to H.264/AAC MP4 within X\'s rules where the browser can, else refused with the rule', async () => {
    const file = await fixture(name, type)
    const task = uploader({ prepare: prepareMedia }).createTask(file)
    if (!h264 || decodable.get(name) === false) {
      const error = await rejectionOf(task.start())
      expect(isMediaRuleError(error, rule)).toBe(true)
      expect((error as Error).message).toContain(h264 ? 'This browser cannot convert it: it cannot decode hevc video.' : 'This browser cannot convert it: it has no H.264 encoder.')
      expect(mock.store.requests).toHaveLength(0)
      return
    }
    const media = await task.start()
    const { preparation } = task.getSnapshot()
    expect(codes(preparation?.steps ?? [])[0]).toBe('transcoded')
    expect(preparation?.type).toBe('video/mp4')
    const stored = mock.store.get(media.mediaId)
    expect(stored?.processing?.state).toBe('succeeded')
    const after = await facts(new Blob([(stored?.bytes ?? new Uint8Array()).slice()]))
    expect(after).toMatchObject({ container: 'video/mp4', videoCodec: 'avc', bitDepth: 8, chroma: '4:2:0' })
    expect(after.width).toBeLessThanOrEqual(X_MEDIA_RULES.video.maxWidth)
    expect(after.height).toBeLessThanOrEqual(X_MEDIA_RULES.video.maxHeight)
    expect(after.frameRate).toBeLessThanOrEqual(X_MEDIA_RULES.video.maxFrameRate + 0.5)
  })
})

describe('trimming, when the app opts in', () => {
  it('cuts a 150 s video to 140 s where the browser can encode, else refuses it with the duration rule', async () => {
    const file = await fixture('video-150s.mp4', 'video/mp4')
    const prepare = createMediaPreparer({ trimVideos: true })
    if (!h264) {
      expect(isMediaRuleError(await rejectionOf(prepare(file, { signal: signal() })), 'video-duration')).toBe(true)
      return
    }
    const prepared = await prepare(file, { signal: signal() })
    expect(prepared.steps).toContainEqual({ code: 'trimmed', from: '2 min 30 s', to: '2 min 20 s' })
    expect((await facts(prepared.file)).durationSeconds).toBeLessThanOrEqual(140.5)
  })
})
