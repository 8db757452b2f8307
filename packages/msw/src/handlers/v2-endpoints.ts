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
import { assertJsonObjectBody } from './json-body'
import { answerV2Subtitles } from './subtitles-endpoints'
import type { RouteName } from './routes'
import type { UploadStep } from '../store/types'
import { v2DataResponse, v2MediaResponse } from './v2-responses'

function initialize(ctx: RouteContext): Response {
  return v2MediaResponse(initStep(ctx, 'v2'), ctx.now())
}

/** `append`: multipart (`media` raw) or JSON (`media` base64); answers `{ data: { expires_at } }`. */
function append(ctx: RouteContext, mediaId: string | undefined): Response {
  const segmentIndex = appendSegment(ctx, mediaId)
  const failure = ctx.appendFailure()
  if (failure) return failure
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

/** The v2 endpoints that take a JSON object body, and the step each is logged as. */
const JSON_ENDPOINT_STEPS: Partial<Record<RouteName, UploadStep>> = {
  'v2-initialize': 'INIT',
  'v2-finalize': 'FINALIZE',
  'v2-metadata': 'METADATA',
  'v2-subtitles': 'SUBTITLES',
}

/** Answers a v2 request (throws a {@link RuleViolation} for a broken rule). */
export function answerV2(ctx: RouteContext): Response {
  const jsonStep = JSON_ENDPOINT_STEPS[ctx.route.name]
  if (jsonStep && ctx.strictJsonBodies) {
    ctx.note.step = jsonStep
    ctx.note.mediaId = ctx.route.pathMediaId
    assertJsonObjectBody(ctx)
  }
  switch (ctx.route.name) {
    case 'v2-initialize':
      return initialize(ctx)
    case 'v2-append':
      return append(ctx, ctx.route.pathMediaId)
    case 'v2-finalize':
      return finalize(ctx, ctx.route.pathMediaId)
    case 'v2-metadata':
      return metadata(ctx)
    case 'v2-subtitles':
      return answerV2Subtitles(ctx)
    default:
      return upload(ctx)
  }
}
