import { readFileSync } from 'node:fs'

const read = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(`./${name}`, import.meta.url)))

/** A 48×32 PNG gradient Chromium decodes. */
export const photoFile = (): File => new File([read('photo.png')], 'photo.png', { type: 'image/png' })

/** One second of 64×36 H.264 video (baseline, faststart) Chromium plays. */
export const videoFile = (): File => new File([read('clip.mp4')], 'clip.mp4', { type: 'video/mp4' })
