import { MediaUploadError } from '../errors/media-upload-error'
import { planChunks, readChunk, type Chunk } from '../file/chunk-plan'
import { inspectFile, type InspectedFile } from '../file/inspect-file'
import type { ResumeState, ResumeStore, UploadOptions, UploadPhase } from '../task/types'
import type { Dialect, MediaCategory, UploadedMedia } from '../types'
import { isExpired } from '../expiry/expiry'
import { abortedError, throwIfAborted } from './abort'
import { fingerprintFile } from './fingerprint'
import type { MediaApi } from './media-api'
import { runPool } from './pool'
import { waitForProcessing } from './processing-wait'
import type { Sleep } from './sleep'

/** What one upload run needs from its uploader. */
export interface UploadFlowContext {
  api: MediaApi
  dialect: Dialect
  concurrency: number
  chunkSize: number | undefined
  processingTimeoutMs: number
  expiryMarginMs: number
  now: () => number
  sleep: Sleep
  resumeStore: ResumeStore | undefined
}

/** How a run reports what it does; the task turns these into snapshots and progress events. */
export interface UploadFlowEvents {
  phase(phase: UploadPhase): void
  /** The file is inspected and nothing is sent yet: throwing here ends the run before any request. */
  inspected?(file: InspectedFile): void
  bytes(sent: number, total: number): void
  processing(percent: number | undefined): void
  resumeState(state: ResumeState | undefined): void
}

/** The per-run input: the user's options and the resume state to try first. */
export interface UploadFlowInput {
  file: Blob
  options: Pick<UploadOptions, 'mediaCategory' | 'additionalOwners'>
  resumeState: ResumeState | undefined
  signal: AbortSignal
}

const expired = (media: { expiresAt: number }, context: UploadFlowContext): boolean =>
  isExpired(media, context.now(), { marginMs: context.expiryMarginMs })

// Media that expires within the margin is as good as expired: X would refuse it in a post.
function assertUsable(media: UploadedMedia, context: UploadFlowContext): UploadedMedia {
  if (!expired(media, context)) return media
  throw new MediaUploadError('media-expired', `Media ${media.mediaId} expired before it could be used; upload it again.`)
}

function resumable(state: ResumeState | undefined, expected: Pick<ResumeState, 'fingerprint' | 'dialect' | 'totalBytes'>, context: UploadFlowContext): state is ResumeState {
  return (
    state !== undefined &&
    state.fingerprint === expected.fingerprint &&
    state.dialect === expected.dialect &&
    state.totalBytes === expected.totalBytes &&
    !expired(state, context)
  )
}

const chunkBytes = (chunk: Chunk): number => chunk.end - chunk.start

/**
 * Takes a file to a usable media id: inspect → simple upload, or INIT → APPENDs →
 * FINALIZE → STATUS polling. Alt text is the task's business (it can change later).
 * Chunked uploads keep a {@link ResumeState} so a later run sends only missing segments.
 */
export async function runUploadFlow(input: UploadFlowInput, context: UploadFlowContext, events: UploadFlowEvents): Promise<UploadedMedia> {
  const { file, signal } = input
  events.phase('validating')
  const inspected = await inspectFile(file)
  throwIfAborted(signal)
  events.inspected?.(inspected)
  const mediaCategory = input.options.mediaCategory ?? inspected.mediaCategory
  const run: InspectedRun = { input, inspected, mediaCategory, context, events }
  return inspected.route === 'simple' && input.resumeState === undefined ? simpleUpload(run) : chunkedUpload(run)
}

/** One run once the file is inspected: what both routes work from. */
interface InspectedRun {
  input: UploadFlowInput
  inspected: InspectedFile
  mediaCategory: MediaCategory
  context: UploadFlowContext
  events: UploadFlowEvents
}

async function simpleUpload({ input, inspected, mediaCategory, context, events }: InspectedRun): Promise<UploadedMedia> {
  events.phase('uploading')
  events.bytes(0, inspected.size)
  const media = await context.api.simpleUpload(
    { media: input.file, mediaCategory, additionalOwners: input.options.additionalOwners },
    input.signal,
    (loaded) => events.bytes(Math.min(loaded, inspected.size), inspected.size),
  )
  events.bytes(inspected.size, inspected.size)
  return finish(media, input, context, events)
}

async function chunkedUpload({ input, inspected, mediaCategory, context, events }: InspectedRun): Promise<UploadedMedia> {
  const { file, signal } = input
  const store = context.resumeStore
  const fingerprint = await fingerprintFile(file)
  const expected = { fingerprint, dialect: context.dialect, totalBytes: inspected.size }
  let state = input.resumeState ?? (await store?.get(fingerprint))
  throwIfAborted(signal)
  const save = async (next: ResumeState): Promise<void> => {
    state = next
    events.resumeState(next)
    await store?.set(fingerprint, next)
  }

  events.phase('uploading')
  if (!resumable(state, expected, context)) {
    // Unknown, for another file, or expired: X would refuse the old id, so start over.
    if (state !== undefined) await store?.remove(fingerprint)
    const plan = planChunks(inspected.size, { chunkSize: context.chunkSize })
    events.bytes(0, inspected.size)
    const created = await context.api.init(
      {
        totalBytes: inspected.size,
        mediaType: inspected.mediaType,
        mediaCategory,
        additionalOwners: input.options.additionalOwners,
      },
      signal,
    )
    await save({
      version: 1,
      ...expected,
      mediaId: created.mediaId,
      ...(created.mediaKey === undefined ? {} : { mediaKey: created.mediaKey }),
      expiresAt: created.expiresAt,
      chunkSize: plan.chunkSize,
      mediaType: inspected.mediaType,
      mediaCategory,
      acknowledgedSegments: [],
    })
  }
  const current = state as ResumeState

  const media = current.finalized
    ? { expiresAt: current.expiresAt, ...(await context.api.status(current.mediaId, signal)) }
    : await appendAndFinalize(file, current, save, context, events, signal)
  const finished = await finish(media, input, context, events)
  events.resumeState(undefined)
  await store?.remove(fingerprint)
  return finished
}

async function appendAndFinalize(
  file: Blob,
  initial: ResumeState,
  save: (state: ResumeState) => Promise<void>,
  context: UploadFlowContext,
  events: UploadFlowEvents,
  signal: AbortSignal,
): Promise<UploadedMedia> {
  const plan = planChunks(initial.totalBytes, { chunkSize: initial.chunkSize })
  const acknowledged = new Set(initial.acknowledgedSegments)
  const acknowledgedInOrder = (): number[] => [...acknowledged].sort((a, b) => a - b)
  const missing = plan.chunks.filter((chunk) => !acknowledged.has(chunk.segmentIndex))
  let confirmedBytes = plan.chunks.filter((chunk) => acknowledged.has(chunk.segmentIndex)).reduce((sum, c) => sum + chunkBytes(c), 0)
  const inFlight = new Map<number, number>()
  const report = (): void => {
    let partial = 0
    for (const loaded of inFlight.values()) partial += loaded
    events.bytes(Math.min(plan.totalBytes, confirmedBytes + partial), plan.totalBytes)
  }
  report()

  await runPool(
    missing,
    context.concurrency,
    async (chunk, poolSignal) => {
      if (expired(initial, context)) {
        throw new MediaUploadError('media-expired', `Media ${initial.mediaId} expired during the upload.`)
      }
      // Each APPEND reads its own slice of the file, when it is sent: never a shared buffer.
      const media = readChunk(file, chunk)
      inFlight.set(chunk.segmentIndex, 0)
      try {
        await context.api.append({ mediaId: initial.mediaId, segmentIndex: chunk.segmentIndex, media }, poolSignal, (loaded) => {
          inFlight.set(chunk.segmentIndex, Math.min(loaded, chunkBytes(chunk)))
          report()
        })
      } finally {
        inFlight.delete(chunk.segmentIndex)
      }
      acknowledged.add(chunk.segmentIndex)
      confirmedBytes += chunkBytes(chunk)
      report()
      await save({ ...initial, acknowledgedSegments: acknowledgedInOrder() })
    },
    signal,
  )

  events.phase('finalizing')
  const media = await context.api.finalize(initial.mediaId, signal)
  await save({ ...initial, acknowledgedSegments: acknowledgedInOrder(), finalized: true })
  return media
}

/** Waits for processing when X asks for it, then checks the id is still usable. */
async function finish(media: UploadedMedia, input: UploadFlowInput, context: UploadFlowContext, events: UploadFlowEvents): Promise<UploadedMedia> {
  const info = media.processingInfo
  if (info === undefined || info.state === 'succeeded') return assertUsable(media, context)
  events.phase('processing')
  let latest = media
  const finalInfo = await waitForProcessing(info, {
    timeoutMs: context.processingTimeoutMs,
    now: context.now,
    sleep: context.sleep,
    signal: input.signal,
    onProgress: (current) => events.processing(current.progressPercent),
    poll: async (signal) => {
      latest = { ...latest, ...(await context.api.status(media.mediaId, signal ?? input.signal)) }
      return latest.processingInfo
    },
  })
  if (input.signal.aborted) throw abortedError(input.signal)
  return assertUsable({ ...latest, processingInfo: finalInfo }, context)
}
