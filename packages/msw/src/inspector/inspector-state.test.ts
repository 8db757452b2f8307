// Fields the store gains in later versions (subtitles, EXIF/GPS flags) show once present.
import { expect, it } from 'vitest'
import { MediaStore } from '../store/media-store'
import type { StoredMedia } from '../store/types'
import { systemClock } from '../support/clock'
import { inspectMedia } from './inspector-state'

const base: StoredMedia = {
  id: '1',
  mediaKey: '3_1',
  api: 'v2',
  mediaType: 'image/jpeg',
  category: 'tweet_image',
  kind: 'image',
  totalBytes: 10,
  owner: 'u',
  additionalOwners: [],
  shared: false,
  altText: undefined,
  state: 'finalized',
  segmentIndices: [],
  bytes: new Uint8Array(10),
  size: 10,
  sha256: undefined,
  processing: undefined,
  createdAt: 0,
  expiresAt: 1,
}
const store = new MediaStore(systemClock)

it('shows EXIF/GPS as unknown until the store reports them, then as reported', () => {
  expect(inspectMedia(store, base)).toMatchObject({ exif: null, gps: null, subtitles: [] })
  expect(inspectMedia(store, { ...base, hasExif: true, hasGps: false } as StoredMedia)).toMatchObject({ exif: true, gps: false })
  expect(inspectMedia(store, { ...base, image: { exif: false, gps: true } } as unknown as StoredMedia)).toMatchObject({ exif: false, gps: true })
})

it('lists attached subtitles in either spelling and skips what it cannot read', () => {
  const video = { ...base, kind: 'video', mediaType: 'video/mp4', subtitles: [
    { languageCode: 'en', displayName: 'English' },
    { language_code: 'fr' },
    { nothing: true },
    'junk',
  ] } as unknown as StoredMedia
  expect(inspectMedia(store, video)).toMatchObject({ subtitles: [{ language: 'en', label: 'English' }, { language: 'fr', label: null }], exif: null })
})
