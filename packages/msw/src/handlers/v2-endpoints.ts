import { MAX_V2_SEGMENT_BYTES } from '../rules/limits'
import { invalidCommand } from '../rules/rule-violation'
import {
  altTextOf,
  appendSegment,
  finalizeStep,
  idField,
  initStep,
  statusStep,
  uploadStep,
  type RouteContext,
} from './route-context'
import { v2DataResponse, v2MediaResponse, v2StatusProblem } from './v2-responses'

function initialize(ctx: RouteContext): Response {
  return v2MediaResponse(initStep(ctx, 'v2'), ctx.now())
}

/** `append`: multipart (`media` raw) or JSON (`media` base64); answers `{ data: { expires_at } }`. */
function append(ctx: RouteContext, mediaId: string | undefined): Response {
  const segmentIndex = appendSegment(ctx, mediaId)
  const failure = ctx.appendFailure()
  if (failure) return v2StatusProblem(failure)
  const bytes = ctx.params.mediaBytes()
  const record = ctx.rules.append(ctx.principal, mediaId, segmentIndex, bytes, MAX_V2_SEGMENT_BYTES)
  return v2DataResponse({ expires_at: Math.floor(record.expiresAt / 1000) })
}

function finalize(ctx: RouteContext, mediaId: string | undefined): Response {
  return v2MediaResponse(finalizeStep(ctx, mediaId), ctx.now())
}

/**
 * `/2/media/upload`: `GET` is STATUS (`command=STATUS` optional); `POST` is the one-shot
 * upload, or the `command=INIT|APPEND|FINALIZE` form of X's chunked quickstart.
 */
function upload(ctx: RouteContext): Response {
  const command = ctx.params.get('command')
  const mediaId = ctx.params.get('media_id')
  if (ctx.request.method === 'GET' || command === 'STATUS') {
    if (command !== undefined && command !== 'STATUS') throw invalidCommand(command)
    return v2MediaResponse(statusStep(ctx, mediaId), ctx.now())
  }
  switch (command) {
    case undefined:
      return v2MediaResponse(uploadStep(ctx, 'v2'), ctx.now())
    case 'INIT':
      return initialize(ctx)
    case 'APPEND':
      return append(ctx, mediaId)
    case 'FINALIZE':
      return finalize(ctx, mediaId)
    default:
      throw invalidCommand(command)
  }
}

/** `/2/media/metadata`: JSON `{ id, metadata: { alt_text: { text } } }`. */
function metadata(ctx: RouteContext): Response {
  const body = ctx.params.json
  const mediaId = idField(body, 'id')
  ctx.note.step = 'METADATA'
  ctx.note.mediaId = mediaId
  const container = body && typeof body === 'object' ? (body as { metadata?: unknown }).metadata : undefined
  const text = altTextOf(container)
  const record = ctx.rules.setAltText(ctx.principal, mediaId, text)
  return v2DataResponse({ id: record.id, associated_metadata: { alt_text: { text: record.altText ?? '' } } })
}

/** Answers a v2 request (throws a {@link RuleViolation} for a broken rule). */
export function answerV2(ctx: RouteContext): Response {
  switch (ctx.route.name) {
    case 'v2-initialize':
      return initialize(ctx)
    case 'v2-append':
      return append(ctx, ctx.route.pathMediaId)
    case 'v2-finalize':
      return finalize(ctx, ctx.route.pathMediaId)
    case 'v2-metadata':
      return metadata(ctx)
    default:
      return upload(ctx)
  }
}
