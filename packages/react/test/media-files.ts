// Small files with real signatures, so core's sniffing accepts them as what they claim.

const fromBase64 = (base64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))

/** A decodable 2×2 PNG. */
const PNG = fromBase64('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGOQnf0BiBggFAArIgahzDhULQAAAABJRU5ErkJggg==')

/** A 1×1 GIF with two frames and a loop extension: an animated GIF. */
const ANIMATED_GIF = fromBase64(
  'R0lGODlhAQABAIAAAAAAAP///yH/C05FVFNDQVBFMi4wAwEAAAAh+QQACgAAACwAAAAAAQABAAACAkQBACH5BAAKAAAALAAAAAABAAEAAAICRAEAOw==',
)

/** An ISO media `ftyp` box with the `isom` brand: the head of an MP4. */
const MP4_HEAD = new Uint8Array([0, 0, 0, 16, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0])

/** A photo X accepts; `size` pads it (the padding is never decoded). */
export const photo = (name = 'photo.png', size?: number): File => padded(PNG, name, 'image/png', size)

/** An animated GIF X accepts. */
export const animatedGif = (name = 'dance.gif'): File => new File([ANIMATED_GIF], name, { type: 'image/gif' })

/** A video X accepts, `size` bytes long (default 64 KB: a couple of chunks with a small chunk size). */
export const video = (name = 'clip.mp4', size = 65_536): File => padded(MP4_HEAD, name, 'video/mp4', size)

/** A file X refuses whatever its name says. */
export const notMedia = (name = 'notes.txt'): File => new File(['just some text'], name, { type: 'text/plain' })

function padded(head: Uint8Array<ArrayBuffer>, name: string, type: string, size = head.length): File {
  return new File([head, new Uint8Array(Math.max(0, size - head.length))], name, { type })
}

/** A well-formed SRT file with `text` as its one cue. */
export const srt = (name = 'clip.srt', text = 'Hello'): File =>
  new File([`1\n00:00:00,000 --> 00:00:02,000\n${text}\n`], name, { type: 'application/x-subrip' })

/** A WebVTT file with `text` as its one cue. */
export const vtt = (name = 'clip.vtt', text = 'Hola'): File =>
  new File([`WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n${text}\n`], name, { type: 'text/vtt' })
