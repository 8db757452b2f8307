import { describe, expect, it } from 'vitest'
import { UncheckableRequest, type MediaIdScanner } from './media-ids'
import { multipartBoundary, multipartIdScanner } from './multipart-ids'

/** Feeds `body` split at `at` (every split point is tried: ids must not depend on chunking). */
function idsSplit(scanner: () => MediaIdScanner, body: string): string[][] {
  const results: string[][] = []
  for (let at = 0; at <= body.length; at++) {
    const scan = scanner()
    scan.write(body.slice(0, at))
    scan.write(body.slice(at))
    results.push(scan.end())
  }
  return results
}

const part = (headers: string, value: string): string => `--XyZ\r\n${headers}\r\n\r\n${value}\r\n`

describe('multipartIdScanner', () => {
  it('reads the boundary as sent, quoted or not, case kept', () => {
    expect(multipartBoundary('multipart/form-data; boundary=----WebKitFormBoundaryAbC')).toBe('----WebKitFormBoundaryAbC')
    expect(multipartBoundary('Multipart/Form-Data; BOUNDARY="a b"; charset=utf-8')).toBe('a b')
    expect(multipartBoundary('multipart/form-data')).toBeUndefined()
  })

  it('finds media_id and id parts before and after the media, at every chunk split', () => {
    const body =
      part('Content-Disposition: form-data; name="command"', 'APPEND') +
      part('Content-Disposition: form-data; name="media_id"', '111') +
      // Media bytes that look like a boundary are taken as one: a false delimiter can only add ids.
      part('Content-Disposition: form-data; name="media"; filename="blob"\r\nContent-Type: application/octet-stream', '\x00--Xy\r\n--XyZZ') +
      part('content-disposition: form-data; name=id', '222') +
      '--XyZ--\r\n'
    for (const ids of idsSplit(() => multipartIdScanner('XyZ'), body)) expect(ids).toEqual(['111', '222'])
  })

  it('accepts bare line feeds and parts without a header block, as a lenient parser would', () => {
    const body = '--b\n\n--b\nContent-Disposition: name="media_id"\n\n333\n--b--'
    const scan = multipartIdScanner('b')
    scan.write(body)
    expect(scan.end()).toEqual(['333'])
  })

  it('refuses an id part that never ends or is longer than any id', () => {
    const open = multipartIdScanner('b')
    open.write('--b\r\nContent-Disposition: form-data; name="media_id"\r\n\r\n12')
    expect(() => open.end()).toThrow(UncheckableRequest)
    const long = multipartIdScanner('b')
    expect(() => long.write(`--b\r\nContent-Disposition: form-data; name="media_id"\r\n\r\n${'1'.repeat(2_000)}`)).toThrow(UncheckableRequest)
  })
})
