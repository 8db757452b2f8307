import type { UploaderConfig } from '@tweet-media/core'
import { MediaUploader, useMediaUploads } from '@tweet-media/react'
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
}

const MAX_TEXT = 280

/**
 * A tweet composer: a text box, `<MediaUploader>` and a Post button that is enabled only
 * when every attached item is usable (uploaded, not expired, alt text stored). Posting
 * shows the body it would send instead of sending it.
 */
export function TweetComposer({ config }: TweetComposerProps) {
  const uploads = useMediaUploads({ config })
  const [text, setText] = useState('')
  const [posted, setPosted] = useState<PostBody | undefined>(undefined)
  const textId = useId()
  const hasContent = text.trim() !== '' || uploads.items.length > 0
  const canPost = uploads.isReady && hasContent && text.length <= MAX_TEXT

  const post = (): void => {
    // Asked at the moment of posting, so media that expired since the last render is caught.
    const mediaIds = uploads.getMediaIds()
    if (mediaIds === undefined) return
    setPosted(mediaIds.length > 0 ? { text, media: { media_ids: mediaIds } } : { text })
  }

  return (
    <form className="composer" onSubmit={(event) => event.preventDefault()}>
      <label className="composer__label" htmlFor={textId}>
        What is happening?!
      </label>
      <textarea
        id={textId}
        className="composer__text"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <MediaUploader uploads={uploads} />
      <div className="composer__footer">
        <span className="composer__count" data-over={text.length > MAX_TEXT ? '' : undefined}>
          {text.length} / {MAX_TEXT}
        </span>
        <button type="submit" className="composer__post" disabled={!canPost} onClick={post}>
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
