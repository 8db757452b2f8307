import { describe, expect, it } from 'vitest'
import { UncheckableRequest, type MediaIdScanner } from './media-ids'
import { multipartBoundary, multipartIdScanner } from './multipart-ids'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Feeds `body` split at `at` (every split point is tried: ids must not depend on chunking). */
function idsSplit(scanner: () => MediaIdScanner, body: string): string[][] {
  const results: string[][] = []
  for (let at = 0; at <= body.length; at++) {
    const scan = scanner()
    scan.write(bytes(body.slice(0, at)))
    scan.write(bytes(body.slice(at)))
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
    scan.write(bytes(body))
    expect(scan.end()).toEqual(['333'])
  })

  it('refuses an id part that never ends or is longer than any id', () => {
    const open = multipartIdScanner('b')
    open.write(bytes('--b\r\nContent-Disposition: form-data; name="media_id"\r\n\r\n12'))
    expect(() => open.end()).toThrow(UncheckableRequest)
    const long = multipartIdScanner('b')
    expect(() => long.write(bytes(`--b\r\nContent-Disposition: form-data; name="media_id"\r\n\r\n${'1'.repeat(2_000)}`))).toThrow(UncheckableRequest)
  })

  it('finds the id after megabytes of bytes built to slow a boundary search', () => {
    const scan = multipartIdScanner('----b')
    scan.write(bytes('------b\r\nContent-Disposition: form-data; name="media"\r\n\r\n'))
    const dashes = new Uint8Array(64 * 1024).fill(0x2d)
    for (let sent = 0; sent < 4 * 1024 * 1024; sent += dashes.length) scan.write(dashes)
    scan.write(bytes('\r\n------b\r\nContent-Disposition: form-data; name="media_id"\r\n\r\n7\r\n------b--'))
    expect(scan.end()).toEqual(['7'])
  })
})
