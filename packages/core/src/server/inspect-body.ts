import { UncheckableRequest, type MediaIdScanner } from './media-ids'

/** Why the proxy stopped a body on its way to X. */
export type BodyFault = 'too-large' | 'length-mismatch' | 'uncheckable' | 'not-owner'

/** What {@link inspectBody} checks. */
export interface BodyInspection {
  limit: number
  /** The `Content-Length` the caller sent: the body must have exactly that many bytes. */
  declared?: number | undefined
  /** Reads the media ids the body names (none for an encoding without any). */
  scanner?: MediaIdScanner | undefined
  /** Whether the caller owns every media id the body named; runs before the last bytes go on. */
  owns: (mediaIds: string[]) => Promise<boolean>
  /** The whole body has gone on. */
  onEnd: () => void
}

class BodyStopped extends Error {
  constructor(readonly fault: BodyFault) {
    super(`Body stopped: ${fault}`)
  }
}

/**
 * Passes a body through as it streams, counting bytes against the limit and the declared
 * length, and reading the media ids it names. The very last byte is held back until the
 * ids are checked: a body naming someone else's media never reaches X whole, so X never
 * acts on it, and everything before that byte streams on at once. `fault()` says why the stream failed, if it did.
 */
export function inspectBody(
  body: ReadableStream<Uint8Array>,
  inspection: BodyInspection,
): { stream: ReadableStream<Uint8Array>; fault: () => BodyFault | undefined } {
  let seen = 0
  let held: Uint8Array | undefined
  let fault: BodyFault | undefined
  const stop = (why: BodyFault): never => {
    fault ??= why
    throw new BodyStopped(why)
  }
  const scan = (read: () => unknown): void => {
    try {
      read()
    } catch (error) {
      if (error instanceof UncheckableRequest) stop('uncheckable')
      throw error
    }
  }

  const stream = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength
        if (seen > inspection.limit) stop('too-large')
        if (inspection.declared !== undefined && seen > inspection.declared) stop('length-mismatch')
        if (inspection.scanner) scan(() => inspection.scanner?.write(chunk))
        if (chunk.byteLength === 0) return
        if (held) controller.enqueue(held)
        if (chunk.byteLength > 1) controller.enqueue(chunk.subarray(0, -1))
        held = chunk.subarray(-1)
      },
      async flush(controller) {
        if (inspection.declared !== undefined && seen !== inspection.declared) stop('length-mismatch')
        let ids: string[] = []
        if (inspection.scanner) scan(() => (ids = inspection.scanner?.end() ?? []))
        if (!(await inspection.owns(ids))) stop('not-owner')
        if (held) controller.enqueue(held)
        inspection.onEnd()
      },
    }),
  )
  return { stream, fault: () => fault }
}
