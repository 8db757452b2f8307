import { bytesOf } from './v1-client'

/** An 8x4 PNG header followed by filler: enough for X's type and size sniffing. */
export function pngFile(length: number): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d4948445200000008000000040806000000', 'hex')
  return Buffer.concat([header, Buffer.from(bytesOf(length - header.length, 3))])
}

/** An MP4-like file (an `ftyp` box then filler); the mock does not decode video. */
export function mp4File(length: number): Buffer {
  const header = Buffer.from('0000001866747970697336d6d0000000069736f6d', 'hex')
  return Buffer.concat([header, Buffer.from(bytesOf(length - header.length, 9))])
}
