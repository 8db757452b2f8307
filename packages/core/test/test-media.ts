// Minimal files with real signatures, for tests of sniffing, inspection and uploads.

export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
])
export const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0))
}

export const WEBP_BYTES = new Uint8Array([...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WEBPVP8 '), 0, 0, 0, 0])

/** An ISO base media file header: an `ftyp` box with a major brand and compatible brands. */
export function isoMediaBytes(major: string, compatible: string[] = []): Uint8Array {
  const size = 16 + 4 * compatible.length
  return new Uint8Array([0, 0, 0, size, ...ascii('ftyp'), ...ascii(major), 0, 0, 2, 0, ...compatible.flatMap(ascii), 0, 0, 0, 8, ...ascii('free')])
}

/**
 * A valid 1×1 GIF89a with `frames` frames (each with a graphic control extension, as
 * animation tools write them) and, when animated, the NETSCAPE2.0 loop extension.
 * `frameData` pads each frame's image data with extra sub-blocks to make it large.
 */
export function gifBytes(frames: number, frameData = 0): Uint8Array {
  const bytes = [...ascii('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]
  if (frames > 1) bytes.push(0x21, 0xff, 0x0b, ...ascii('NETSCAPE2.0'), 0x03, 0x01, 0x00, 0x00, 0x00)
  for (let frame = 0; frame < frames; frame++) {
    bytes.push(0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00)
    bytes.push(0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x00, 0x02)
    for (let left = frameData; left > 0; left -= 255) {
      const length = Math.min(255, left)
      bytes.push(length, ...new Array<number>(length).fill(0))
    }
    bytes.push(0x02, 0x44, 0x01, 0x00)
  }
  bytes.push(0x3b)
  return new Uint8Array(bytes)
}

/** A File of `size` bytes that starts with `head` (the rest is zeros). */
export function fileOf(head: Uint8Array, name: string, type = '', size = head.length): File {
  const padding = new Uint8Array(Math.max(0, size - head.length))
  return new File([head as Uint8Array<ArrayBuffer>, padding], name, { type })
}

/** Two SRT cues (CRLF line ends, a two-line cue). */
export const SRT_TEXT = '1\r\n00:00:01,000 --> 00:00:04,000\r\nA dog surfs.\r\n\r\n2\r\n00:00:05,000 --> 00:00:07,500\r\nIt falls.\r\nIt laughs.\r\n'

/** Two WebVTT cues, with a header text, a NOTE, a cue identifier, settings and hours. */
export const VTT_TEXT = 'WEBVTT - a dog\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:04.000 align:start\nA dog surfs.\n\n01:00:05.000 --> 01:00:07.500\nIt falls.\n'
