import { describe, expect, it } from 'vitest'
import { thrownBy } from '../../test/test-errors'
import {
  parseAltTextResponse,
  parseAppendResponse,
  parseFinalizeResponse,
  parseInitResponse,
  parseSimpleUploadResponse,
  parseStatusResponse,
} from './parse-responses'
import type { ParseContext, RawResponse } from './raw-response'

const receivedAt = Date.UTC(2025, 0, 15, 12, 0, 0)
const v1: ParseContext = { dialect: 'v1.1', receivedAt }
const v2: ParseContext = { dialect: 'v2', receivedAt }

function answer(status: number, body: string): RawResponse {
  return { status, headers: new Headers(), body }
}

// Bodies below are X's documented examples. The v1.1 ones are written as raw text because
// their bare 18/19-digit `media_id` does not survive `JSON.parse` exactly.
const V1_SIMPLE_UPLOAD = `{"media_id":710511363345354753,"media_id_string":"710511363345354753","media_key":"3_710511363345354753","size":11065,"expires_after_secs":86400,"image":{"image_type":"image/jpeg","w":800,"h":320}}`
const V1_INIT = `{"media_id":710511363345354753,"media_id_string":"710511363345354753","expires_after_secs":3599,"media_key":"7_710511363345354753"}`
const V1_FINALIZE = `{"media_id":710511363345354753,"media_id_string":"710511363345354753","size":11065,"expires_after_secs":86400,"video":{"video_type":"video/mp4"}}`
const V1_STATUS_IN_PROGRESS = `{"media_id":710511363345354753,"media_id_string":"710511363345354753","expires_after_secs":3595,"processing_info":{"state":"in_progress","check_after_secs":10,"progress_percent":8}}`
const V1_STATUS_FAILED = `{"media_id":710511363345354753,"media_id_string":"710511363345354753","processing_info":{"state":"failed","progress_percent":12,"error":{"code":1,"name":"InvalidMedia","message":"Unsupported video format"}}}`
const V2_INITIALIZE = `{"data":{"id":"1880028106020515840","media_key":"13_1880028106020515840","expires_after_secs":1295999}}`
const V2_FINALIZE = `{"data":{"id":"1880028106020515840","media_key":"13_1880028106020515840","size":1048576,"expires_after_secs":86400,"processing_info":{"state":"pending","check_after_secs":1}}}`

describe('parseInitResponse', () => {
  it('reads X v1.1 INIT example: id from media_id_string, expiry from the arrival time', () => {
    expect(parseInitResponse(answer(202, V1_INIT), v1)).toEqual({
      mediaId: '710511363345354753',
      mediaKey: '7_710511363345354753',
      expiresAt: receivedAt + 3599 * 1000,
    })
  })

  it('reads X v2 initialize example from the data envelope', () => {
    expect(parseInitResponse(answer(200, V2_INITIALIZE), v2)).toEqual({
      mediaId: '1880028106020515840',
      mediaKey: '13_1880028106020515840',
      expiresAt: receivedAt + 1295999 * 1000,
    })
  })

  it('keeps every digit of a 19-digit id that a JS number would round', () => {
    const body = `{"media_id":1880028106020515841,"media_id_string":"1880028106020515841","expires_after_secs":60}`
    expect(Number('1880028106020515841').toString()).not.toBe('1880028106020515841')
    expect(parseInitResponse(answer(202, body), v1).mediaId).toBe('1880028106020515841')
  })

  it('takes the id from the raw digits of media_id when media_id_string is missing', () => {
    const body = `{"media_id":1880028106020515841,"expires_after_secs":60}`
    expect(parseInitResponse(answer(202, body), v1).mediaId).toBe('1880028106020515841')
  })

  it('refuses a success without an id or without expires_after_secs as invalid-response', () => {
    expect(thrownBy(() => parseInitResponse(answer(200, '{"data":{"expires_after_secs":5}}'), v2)).code).toBe('invalid-response')
    expect(thrownBy(() => parseInitResponse(answer(200, '{"data":{"id":"1"}}'), v2)).code).toBe('invalid-response')
    expect(thrownBy(() => parseInitResponse(answer(200, 'not json'), v2)).code).toBe('invalid-response')
  })

  it('maps an error status through errorFromResponse', () => {
    const error = thrownBy(() => parseInitResponse(answer(400, '{"request":"/1.1/media/upload.json","error":"media type unrecognized."}'), v1))
    expect(error).toMatchObject({ code: 'bad-request', status: 400, retryable: false })
    expect(error.message).toContain('media type unrecognized.')
  })

  it('treats a v1.1 success status with an error body as an error', () => {
    const error = thrownBy(() => parseInitResponse(answer(200, '{"errors":[{"code":131,"message":"Internal error"}]}'), v1))
    expect(error).toMatchObject({ code: 'server', xCode: 131, retryable: true })
  })
})

describe('parseAppendResponse', () => {
  it('accepts v1.1 204 with an empty body', () => {
    expect(parseAppendResponse(answer(204, ''), v1)).toEqual({})
  })

  it('reads the new expiry from v2 data.expires_at (epoch seconds)', () => {
    expect(parseAppendResponse(answer(200, '{"data":{"expires_at":1736942400}}'), v2)).toEqual({ expiresAt: 1736942400000 })
  })

  it('maps a failed append to an error', () => {
    const error = thrownBy(() => parseAppendResponse(answer(413, '{"title":"Payload Too Large","detail":"Segment too large","type":"about:blank","status":413}'), v2))
    expect(error).toMatchObject({ code: 'payload-too-large', status: 413 })
    expect(error.message).toContain('Segment too large')
  })
})

describe('parseFinalizeResponse', () => {
  it('reads X v1.1 FINALIZE example with the uploaded type and no processing', () => {
    expect(parseFinalizeResponse(answer(201, V1_FINALIZE), v1)).toEqual({
      mediaId: '710511363345354753',
      size: 11065,
      mediaType: 'video/mp4',
      expiresAt: receivedAt + 86400 * 1000,
    })
  })

  it('reads X v2 finalize example with processing_info in camel case', () => {
    expect(parseFinalizeResponse(answer(200, V2_FINALIZE), v2)).toEqual({
      mediaId: '1880028106020515840',
      mediaKey: '13_1880028106020515840',
      size: 1048576,
      expiresAt: receivedAt + 86400 * 1000,
      processingInfo: { state: 'pending', checkAfterSecs: 1 },
    })
  })

  it('refuses an unknown processing state instead of waiting on it', () => {
    const body = '{"data":{"id":"1","expires_after_secs":5,"processing_info":{"state":"thinking"}}}'
    expect(thrownBy(() => parseFinalizeResponse(answer(200, body), v2)).code).toBe('invalid-response')
  })
})

describe('parseStatusResponse', () => {
  it('reads X v1.1 in_progress example', () => {
    expect(parseStatusResponse(answer(200, V1_STATUS_IN_PROGRESS), v1)).toEqual({
      mediaId: '710511363345354753',
      expiresAt: receivedAt + 3595 * 1000,
      processingInfo: { state: 'in_progress', checkAfterSecs: 10, progressPercent: 8 },
    })
  })

  it('reads X v1.1 failed example with its error, without an expiry', () => {
    expect(parseStatusResponse(answer(200, V1_STATUS_FAILED), v1)).toEqual({
      mediaId: '710511363345354753',
      processingInfo: {
        state: 'failed',
        progressPercent: 12,
        error: { code: 1, name: 'InvalidMedia', message: 'Unsupported video format' },
      },
    })
  })

  it('reads a v2 status with partial errors next to data', () => {
    const body = '{"data":{"id":"1146654567674912769","expires_after_secs":120,"processing_info":{"state":"succeeded","progress_percent":100}},"errors":[{"title":"x","detail":"y"}]}'
    expect(parseStatusResponse(answer(200, body), v2)).toEqual({
      mediaId: '1146654567674912769',
      expiresAt: receivedAt + 120_000,
      processingInfo: { state: 'succeeded', progressPercent: 100 },
    })
  })
})

describe('parseSimpleUploadResponse', () => {
  it('reads X v1.1 simple upload example', () => {
    expect(parseSimpleUploadResponse(answer(200, V1_SIMPLE_UPLOAD), v1)).toEqual({
      mediaId: '710511363345354753',
      mediaKey: '3_710511363345354753',
      size: 11065,
      mediaType: 'image/jpeg',
      expiresAt: receivedAt + 86400 * 1000,
    })
  })

  it('reads a v2 one-shot upload in the data envelope', () => {
    const body = '{"data":{"id":"1880028106020515840","media_key":"3_1880028106020515840","size":2048,"expires_after_secs":86400,"image":{"image_type":"image/png","w":1,"h":1}}}'
    expect(parseSimpleUploadResponse(answer(200, body), v2)).toMatchObject({ mediaId: '1880028106020515840', mediaType: 'image/png', size: 2048 })
  })
})

describe('parseAltTextResponse', () => {
  it('accepts any 2xx, empty or with data', () => {
    expect(parseAltTextResponse(answer(200, ''), v1)).toBeUndefined()
    expect(parseAltTextResponse(answer(200, '{"data":{"id":"1"}}'), v2)).toBeUndefined()
  })

  it('refuses a v2 200 that holds only errors', () => {
    const body = '{"errors":[{"message":"Media id 1 has expired."}],"title":"Invalid Request","type":"https://api.x.com/2/problems/invalid-request"}'
    expect(thrownBy(() => parseAltTextResponse(answer(200, body), v2)).code).toBe('media-expired')
  })

  it('maps a 400 for alt text on a video to bad-request with X message', () => {
    const error = thrownBy(() => parseAltTextResponse(answer(400, '{"errors":[{"code":324,"message":"Alt text is only supported for images and GIFs."}]}'), v1))
    expect(error).toMatchObject({ code: 'bad-request', xCode: 324 })
    expect(error.message).toContain('Alt text is only supported for images and GIFs.')
  })
})
