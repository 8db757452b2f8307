// The bad-input table: what a caller can get wrong in a builder, an uploader option or a
// file, and the typed error each one gets. Nothing may reach X for any of them.
import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from './endpoints'
import { rejectionOf } from '../test/test-errors'
import { PNG_BYTES } from '../test/test-media'
import { buildAltText } from './request/build-alt-text'
import { buildAppend } from './request/build-append'
import { buildFinalize } from './request/build-finalize'
import { buildInit } from './request/build-init'
import { buildSimpleUpload } from './request/build-simple-upload'
import { buildStatus } from './request/build-status'
import { serveDuringTests } from '../test/serve-during-tests'
import { createMockedX, MIB, patternedFile, testVideo } from '../test/test-support'
import { createUploader, uploadMedia } from './task/uploader'
import type { UploaderConfig } from './task/uploader-config'
import type { MediaUploadErrorCode } from './errors/media-upload-error'
import type { ResolvedEndpoint } from './types'

const { mock } = createMockedX()
serveDuringTests(mock)

const v2 = resolveEndpoint()
const init = { totalBytes: 1_000, mediaType: 'video/mp4' }
const png = (): File => patternedFile(PNG_BYTES, 2_000, 'cat.png', 'image/png')
/** Bypasses the types, as a caller in plain JavaScript (or with `as any`) would. */
const loosely = <T>(value: unknown): T => value as T
/** Uploads `file` with `config` on the mock (fetch, a bearer token unless given). */
const upload = (file: unknown, config: Record<string, unknown> = {}) =>
  uploadMedia(loosely<Blob>(file), { transport: 'fetch', auth: { bearerToken: 'user-a' }, ...loosely<UploaderConfig>(config) })

interface Row {
  input: string
  run: () => unknown
  code: MediaUploadErrorCode
  message: string
}

const table: Row[] = [
  // Builders
  { input: 'buildInit totalBytes -1', run: () => buildInit(v2, { ...init, totalBytes: -1 }), code: 'invalid-argument', message: 'totalBytes must be a non-negative integer, got -1.' },
  { input: 'buildInit totalBytes NaN', run: () => buildInit(v2, { ...init, totalBytes: Number.NaN }), code: 'invalid-argument', message: 'totalBytes must be a non-negative integer, got NaN.' },
  { input: 'buildInit mediaType "video"', run: () => buildInit(v2, { ...init, mediaType: 'video' }), code: 'invalid-argument', message: 'mediaType must be a MIME type such as "video/mp4", got "video".' },
  {
    input: 'buildInit mediaCategory "tweet_audio"',
    run: () => buildInit(v2, { ...init, mediaCategory: loosely('tweet_audio') }),
    code: 'invalid-argument',
    message: 'mediaCategory must be one of tweet_image, tweet_gif, tweet_video, amplify_video, dm_image, dm_gif, dm_video, subtitles, got "tweet_audio".',
  },
  { input: 'buildInit additionalOwners ["12a"]', run: () => buildInit(v2, { ...init, additionalOwners: ['12a'] }), code: 'invalid-argument', message: 'additionalOwners[] must be a string of 1 to 19 digits (X\'s media_id_string), got "12a".' },
  {
    input: 'buildInit 101 additionalOwners',
    run: () => buildInit(v2, { ...init, additionalOwners: Array.from({ length: 101 }, () => '1') }),
    code: 'invalid-argument',
    message: 'additionalOwners must be an array of at most 100 user ids, got an array.',
  },
  { input: 'buildInit without an endpoint', run: () => buildInit(loosely<ResolvedEndpoint>(undefined), init), code: 'invalid-argument', message: 'buildInit needs an endpoint from resolveEndpoint(), got undefined.' },
  { input: 'buildAppend segmentIndex 1000', run: () => buildAppend(v2, { mediaId: '1', segmentIndex: 1000, media: new Blob(['x']) }), code: 'invalid-argument', message: 'segmentIndex must be an integer from 0 to 999, got 1000.' },
  { input: 'buildAppend segmentIndex 1.5', run: () => buildAppend(v2, { mediaId: '1', segmentIndex: 1.5, media: new Blob(['x']) }), code: 'invalid-argument', message: 'segmentIndex must be an integer from 0 to 999, got 1.5.' },
  { input: 'buildAppend mediaId as a number', run: () => buildAppend(v2, { mediaId: loosely(123), segmentIndex: 0, media: new Blob(['x']) }), code: 'invalid-argument', message: "mediaId must be a string of 1 to 19 digits (X's media_id_string), got 123." },
  { input: 'buildAppend empty Blob', run: () => buildAppend(v2, { mediaId: '1', segmentIndex: 0, media: new Blob([]) }), code: 'invalid-argument', message: 'media is empty: there are no bytes to upload.' },
  { input: 'buildAppend base64 "abc"', run: () => buildAppend(v2, { mediaId: '1', segmentIndex: 0, media: { base64: 'abc' } }), code: 'invalid-argument', message: 'media.base64 is not valid base64 text (A–Z, a–z, 0–9, +, /, = padding).' },
  { input: 'buildFinalize 20-digit mediaId', run: () => buildFinalize(v2, { mediaId: '12345678901234567890' }), code: 'invalid-argument', message: 'mediaId must be a string of 1 to 19 digits (X\'s media_id_string), got "12345678901234567890".' },
  { input: 'buildStatus null params', run: () => buildStatus(v2, loosely(null)), code: 'invalid-argument', message: 'buildStatus needs a parameter object, got null.' },
  { input: 'buildAltText 1,001 characters', run: () => buildAltText(v2, { mediaId: '1', text: 'a'.repeat(1001) }), code: 'alt-text-too-long', message: 'Alt text is 1001 characters; X allows at most 1000.' },
  { input: 'buildSimpleUpload media as a string', run: () => buildSimpleUpload(v2, { media: loosely('cat.png') }), code: 'invalid-argument', message: 'media must be a Blob or { base64: string }, got "cat.png".' },
  // Endpoints
  { input: 'dialect "v3"', run: () => resolveEndpoint({ dialect: loosely('v3') }), code: 'invalid-argument', message: 'dialect must be "v2" or "v1.1", got "v3".' },
  { input: 'baseUrl "javascript:alert(1)"', run: () => resolveEndpoint({ baseUrl: 'javascript:alert(1)' }), code: 'invalid-argument', message: 'baseUrl must be an http(s) URL or a path such as "/api/x" (only http: and https:), got "javascript:alert(1)".' },
  { input: 'baseUrl with credentials', run: () => resolveEndpoint({ baseUrl: 'https://user:pw@api.x.com' }), code: 'invalid-argument', message: 'baseUrl must be an http(s) URL or a path such as "/api/x" (no user name or password), got "https://user:pw@api.x.com".' },
  { input: 'baseUrl with a query', run: () => resolveEndpoint({ baseUrl: '/api/x?next=1' }), code: 'invalid-argument', message: 'baseUrl must be an http(s) URL or a path such as "/api/x" (no query or fragment), got "/api/x?next=1".' },
  { input: 'baseUrl "api/x" (relative, no slash)', run: () => resolveEndpoint({ baseUrl: 'api/x' }), code: 'invalid-argument', message: 'baseUrl must be an http(s) URL or a path such as "/api/x" (a relative one starts with "/"), got "api/x".' },
  // Uploader options
  { input: 'createUploader(null)', run: () => createUploader(loosely(null)), code: 'invalid-argument', message: 'The uploader configuration must be an object, got null.' },
  { input: 'concurrency NaN', run: () => createUploader({ concurrency: Number.NaN }), code: 'invalid-argument', message: 'concurrency must be a whole number from 1 to 32, got NaN.' },
  { input: 'concurrency 0', run: () => createUploader({ concurrency: 0 }), code: 'invalid-argument', message: 'concurrency must be a whole number from 1 to 32, got 0.' },
  { input: 'processingTimeoutMs -1', run: () => createUploader({ processingTimeoutMs: -1 }), code: 'invalid-argument', message: 'processingTimeoutMs must be 0 or more milliseconds (Infinity for no limit), got -1.' },
  { input: 'processingTimeoutMs NaN', run: () => createUploader({ processingTimeoutMs: Number.NaN }), code: 'invalid-argument', message: 'processingTimeoutMs must be 0 or more milliseconds (Infinity for no limit), got NaN.' },
  { input: 'expiryMarginMs Infinity', run: () => createUploader({ expiryMarginMs: Number.POSITIVE_INFINITY }), code: 'invalid-argument', message: 'expiryMarginMs must be a finite number of 0 or more milliseconds, got Infinity.' },
  { input: 'retry { limit: -1 }', run: () => createUploader({ retry: { limit: -1 } }), code: 'invalid-argument', message: 'retry.limit must be a whole number of 0 or more, got -1.' },
  { input: 'retry { rateLimitBudgetMs: NaN }', run: () => createUploader({ retry: { rateLimitBudgetMs: Number.NaN } }), code: 'invalid-argument', message: 'retry.rateLimitBudgetMs must be 0 or more milliseconds, got NaN.' },
  { input: 'retry "yes"', run: () => createUploader({ retry: loosely('yes') }), code: 'invalid-argument', message: 'retry must be an options object or false, got "yes".' },
  { input: 'transport "websocket"', run: () => createUploader({ transport: loosely('websocket') }), code: 'invalid-argument', message: 'transport must be "fetch", "xhr" or an object with send(), got "websocket".' },
  { input: 'resumeStore {}', run: () => createUploader({ resumeStore: loosely({}) }), code: 'invalid-argument', message: 'resumeStore must be false or an object with get(), set() and remove(), got an object.' },
  { input: 'auth { bearerToken: "" }', run: () => createUploader({ auth: { bearerToken: '' } }), code: 'invalid-argument', message: 'auth must be a function, or { bearerToken } with a non-empty string or a function, got an object.' },
  { input: 'bearerToken() gives undefined', run: () => upload(png(), { auth: { bearerToken: () => undefined } }), code: 'invalid-argument', message: 'auth.bearerToken must give a non-empty token on one line, got undefined.' },
  { input: 'chunkSize 6 MB', run: () => upload(testVideo(2 * MIB), { chunkSize: 6 * MIB }), code: 'invalid-argument', message: 'chunkSize must be an integer from 1 to 5242880 (5 MB), got 6291456.' },
  // Files
  { input: 'a path instead of a file', run: () => upload('/tmp/cat.png'), code: 'invalid-argument', message: 'The file to upload must be a Blob or File, got "/tmp/cat.png".' },
  { input: 'an empty file', run: () => upload(new File([], 'empty.png', { type: 'image/png' })), code: 'file-empty', message: '"empty.png" is empty.' },
  { input: 'text named .png', run: () => upload(new File(['hello'], 'notes.png', { type: 'image/png' })), code: 'unsupported-type', message: '"notes.png" (declared as image/png) is not a JPEG, PNG, GIF, WEBP, MP4 or MOV file.' },
  { input: 'a 6 MB PNG', run: () => upload(patternedFile(PNG_BYTES, 6 * MIB, 'big.png', 'image/png')), code: 'file-too-large', message: '"big.png" is 6 MB; images can be at most 5 MB.' },
]

describe('bad input gets a typed error, and nothing reaches X', () => {
  it('has at least 25 rows', () => expect(table.length).toBeGreaterThanOrEqual(25))

  it.each(table)('$input → $code', async ({ run, code, message }) => {
    const error = await rejectionOf(Promise.resolve().then(run))
    expect(error.code).toBe(code)
    expect(error.message).toBe(message)
    expect(mock.store.requests).toEqual([])
  })
})
