// What the inspector shows of each media beyond the upload itself: attached subtitles, and
// whether a photo still carries EXIF and a GPS position (read from the stored bytes).
import { createUploader, uploadMedia } from '@tweet-media/core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockServer, type MockServer } from '../node/create-mock-server'
import type { InspectorState } from './inspector-state'
import { photoFile, videoFile } from '../../test/inspector-media/files'

/** A TIFF block (big-endian) whose first directory holds these tags. */
function tiff(tags: readonly number[]): number[] {
  const entries = tags.flatMap((tag) => [tag >> 8, tag & 0xff, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0])
  return [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, tags.length, ...entries, 0, 0, 0, 0]
}
const GPS = 0x8825

/** A 1×1 baseline JPEG's header, with an EXIF segment when given a TIFF block. */
function jpeg(exif?: number[]): Uint8Array<ArrayBuffer> {
  const app1 = exif ? [0xff, 0xe1, 0, exif.length + 8, ...[...'Exif\0\0'].map((c) => c.charCodeAt(0)), ...exif] : []
  const sof0 = [0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0]
  return new Uint8Array([0xff, 0xd8, ...app1, ...sof0, 0xff, 0xda, 0, 2, 0xff, 0xd9])
}

describe('the inspector state', () => {
  let server: MockServer
  beforeAll(async () => {
    server = await createMockServer({ port: 0, seed: 4, processing: { rounds: 0, checkAfterSecs: 1 } })
  })
  afterEach(() => server.reset())
  afterAll(() => server.close())

  const auth = { bearerToken: 'inspector-state' }
  const state = async (): Promise<InspectorState> => (await (await fetch(`${server.inspectorUrl}api/state`)).json()) as InspectorState

  it('shows whether an uploaded photo still holds EXIF and GPS', async () => {
    const located = await uploadMedia(new File([jpeg(tiff([GPS]))], 'located.jpg', { type: 'image/jpeg' }), { baseUrl: server.url, auth, retry: false })
    const clean = await uploadMedia(photoFile(), { baseUrl: server.url, auth, retry: false })
    const media = (await state()).media
    expect(media.find((item) => item.id === located.mediaId)).toMatchObject({ exif: true, gps: true })
    expect(media.find((item) => item.id === clean.mediaId)).toMatchObject({ exif: false, gps: false })
  })

  it('lists the subtitles attached to a video as the store holds them', async () => {
    const uploader = createUploader({ baseUrl: server.url, auth, retry: false })
    const video = await uploader.upload(videoFile())
    const track = await uploader.attachSubtitles(video.mediaId, new File(['1\n00:00:00,000 --> 00:00:01,000\nHi\n'], 'hi.srt'), {
      languageCode: 'EN',
      displayName: '<b>English</b>',
    })
    const shown = (await state()).media.find((item) => item.id === video.mediaId)
    expect(shown).toMatchObject({ exif: null, gps: null, subtitles: [{ language: 'EN', label: '<b>English</b>', mediaId: track.subtitlesMediaId }] })
  })
})
