import { MAX_V1_SEGMENT_BYTES } from '../rules/limits'
import { RuleViolation, invalidCommand, missingParameter } from '../rules/rule-violation'
import { emptyResponse } from './media-json'
import { answerV1Subtitles } from './subtitles-endpoints'
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
import { v1MediaResponse } from './v1-responses'

/** `POST media/metadata/create.json`: JSON `{ media_id, alt_text: { text } }`, 200 empty. */
function createMetadata(ctx: RouteContext): Response {
  const mediaId = idField(ctx.params.json, 'media_id')
  ctx.note.step = 'METADATA'
  ctx.note.mediaId = mediaId
  ctx.rules.setAltText(ctx.principal, mediaId, altTextOf(ctx.params.json))
  return emptyResponse(200)
}

function append(ctx: RouteContext, mediaId: string | undefined): Response {
  const segmentIndex = appendSegment(ctx, mediaId)
  if (ctx.params.encoding !== 'multipart') {
    throw new RuleViolation('invalid-parameter', 'APPEND must be sent as multipart/form-data.', 'media')
  }
  const failure = ctx.appendFailure()
  if (failure) return failure
  const bytes = ctx.params.mediaBytes()
  ctx.rules.append(ctx.principal, mediaId, segmentIndex, bytes, MAX_V1_SEGMENT_BYTES)
  return emptyResponse(204)
}

/**
 * `media/upload.json`: the simple upload without `command`, otherwise `INIT` (202),
 * `APPEND` (204, empty), `FINALIZE` (201) and `STATUS` (GET, 200).
 */
function upload(ctx: RouteContext): Response {
  const command = ctx.params.get('command')
  const mediaId = ctx.params.get('media_id')
  if (ctx.request.method === 'GET' && command !== 'STATUS') {
    if (command === undefined) throw missingParameter('command')
    throw invalidCommand(command)
  }
  switch (command) {
    case undefined:
      return v1MediaResponse(uploadStep(ctx, 'v1.1'), ctx.now(), 200)
    case 'INIT':
      return v1MediaResponse(initStep(ctx, 'v1.1'), ctx.now(), 202)
    case 'APPEND':
      return append(ctx, mediaId)
    case 'FINALIZE':
      return v1MediaResponse(finalizeStep(ctx, mediaId), ctx.now(), 201)
    case 'STATUS':
      return v1MediaResponse(statusStep(ctx, mediaId), ctx.now(), 200)
    default:
      throw invalidCommand(command)
  }
}

/** Answers a v1.1 request (throws a {@link RuleViolation} for a broken rule). */
export function answerV1(ctx: RouteContext): Response {
  switch (ctx.route.name) {
    case 'v1-metadata':
      return createMetadata(ctx)
    case 'v1-subtitles-create':
    case 'v1-subtitles-delete':
      return answerV1Subtitles(ctx)
    default:
      return upload(ctx)
  }
}
