import { describe, expect, it } from 'vitest'
import { jsonIdScanner } from './json-ids'
import { UncheckableRequest } from './media-ids'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

function ids(body: string): string[] {
  // Every split point: ids must not depend on how the body is chunked.
  const all = new Set<string>()
  let first: string[] | undefined
  for (let at = 0; at <= body.length; at++) {
    const scan = jsonIdScanner()
    scan.write(bytes(body.slice(0, at)))
    scan.write(bytes(body.slice(at)))
    const found = scan.end()
    first ??= found
    all.add(JSON.stringify(found))
  }
  expect(all.size).toBe(1)
  return first ?? []
}

describe('jsonIdScanner', () => {
  it('collects media ids at any depth, in every shape X reads', () => {
    expect(ids('{"id":"1","metadata":{"alt_text":{"text":"id: 9"}}}')).toEqual(['1'])
    expect(ids('{"id":"1","media_category":"subtitles","subtitles":{"id":"2","language_code":"EN"}}')).toEqual(['1', '2'])
    expect(ids('{"media_id":"3","subtitle_info":{"subtitles":[{"media_id":"4","language_code":"EN"}]}}')).toEqual(['3', '4'])
    expect(ids('{"media":"AAAA","command":"APPEND","media_id":["5", 6]}')).toEqual(['5', '6'])
    expect(ids('{"\\u0069d" : "7", "note": {"text": "\\"media_id\\": 8"}}')).toEqual(['7'])
  })

  it('finds nothing in a body that names no media', () => {
    expect(ids('{"media_type":"video/mp4","total_bytes":10,"additional_owners":["99"]}')).toEqual([])
    expect(ids('not json at all')).toEqual([])
  })

  it('refuses numbers that cannot name one id exactly, and ids left open', () => {
    const big = jsonIdScanner()
    big.write(bytes('{"media_id":1880028106020515840}'))
    expect(() => big.end()).toThrow(UncheckableRequest)
    const open = jsonIdScanner()
    open.write(bytes('{"media_id":"12'))
    expect(() => open.end()).toThrow(UncheckableRequest)
  })
})
