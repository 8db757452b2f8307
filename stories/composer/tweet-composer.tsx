import type { UploaderConfig } from '@tweet-media/core'
import {
  defaultMediaUploaderStrings as strings,
  MediaUploader,
  useMediaUploads,
  usePasteToUpload,
  type MediaUploaderLayout,
} from '@tweet-media/react'
import { useId, useState } from 'react'
import './tweet-composer.css'

/** What the composer would send to `POST /2/tweets`. */
interface PostBody {
  text: string
  media?: { media_ids: string[] }
}

/** Props of {@link TweetComposer}. */
export interface TweetComposerProps {
  /** How media is uploaded: `{ baseUrl: "/api/x" }`, your proxy (played by the mock in Storybook). */
  config: UploaderConfig
  /** `<MediaUploader>`'s layout. Default `list`. */
  layout?: MediaUploaderLayout
}

const MAX_TEXT = 280

/**
 * A tweet composer: a text box (paste an image into it to attach it), `<MediaUploader>`
 * and a Post button that is enabled when every attached item can be posted, and says why
 * not otherwise. Posting stores alt text still being typed, then shows the body it would
 * send instead of sending it.
 */
export function TweetComposer({ config, layout }: TweetComposerProps) {
  const uploads = useMediaUploads({ config })
  const onPaste = usePasteToUpload(uploads)
  const [text, setText] = useState('')
  const [posted, setPosted] = useState<PostBody | undefined>(undefined)
  const textId = useId()
  const reasonId = useId()
  const hasContent = text.trim() !== '' || uploads.items.length > 0
  const canPost = uploads.isReady && hasContent && text.length <= MAX_TEXT
  const reasons = uploads.items.flatMap((item) =>
    item.notReadyReason === undefined ? [] : [strings.notReady[item.notReadyReason](item.file.name)],
  )

  const post = async (): Promise<void> => {
    // One call: alt text still in a field is stored first, and expiry is checked now.
    const mediaIds = await uploads.prepareForPost()
    if (mediaIds === undefined) return
    setPosted(mediaIds.length > 0 ? { text, media: { media_ids: mediaIds } } : { text })
  }

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault()
        void post()
      }}
    >
      <label className="composer__label" htmlFor={textId}>
        What is happening?!
      </label>
      <textarea
        id={textId}
        className="composer__text"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onPaste={onPaste}
      />
      <MediaUploader uploads={uploads} layout={layout} />
      <div className="composer__footer">
        {reasons.length > 0 && (
          <p id={reasonId} className="composer__reason">
            {reasons.join(' ')}
          </p>
        )}
        <span className="composer__count" data-over={text.length > MAX_TEXT ? '' : undefined}>
          {text.length} / {MAX_TEXT}
        </span>
        <button
          type="submit"
          className="composer__post"
          disabled={!canPost}
          aria-describedby={reasons.length > 0 ? reasonId : undefined}
        >
          Post
        </button>
      </div>
      {posted !== undefined && (
        <section className="composer__posted" aria-label="Would post">
          <h2>POST /2/tweets</h2>
          <pre>{JSON.stringify(posted, null, 2)}</pre>
        </section>
      )}
    </form>
  )
}
