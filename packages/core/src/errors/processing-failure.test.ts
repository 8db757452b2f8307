import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { serveDuringTests } from '../../test/serve-during-tests'
import { createMockedX, MIB, testUploader, testVideo } from '../../test/test-support'
import type { Dialect } from '../types'
import { explainProcessingError, formatDuration } from './processing-failure'
import { rejectionOf } from '../../test/test-errors'

const TOO_LONG = 'Duration 2.minutes+29.seconds+350.milliseconds exceeds max duration of 2.minutes+20.seconds'

describe('explainProcessingError', () => {
  it("reads X's duration message into seconds and plain words", () => {
    expect(explainProcessingError({ xCode: 3, xName: 'UnsupportedMedia', xMessage: TOO_LONG })).toEqual({
      kind: 'too-long',
      durationSecs: 149.35,
      maxDurationSecs: 140,
      text: 'it is 2 min 29 s long; X takes up to 2 min 20 s',
    })
  })

  it('shows tenths of a second when whole seconds would hide the difference', () => {
    const reason = explainProcessingError({ xMessage: 'Duration 2.minutes+20.seconds+400.milliseconds exceeds max duration of 2.minutes+20.seconds' })
    expect(reason).toMatchObject({ kind: 'too-long', durationSecs: 140.4, text: 'it is 2 min 20.4 s long; X takes up to 2 min 20 s' })
  })

  it('reads hours and singular units', () => {
    const reason = explainProcessingError({ xMessage: 'Duration 1.hour+1.minute+1.second exceeds max duration of 10.minutes' })
    expect(reason).toMatchObject({ durationSecs: 3661, maxDurationSecs: 600, text: 'it is 1 h 1 min 1 s long; X takes up to 10 min 0 s' })
  })

  it('explains an invalid and an unsupported file', () => {
    expect(explainProcessingError({ xCode: 1, xName: 'InvalidMedia', xMessage: 'file is invalid' })).toMatchObject({
      kind: 'invalid-media',
      text: 'X found the file invalid (damaged, or not the format its type says)',
    })
    expect(explainProcessingError({ xCode: 3, xName: 'UnsupportedMedia', xMessage: 'file is currently unsupported' })).toMatchObject({
      kind: 'unsupported-media',
    })
    expect(explainProcessingError({ xName: 'UnsupportedMedia' }).kind).toBe('unsupported-media')
  })

  it("keeps any other message of X's as it is, and says when X gave none", () => {
    expect(explainProcessingError({ xCode: 9, xMessage: 'Video bitrate too high.' })).toEqual({ kind: 'other', text: 'Video bitrate too high' })
    expect(explainProcessingError({})).toEqual({ kind: 'other', text: 'X gave no reason' })
    expect(explainProcessingError({ xMessage: 'X could not process the media.' })).toEqual({ kind: 'other', text: 'X gave no reason' })
  })

  it('does not take a malformed duration for one', () => {
    for (const xMessage of [
      'Duration 2.fortnights exceeds max duration of 2.minutes',
      'Duration 2.minutes++3.seconds exceeds max duration of 2.minutes',
      `Duration ${'9'.repeat(400)}.seconds exceeds max duration of 2.minutes`,
    ]) {
      expect(explainProcessingError({ xMessage }).kind).toBe('other')
    }
  })

  it('formats durations', () => {
    expect([formatDuration(45), formatDuration(140), formatDuration(149.35), formatDuration(149.35, true), formatDuration(3600)]).toEqual([
      '45 s',
      '2 min 20 s',
      '2 min 29 s',
      '2 min 29.4 s',
      '1 h 0 min 0 s',
    ])
  })
})

const { clock, mock } = createMockedX()
const server = serveDuringTests(mock)

describe.each<Dialect>(['v2', 'v1.1'])('a failed processing through the uploader (%s)', (dialect) => {
  it("keeps X's code, name and message, and says it in plain words", async () => {
    mock.configure({ processing: { rounds: 1, fail: { code: 3, name: 'UnsupportedMedia', message: TOO_LONG } } })
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })

    const error = await rejectionOf(uploader.upload(testVideo(2 * MIB)))

    expect(error).toMatchObject({ code: 'processing-failed', xCode: 3, xName: 'UnsupportedMedia', xMessage: TOO_LONG, retryable: false })
    expect(error.message).toBe('X could not process the media: it is 2 min 29 s long; X takes up to 2 min 20 s (X code 3, UnsupportedMedia).')
    expect(error.toJSON()).toMatchObject({ xCode: 3, xName: 'UnsupportedMedia', xMessage: TOO_LONG })
    expect(explainProcessingError(error).kind).toBe('too-long')
  })

  it('ends as processing-failed when X reports an error while state still reads in_progress', async () => {
    // Stands in for the mock's own scenario of this answer until it has one.
    const error = { code: 1, name: 'InvalidMedia', message: 'file is invalid' }
    const processingInfo = { state: 'in_progress', progress_percent: 40, check_after_secs: 1, error }
    const statusUrl = dialect === 'v2' ? 'https://api.x.com/2/media/upload' : 'https://upload.twitter.com/1.1/media/upload.json'
    server.use(
      http.get(statusUrl, ({ request }) => {
        const id = new URL(request.url).searchParams.get('media_id') ?? ''
        const media = dialect === 'v2' ? { data: { id, processing_info: processingInfo } } : { media_id_string: id, processing_info: processingInfo }
        return HttpResponse.json(media)
      }),
    )
    mock.configure({ processing: { rounds: 3, checkAfterSecs: 1 } })
    const { uploader, waits } = testUploader(dialect, clock, { chunkSize: MIB })

    const failure = await rejectionOf(uploader.upload(testVideo(2 * MIB)))

    expect(failure).toMatchObject({ code: 'processing-failed', xCode: 1, xName: 'InvalidMedia', xMessage: 'file is invalid' })
    expect(waits).toEqual([1000])
  })
})
