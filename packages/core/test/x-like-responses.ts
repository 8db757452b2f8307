// fast-check generators of answers shaped like X's (the right keys, both dialects, both
// error shapes) carrying hostile values: numbers written as raw JSON tokens that
// JSON.stringify could never produce (1e23, 1.8e308, 400 digits, 1.5e3), ids hidden in
// nested objects or strings, unknown states, truncated bodies, absurd headers.
import fc from 'fast-check'
import type { ParseContext, RawResponse } from '../src/response/raw-response'
import type { Dialect } from '../src/types'

const quote = (text: string): string => JSON.stringify(text)

/** `{"key":value,…}` from optional `"key":value` parts. */
const objectText = (parts: ReadonlyArray<string | undefined>): string => `{${parts.filter((part) => part !== undefined).join(',')}}`

/** An optional `"key":value` member. */
const member = (key: string, value: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> =>
  fc.option(value.map((token) => `${quote(key)}:${token}`), { nil: undefined })

/** Number tokens as they may appear in a body, most of them out of any sane range. */
export const hostileNumberToken: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0', '-0', '1', '-1', '1e-6', '0.5', '1.5e3', '15e2', '1E2', '100', '101', '1e23', '1e300', '1.7e308', '1.8e308', '-1.8e308',
    '1e309', '9007199254740993', '18446744073709551615', '18446744073709551616', '1880028106020515841', '12345678901234567890',
  ),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
  fc.integer({ min: 20, max: 400 }).map((digits) => '9'.repeat(digits)),
)

/** Plausible values next to hostile ones: X's real numbers are small whole seconds. */
const numberToken = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }).map(String), hostileNumberToken)

const digitString = fc.oneof(
  fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
  fc.stringMatching(/^\d{0,25}$/),
  fc.constantFrom('1880028106020515841', '0', '00', ' 1', '1 ', '１２３'),
)

const stringToken = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 40 }),
    digitString,
    fc.constantFrom('pending', 'in_progress', 'succeeded', 'failed', 'thinking', '', 'image/png', 'video/mp4', '"media_id":999', '<img src=x onerror=alert(1)>'),
  )
  .map(quote)

const primitiveToken = fc.oneof(numberToken, stringToken, fc.constantFrom('null', 'true', 'false'))

const KEYS = ['media_id', 'media_id_string', 'id', 'data', 'errors', 'error', 'state', 'code', 'message', 'expires_after_secs', 'x']

/** Any JSON value as text, nested a little, X's keys favoured. */
export const anyValueToken: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    primitiveToken,
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('value')), { maxLength: 4 })
      .map((entries) => objectText(entries.map(([key, value]) => `${quote(key)}:${value}`))),
  ),
})).value

const orAny = (token: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: anyValueToken })

/** Mostly what X would send, sometimes something else: so parsers get past their first check. */
const likely = (good: fc.Arbitrary<string>, bad: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad })

const validIdDigits = fc.bigInt({ min: 1n, max: 10n ** 19n - 1n }).map(String)
const secondsToken = likely(fc.integer({ min: 0, max: 2_000_000 }).map(String), hostileNumberToken)

const stateToken = fc.oneof(fc.constantFrom('pending', 'in_progress', 'succeeded', 'failed').map(quote), stringToken)

const processingErrorToken = fc
  .tuple(member('code', orAny(numberToken)), member('name', orAny(stringToken)), member('message', orAny(stringToken)))
  .map(objectText)

const processingInfoToken = fc
  .tuple(
    member('state', likely(fc.constantFrom('pending', 'in_progress', 'succeeded', 'failed').map(quote), orAny(stateToken))),
    member('check_after_secs', likely(fc.integer({ min: 0, max: 30 }).map(String), orAny(numberToken))),
    member('progress_percent', likely(fc.integer({ min: 0, max: 100 }).map(String), orAny(numberToken))),
    fc.option(member('error', orAny(processingErrorToken)), { freq: 2, nil: undefined }).map((error) => error ?? undefined),
  )
  .map(objectText)

const errorsToken = fc
  .array(
    fc.tuple(member('code', orAny(numberToken)), member('message', orAny(stringToken)), member('title', stringToken), member('detail', stringToken)).map(objectText),
    { maxLength: 3 },
  )
  .map((items) => `[${items.join(',')}]`)

/** A media object (a v1.1 body, or v2 `data`) with any of X's keys, values plausible or hostile. */
export const mediaObjectToken: fc.Arbitrary<string> = fc
  .tuple(
    member('note', fc.constantFrom('{"media_id":999}', '"\\"media_id\\":999"', '[{"media_id":5}]')),
    member('media_id', likely(validIdDigits, orAny(fc.oneof(numberToken, digitString)))),
    // Left out half the time, so the raw media_id digits are read as often.
    fc.option(member('media_id_string', likely(validIdDigits.map(quote), orAny(fc.oneof(digitString.map(quote), stringToken)))), { freq: 2, nil: undefined }).map((field) => field ?? undefined),
    member('id', likely(validIdDigits.map(quote), orAny(fc.oneof(digitString.map(quote), stringToken)))),
    member('media_key', stringToken),
    member('size', likely(fc.integer({ min: 0, max: 536_870_912 }).map(String), orAny(numberToken))),
    member('expires_after_secs', secondsToken),
    member('expires_at', orAny(likely(fc.integer({ min: 1_700_000_000, max: 2_000_000_000 }).map(String), numberToken))),
    member('processing_info', orAny(processingInfoToken)),
    member('image', fc.tuple(member('image_type', orAny(stringToken)), member('w', numberToken)).map(objectText)),
    member('video', fc.tuple(member('video_type', orAny(stringToken))).map(objectText)),
  )
  .map(objectText)

/** Error bodies in both of X's shapes (v1.1 `errors`/`error`, v2 problem details). */
export const errorBodyToken: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(member('errors', orAny(errorsToken))).map(objectText),
  fc.tuple(member('request', stringToken), member('error', orAny(stringToken))).map(objectText),
  fc
    .tuple(
      member('title', orAny(stringToken)),
      member('detail', orAny(stringToken)),
      member('type', orAny(fc.constantFrom('about:blank', 'https://api.twitter.com/2/problems/unsupported-authentication').map(quote))),
      member('status', orAny(numberToken)),
      member('errors', errorsToken),
    )
    .map(objectText),
)

/** A v2 body: the media object inside `data`, sometimes with partial `errors` next to it. */
const v2MediaBody = fc
  .tuple(mediaObjectToken, fc.option(errorsToken, { freq: 3, nil: undefined }))
  .map(([data, errors]) => objectText([`"data":${data}`, errors === undefined ? undefined : `"errors":${errors}`]))

const wellFormedBody = (dialect: Dialect): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: dialect === 'v2' ? v2MediaBody : mediaObjectToken },
    { weight: 1, arbitrary: dialect === 'v2' ? mediaObjectToken : v2MediaBody },
    { weight: 2, arbitrary: errorBodyToken },
    { weight: 1, arbitrary: anyValueToken },
  )

/** Any body for `dialect`: X-like JSON, the same cut short anywhere, or plain text. */
export const bodyText = (dialect: Dialect): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: wellFormedBody(dialect) },
    { weight: 1, arbitrary: wellFormedBody(dialect).chain((text) => fc.nat({ max: text.length }).map((end) => text.slice(0, end))) },
    { weight: 1, arbitrary: fc.oneof(fc.string(), fc.json()) },
  )

const headerValue = fc.oneof(
  fc.string(),
  fc.integer({ min: 0, max: 2 ** 40 }).map(String),
  fc.integer({ min: 1, max: 400 }).map((digits) => '9'.repeat(digits)),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.constantFrom('-5', '1.5', ' 7 ', 'application/json', 'application/problem+json', 'text/html'),
)

// Headers refuses names and values that HTTP forbids; such an answer never reaches a parser.
const isHeaderValue = (value: string): boolean => !/[\0\r\n]/.test(value)

const headers = fc
  .dictionary(fc.constantFrom('retry-after', 'x-rate-limit-reset', 'x-rate-limit-remaining', 'content-type', 'x-tweet-media-proxy'), headerValue.filter(isHeaderValue), {
    maxKeys: 3,
  })
  .map((entries) => new Headers(entries))

const status = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(200, 201, 202, 204) },
  { weight: 2, arbitrary: fc.constantFrom(400, 401, 403, 404, 413, 429, 500, 503) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }) },
)

/** When the answer arrived: epoch milliseconds from 1970 to 2100. */
export const receivedAt = fc.integer({ min: 0, max: 4_102_444_800_000 })

/** An answer as a transport resolves it, with the context it is parsed in; mostly 2xx so the body is read. */
export const xAnswer: fc.Arbitrary<{ response: RawResponse; context: ParseContext }> = fc
  .constantFrom<Dialect>('v1.1', 'v2')
  .chain((dialect) =>
    fc.record({
      response: fc.record<RawResponse>({ status, headers, body: bodyText(dialect) }),
      context: fc.record<ParseContext>({ dialect: fc.constant(dialect), receivedAt }),
    }),
  )
