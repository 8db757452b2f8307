import type { Uploader } from '@tweet-media/core'
import { MediaUploader, useMediaUploads } from '@tweet-media/react'
import { useId, useState } from 'react'
import type { PostTweet } from './post-tweet'

const MAX_TEXT = 280

/** Props of {@link Composer}. */
export interface ComposerProps {
  uploader: Uploader
  post: PostTweet
}

/** Text, media with alt text, and a Post button enabled only when every item is usable. */
export function Composer({ uploader, post }: ComposerProps) {
  const media = useMediaUploads({ uploader })
  const [text, setText] = useState('')
  const [result, setResult] = useState<{ postId: string } | { error: string }>()
  const [sending, setSending] = useState(false)
  const textId = useId()
  const hasContent = text.trim() !== '' || media.items.length > 0
  const canPost = media.isReady && hasContent && text.length <= MAX_TEXT && !sending

  const send = async (): Promise<void> => {
    // Checks expiry at this instant: media that expired since the last render is not sent.
    const mediaIds = media.getMediaIds()
    if (mediaIds === undefined) return
    setSending(true)
    try {
      const { id } = await post({ text, mediaIds })
      setResult({ postId: id })
      media.clear()
      setText('')
    } catch (error) {
      setResult({ error: error instanceof Error ? error.message : String(error) })
    } finally {
      setSending(false)
    }
  }

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault()
        void send()
      }}
    >
      <label htmlFor={textId}>What is happening?!</label>
      <textarea id={textId} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      <MediaUploader uploads={media} />
      <div className="composer__footer">
        <span aria-live="polite">
          {text.length} / {MAX_TEXT}
        </span>
        <button type="submit" disabled={!canPost}>
          Post
        </button>
      </div>
      {result !== undefined && (
        <p role="status" className="composer__result">
          {'postId' in result ? `Posted: ${result.postId}` : `Not posted: ${result.error}`}
        </p>
      )}
    </form>
  )
}
