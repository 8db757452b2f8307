import { describe, expect, it } from 'vitest'
import { thrownBy } from '../../test/test-errors'
import { parseSubtitlesResponse } from './parse-subtitles-response'
import type { ParseContext } from './raw-response'

const receivedAt = Date.UTC(2026, 0, 15)
const v1: ParseContext = { dialect: 'v1.1', receivedAt }
const v2: ParseContext = { dialect: 'v2', receivedAt }
const answer = (status: number, body: string) => ({ status, headers: new Headers(), body })

describe('parseSubtitlesResponse', () => {
  it("accepts X's v2 answers to attaching and removing", () => {
    expect(parseSubtitlesResponse(answer(200, '{"data":{"id":"1","media_category":"TweetVideo","associated_subtitles":[]}}'), v2)).toBeUndefined()
    expect(parseSubtitlesResponse(answer(200, '{"data":{"deleted":true}}'), v2)).toBeUndefined()
  })

  it('accepts the empty v1.1 answers', () => {
    expect(parseSubtitlesResponse(answer(204, ''), v1)).toBeUndefined()
    expect(parseSubtitlesResponse(answer(200, ''), v1)).toBeUndefined()
  })

  it('refuses a removal that deleted nothing', () => {
    expect(thrownBy(() => parseSubtitlesResponse(answer(200, '{"data":{"deleted":false}}'), v2))).toMatchObject({ code: 'bad-request', status: 200 })
  })

  it('maps error answers, including errors-only with 200', () => {
    expect(thrownBy(() => parseSubtitlesResponse(answer(400, '{"errors":[{"code":324,"message":"Invalid language code"}]}'), v1))).toMatchObject({
      code: 'bad-request',
      xMessage: 'Invalid language code',
    })
    expect(thrownBy(() => parseSubtitlesResponse(answer(200, '{"errors":[{"detail":"Could not find media with id: [1].","type":"https://api.x.com/2/problems/resource-not-found"}]}'), v2)).code).toBe('media-expired')
  })
})
