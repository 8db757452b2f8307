import type { PreparedMedia } from '@tweet-media/core'
import type { MediaRules } from '../limits'
import type { PictureHeader } from '../bytes/image-header'
import { preparePhoto, type StepContext } from '../photo/prepare-photo'
import { checkGif } from './check-gif'
import { readGifInfo } from './gif-info'

/**
 * An animated GIF goes up as it is once it meets X's GIF rules, or is refused naming the
 * rule; a one-frame GIF is a photo.
 */
export async function prepareGif(file: Blob, header: PictureHeader, rules: MediaRules, context: StepContext): Promise<PreparedMedia> {
  const info = readGifInfo(new Uint8Array(await file.arrayBuffer()))
  if (info.frames <= 1) return preparePhoto(file, header, rules.photo, context)
  checkGif(file, info, rules.gif)
  return { file, steps: [], original: { type: 'image/gif', size: file.size, width: info.width, height: info.height } }
}
