import { mediaInAnswer } from './media-ids'
import type { MediaOwnerStore } from './owner-store'

/** How long a binding lives when X's answer gives no `expires_after_secs` (a day, X's longest finalize expiry). */
const DEFAULT_TTL_SECS = 86_400
/** Bindings never outlive this, whatever an answer says (X's longest media lifetime is about 15 days). */
const MAX_TTL_SECS = 30 * 86_400
/** Answers larger than this are not X's media JSON; they pass through without binding. */
const MAX_ANSWER_BYTES = 64 * 1024

/** The store failed (a network error to Redis, say): the proxy answers 503 rather than guess. */
export class OwnerStoreUnavailable extends Error {
  override readonly name = 'OwnerStoreUnavailable'
}

async function guarded<T>(run: () => Promise<T> | T): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw new OwnerStoreUnavailable('The media owner store failed', { cause: error })
  }
}

/** Whether `callerId` owns every id (no ids: true). An id bound to nobody is nobody's: refused. */
export async function ownsAll(store: MediaOwnerStore, callerId: string, mediaIds: readonly string[]): Promise<boolean> {
  for (const id of new Set(mediaIds)) {
    if ((await guarded(() => store.get(id))) !== callerId) return false
  }
  return true
}

/**
 * Reads X's success answer and binds the media it names to the caller: a new id (INIT,
 * one-shot upload) becomes the caller's; a known one of the caller's lives on for the
 * `expires_after_secs` X gives. Returns an equivalent answer to send on.
 */
export async function bindAnsweredMedia(store: MediaOwnerStore, callerId: string, answer: Response): Promise<Response> {
  const type = answer.headers.get('content-type') ?? ''
  const length = Number(answer.headers.get('content-length') ?? 0)
  if (answer.status < 200 || answer.status > 299 || !/json/i.test(type) || length > MAX_ANSWER_BYTES || !answer.body) return answer
  const text = await answer.text()
  const media = text.length <= MAX_ANSWER_BYTES ? mediaInAnswer(text) : undefined
  if (media) {
    const owner = await guarded(() => store.get(media.mediaId))
    const ttl = Math.min(MAX_TTL_SECS, Math.ceil(media.expiresAfterSecs ?? DEFAULT_TTL_SECS))
    if (owner === undefined || (owner === callerId && media.expiresAfterSecs !== undefined)) {
      await guarded(() => store.set(media.mediaId, callerId, ttl))
    }
  }
  return new Response(text, { status: answer.status, statusText: answer.statusText, headers: answer.headers })
}
