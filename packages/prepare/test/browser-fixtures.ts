// The committed test media, served by Vite to browser tests.
const urls = import.meta.glob('../fixtures/*.{jpg,heic,png,gif,mp4,mov,webm}', { query: '?url', import: 'default', eager: true }) as Record<string, string>

/** `fixtures/<name>` as a File, with the type a browser would give it. */
export async function fixture(name: string, type = ''): Promise<File> {
  const url = urls[`../fixtures/${name}`]
  if (url === undefined) throw new Error(`No fixture ${name}`)
  const blob = await (await fetch(url)).blob()
  return new File([blob], name, { type })
}

/** The displayed size of a picture, orientation applied, as the browser decodes it. */
export async function displayedSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' })
  const size = { width: bitmap.width, height: bitmap.height }
  bitmap.close()
  return size
}

/** True when some pixel of the picture is not fully opaque. */
export async function hasTransparentPixels(blob: Blob): Promise<boolean> {
  const bitmap = await createImageBitmap(blob)
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('no 2D canvas')
  context.drawImage(bitmap, 0, 0)
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
  for (let at = 3; at < data.length; at += 4) if ((data[at] ?? 255) < 255) return true
  return false
}

/** Whether this browser's WebCodecs can encode H.264 at `width`×`height`. */
export async function canEncodeH264(width = 1280, height = 720): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined') return false
  const { supported } = await VideoEncoder.isConfigSupported({ codec: 'avc1.640028', width, height })
  return supported === true
}

/** Whether this browser's WebCodecs can decode `codec` (an RFC 6381 string such as `hvc1.1.6.L93.B0`). */
export async function canDecode(codec: string): Promise<boolean> {
  if (typeof VideoDecoder === 'undefined') return false
  const { supported } = await VideoDecoder.isConfigSupported({ codec })
  return supported === true
}
