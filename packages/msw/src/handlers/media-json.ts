import type { MediaRecord, ProcessingRecord } from '../store/media-record'

/** A JSON object as the response writers build it. */
export type JsonObject = { [key: string]: JsonValue }
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject

/** `processing_info` as X writes it: `check_after_secs` only while not final. */
export function processingJson(processing: ProcessingRecord): JsonObject {
  const final = processing.state === 'succeeded' || processing.state === 'failed'
  return {
    state: processing.state,
    ...(final ? {} : { check_after_secs: processing.checkAfterSecs }),
    ...(processing.state === 'pending' ? {} : { progress_percent: processing.progressPercent }),
    ...(processing.error ? { error: { ...processing.error } } : {}),
  }
}

/** Seconds left before an id expires, as `expires_after_secs`. */
function secondsLeft(record: MediaRecord, now: number): number {
  return Math.max(0, Math.floor((record.expiresAt - now) / 1000))
}

/** The fields both dialects report for a media item (the id fields differ). */
export function mediaJson(record: MediaRecord, now: number): JsonObject {
  const finalized = record.state === 'finalized'
  return {
    media_key: record.mediaKey,
    ...(finalized ? { size: record.size ?? 0 } : {}),
    expires_after_secs: secondsLeft(record, now),
    ...(finalized && record.image
      ? { image: { image_type: record.image.imageType, w: record.image.w, h: record.image.h } }
      : {}),
    ...(finalized && record.kind === 'video' ? { video: { video_type: record.mediaType } } : {}),
    ...(record.processing ? { processing_info: processingJson(record.processing) } : {}),
  }
}

/** A JSON response with X's content type. */
export function jsonResponse(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8' } })
}

/** An empty response (v1.1 `APPEND` answers 204 with no body). */
export function emptyResponse(status: number): Response {
  return new Response(null, { status })
}
