import type { PictureType } from '../bytes/image-header'
import { WorkerError } from '../worker/worker-error'
import { decodeHeic } from './decode-heic'

/**
 * Decodes a picture with its EXIF orientation applied. The browser's own decoder first;
 * HEIC/HEIF it cannot read goes to the WASM decoder, loaded only then.
 */
export async function decodePicture(file: Blob, type: PictureType): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch (error) {
    if (type === 'image/heic') return decodeHeic(file)
    throw new WorkerError({
      message: `This browser cannot read this ${type.slice(6).toUpperCase()} picture (${error instanceof Error ? error.message : String(error)}).`,
      reason: 'unreadable',
    })
  }
}
