import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MediaUploadError } from '../errors/media-upload-error'
import {
  parseAltTextResponse,
  parseAppendResponse,
  parseFinalizeResponse,
  parseInitResponse,
  parseSimpleUploadResponse,
  parseStatusResponse,
} from './parse-responses'
import type { ParseContext, RawResponse } from './raw-response'

const parsers = [
  parseInitResponse,
  parseAppendResponse,
  parseFinalizeResponse,
  parseStatusResponse,
  parseSimpleUploadResponse,
  parseAltTextResponse,
]

// Bodies that look like X's (right keys, wrong or odd values) reach deeper than random text.
const mediaLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String), fc.integer()),
    media_id_string: fc.oneof(fc.string(), fc.constant('123')),
    media_key: fc.anything(),
    size: fc.anything(),
    expires_after_secs: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    expires_at: fc.anything(),
    processing_info: fc.oneof(
      fc.anything(),
      fc.record({ state: fc.oneof(fc.constantFrom('pending', 'in_progress', 'succeeded', 'failed'), fc.string()), check_after_secs: fc.anything(), error: fc.anything() }),
    ),
    image: fc.anything(),
    video: fc.anything(),
    errors: fc.anything(),
    error: fc.anything(),
  },
  { requiredKeys: [] },
)
const body = fc.oneof(
  fc.string(),
  fc.json(),
  mediaLike.map((media) => JSON.stringify(media)),
  mediaLike.map((media) => JSON.stringify({ data: media, errors: media.errors })),
)
const status = fc.oneof(fc.constantFrom(200, 201, 202, 204, 400, 401, 404, 413, 429, 500, 503), fc.integer({ min: 0, max: 999 }))
const headers = fc.dictionary(
  fc.constantFrom('retry-after', 'x-rate-limit-reset', 'content-type', 'x-other'),
  fc.oneof(fc.string(), fc.integer({ min: 0, max: 2 ** 40 }).map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())),
)
const context = fc.record<ParseContext>({ dialect: fc.constantFrom('v1.1', 'v2'), receivedAt: fc.integer({ min: 0, max: 2 ** 42 }) })

describe('response parsers on any input', () => {
  it('return a value or throw a MediaUploadError, never another exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parsers), status, headers, body, context, (parse, code, headerMap, text, ctx) => {
        const response: RawResponse = { status: code, headers: new Headers(headerMap), body: text }
        try {
          parse(response, ctx)
        } catch (error) {
          expect(error).toBeInstanceOf(MediaUploadError)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('never succeed on a status outside 2xx', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parsers), fc.integer({ min: 300, max: 999 }), body, context, (parse, code, text, ctx) => {
        expect(() => parse({ status: code, headers: new Headers(), body: text }, ctx)).toThrow(MediaUploadError)
      }),
      { numRuns: 500 },
    )
  })

  it('produce only digit-string ids and finite expiry times', () => {
    fc.assert(
      fc.property(body, context, (text, ctx) => {
        let media
        try {
          media = parseInitResponse({ status: 200, headers: new Headers(), body: text }, ctx)
        } catch (error) {
          expect(error).toBeInstanceOf(MediaUploadError)
          return
        }
        expect(media.mediaId).toMatch(/^\d{1,19}$/)
        expect(Number.isFinite(media.expiresAt)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
