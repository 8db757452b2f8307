import type { MediaStore } from '@tweet-media/msw'
import { http, HttpResponse } from 'msw'

interface PostBody {
  text?: unknown
  media?: { media_ids?: unknown }
}

let lastPost = 1_860_000_000_000_000_000n

/**
 * Stands in for the app's backend route `POST /api/post` (which would call X's
 * `POST /2/tweets`): refuses media ids the mock never issued, as X does, and answers
 * X's `{ data: { id, text } }`.
 */
export function postHandler(store: MediaStore) {
  return http.post('/api/post', async ({ request }) => {
    const body = (await request.json().catch(() => undefined)) as PostBody | undefined
    const text = typeof body?.text === 'string' ? body.text : ''
    const mediaIds = body?.media?.media_ids ?? []
    const known = Array.isArray(mediaIds) && mediaIds.every((id) => typeof id === 'string' && store.get(id) !== undefined)
    if (!known) return HttpResponse.json({ title: 'Invalid Request', detail: 'Your media IDs are invalid.', status: 400 }, { status: 400 })
    lastPost += 1n
    return HttpResponse.json({ data: { id: String(lastPost), text } }, { status: 201 })
  })
}
