import type { MediaRules, InitParams, SimpleUploadParams } from '../rules/media-rules'
import { parseSegmentIndex } from '../rules/parse-params'
import type { MediaRecord } from '../store/media-record'
import type { ApiVersion, UploadStep } from '../store/types'
import type { RequestParams } from './request-params'
import type { RouteMatch } from './routes'

/** What the request log records about a request, filled in as it is understood. */
export interface RequestNote {
  step?: UploadStep
  mediaId?: string
  segmentIndex?: number
}

/** Everything an endpoint needs to answer one authenticated request. */
export interface RouteContext {
  request: Request
  route: RouteMatch
  params: RequestParams
  principal: string
  rules: MediaRules
  now: () => number
  note: RequestNote
  /** Whether v2 JSON endpoints refuse a body that is not a JSON object. */
  strictJsonBodies: boolean
  /** Counts an `APPEND`; the failure the scenario injects for it, if any. */
  appendFailure: () => Response | undefined
}

/** The `INIT` parameters, wherever they arrived. */
function initParams(params: RequestParams): InitParams {
  return {
    totalBytes: params.get('total_bytes'),
    mediaType: params.get('media_type'),
    mediaCategory: params.get('media_category'),
    additionalOwners: params.get('additional_owners'),
    shared: params.get('shared'),
  }
}

/** The simple (one-shot) upload parameters, wherever they arrived. */
function simpleUploadParams(params: RequestParams): SimpleUploadParams {
  return {
    bytes: params.mediaBytes(),
    mediaCategory: params.get('media_category'),
    additionalOwners: params.get('additional_owners'),
  }
}

/** `INIT` in either dialect: notes the step, then the new media id. */
export function initStep(ctx: RouteContext, api: ApiVersion): MediaRecord {
  ctx.note.step = 'INIT'
  const record = ctx.rules.init(ctx.principal, initParams(ctx.params), api)
  ctx.note.mediaId = record.id
  return record
}

/** The simple (one-shot) upload in either dialect: notes the step, then the new media id. */
export function uploadStep(ctx: RouteContext, api: ApiVersion): MediaRecord {
  ctx.note.step = 'UPLOAD'
  const record = ctx.rules.simpleUpload(ctx.principal, simpleUploadParams(ctx.params), api)
  ctx.note.mediaId = record.id
  return record
}

/** `FINALIZE` in either dialect, noted before the rules run so a refusal is logged too. */
export function finalizeStep(ctx: RouteContext, mediaId: string | undefined): MediaRecord {
  ctx.note.step = 'FINALIZE'
  ctx.note.mediaId = mediaId
  return ctx.rules.finalize(ctx.principal, mediaId)
}

/** `STATUS` in either dialect, noted before the rules run so a refusal is logged too. */
export function statusStep(ctx: RouteContext, mediaId: string | undefined): MediaRecord {
  ctx.note.step = 'STATUS'
  ctx.note.mediaId = mediaId
  return ctx.rules.status(ctx.principal, mediaId)
}

/** Notes an `APPEND` and reads its segment index (throws when out of range). */
export function appendSegment(ctx: RouteContext, mediaId: string | undefined): number {
  ctx.note.step = 'APPEND'
  ctx.note.mediaId = mediaId
  const raw = ctx.params.get('segment_index')
  const index = parseSegmentIndex(raw)
  ctx.note.segmentIndex = index
  return index
}

/** The alt text of a metadata request body: `{ alt_text: { text } }` at some depth. */
export function altTextOf(container: unknown): string | undefined {
  if (!container || typeof container !== 'object') return undefined
  const altText: unknown = (container as { alt_text?: unknown }).alt_text
  if (!altText || typeof altText !== 'object') return undefined
  const text: unknown = (altText as { text?: unknown }).text
  return typeof text === 'string' ? text : undefined
}

/** A JSON body field as an id string (X sends ids as strings; numbers are accepted too). */
export function idField(body: unknown, name: string): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const value: unknown = (body as Record<string, unknown>)[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return undefined
}
