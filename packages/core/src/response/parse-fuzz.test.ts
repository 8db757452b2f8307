// Property-based fuzzing of every parser and of errorFromResponse: seeded, so a failure
// repeats; 10,000 generated answers each, shaped like X's with hostile values.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectSaneAppend, expectSaneError, expectSaneMedia, expectSaneStatus } from '../../test/sane-values'
import { mediaObjectToken, receivedAt, xAnswer } from '../../test/x-like-responses'
import { errorFromResponse } from '../errors/error-from-response'
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

const RUNS = { numRuns: 10_000, seed: 20_260_101 }
// About 2 s of CPU per property; the ceiling is for a loaded 2-core machine, not a measure.
const SLOW = { timeout: 120_000 }

/** Runs `parse`; checks the value with `sane`, or that what it threw is a sane MediaUploadError. */
function holdsContract<T>(parse: (response: RawResponse, context: ParseContext) => T, sane: (value: T, context: ParseContext) => void) {
  return fc.property(xAnswer, ({ response, context }) => {
    let value: T
    try {
      value = parse(response, context)
    } catch (error) {
      expectSaneError(error)
      return
    }
    expect(response.status >= 200 && response.status < 300, 'only a 2xx answer parses').toBe(true)
    sane(value, context)
  })
}

const saneMedia = (media: Parameters<typeof expectSaneMedia>[0], context: ParseContext): void => expectSaneMedia(media, context.receivedAt)

describe('every parser on 10,000 X-like answers: a sane value or a MediaUploadError, nothing else', SLOW, () => {
  it('parseInitResponse', () => fc.assert(holdsContract(parseInitResponse, saneMedia), RUNS))
  it('parseAppendResponse', () => fc.assert(holdsContract(parseAppendResponse, expectSaneAppend), RUNS))
  it('parseFinalizeResponse', () => fc.assert(holdsContract(parseFinalizeResponse, saneMedia), RUNS))
  it('parseStatusResponse', () => fc.assert(holdsContract(parseStatusResponse, (status, context) => expectSaneStatus(status, context.receivedAt)), RUNS))
  it('parseSimpleUploadResponse', () => fc.assert(holdsContract(parseSimpleUploadResponse, saneMedia), RUNS))
  it('parseAltTextResponse', () => fc.assert(holdsContract(parseAltTextResponse, (value) => expect(value).toBeUndefined()), RUNS))

  it('errorFromResponse returns a sane MediaUploadError for any answer', () => {
    fc.assert(
      fc.property(xAnswer, receivedAt, ({ response }, now) => {
        const error = errorFromResponse(response, now)
        expect(error).toBeInstanceOf(MediaUploadError)
        expectSaneError(error)
      }),
      RUNS,
    )
  })
})

describe('v1.1 media ids on 10,000 generated objects', SLOW, () => {
  it('come from media_id_string, else exactly the top-level media_id digits, else are refused', () => {
    fc.assert(
      fc.property(mediaObjectToken, receivedAt, (body, now) => {
        const context: ParseContext = { dialect: 'v1.1', receivedAt: now }
        let mediaId: string
        try {
          mediaId = parseStatusResponse({ status: 200, headers: new Headers(), body }, context).mediaId
        } catch (error) {
          expectSaneError(error)
          return
        }
        const json = JSON.parse(body) as Record<string, unknown>
        if (json.media_id_string !== undefined) {
          expect(mediaId).toBe(json.media_id_string)
        } else {
          // The generator writes a top-level media_id at most once, so its token is unambiguous.
          const token = /^\{(?:"note":(?:\{"media_id":999\}|"\\"media_id\\":999"|\[\{"media_id":5\}\]),)?"media_id":\s*(\d+)\s*[,}]/.exec(body)?.[1]
          expect(mediaId).toBe(token)
        }
      }),
      RUNS,
    )
  })
})
