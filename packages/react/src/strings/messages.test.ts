import { MediaUploadError } from '@tweet-media/core'
import { describe, expect, it } from 'vitest'
import { defaultMediaUploaderStrings } from './media-uploader-strings'
import { uploadErrorMessage } from './messages'

describe('uploadErrorMessage', () => {
  it("says X's processing reason in plain words", () => {
    const error = new MediaUploadError('processing-failed', 'X could not process the media.', {
      xCode: 3,
      xName: 'UnsupportedMedia',
      xMessage: 'Duration 2.minutes+29.seconds+350.milliseconds exceeds max duration of 2.minutes+20.seconds',
    })
    expect(uploadErrorMessage(error, 'clip.mp4', defaultMediaUploaderStrings)).toBe(
      'X could not process clip.mp4: it is 2 min 29 s long; X takes up to 2 min 20 s.',
    )
  })

  it("keeps any other reason in X's words", () => {
    const error = new MediaUploadError('processing-failed', 'X could not process the media: Video bitrate too high.', {
      xMessage: 'Video bitrate too high.',
    })
    expect(uploadErrorMessage(error, 'clip.mp4', defaultMediaUploaderStrings)).toBe('X could not process clip.mp4: Video bitrate too high.')
  })
})
