/** What the composer sends: the text and the usable media ids, in order. */
export interface Draft {
  text: string
  mediaIds: string[]
}

/** Creates the post and answers its id. */
export type PostTweet = (draft: Draft) => Promise<{ id: string }>

/**
 * Posts through the app's own backend (`POST /api/post`), which calls X's `POST /2/tweets`
 * with the user's token. In development the mock answers in its place (src/mocks).
 */
export const postTweet: PostTweet = async ({ text, mediaIds }) => {
  const response = await fetch('/api/post', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(mediaIds.length > 0 ? { text, media: { media_ids: mediaIds } } : { text }),
  })
  const body: unknown = await response.json().catch(() => undefined)
  const id = (body as { data?: { id?: unknown } } | undefined)?.data?.id
  if (!response.ok || typeof id !== 'string') throw new Error(`the post was refused (HTTP ${response.status})`)
  return { id }
}
