/** Why the mock refused a request, independent of the API version that answers it. */
export type RuleViolationKind =
  | 'missing-parameter'
  | 'invalid-parameter'
  | 'invalid-command'
  | 'unsupported-media-type'
  | 'invalid-segment-index'
  | 'segment-too-large'
  | 'file-too-large'
  | 'chunked-upload-required'
  | 'unknown-media'
  | 'expired-media'
  | 'already-finalized'
  | 'size-mismatch'
  | 'alt-text-too-long'
  | 'alt-text-not-supported'
  | 'invalid-request-body'
  | 'wrong-media-kind'
  | 'media-not-ready'
  | 'subtitles-not-found'
  | 'body-too-large'

/**
 * A broken rule, thrown by the rules and turned into X's status code and error body by
 * the v1.1 or v2 response writer.
 */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation'
  constructor(
    readonly kind: RuleViolationKind,
    message: string,
    /** The request parameter at fault, for v2's `errors[].parameters`. */
    readonly parameter?: string,
    readonly value?: string,
  ) {
    super(message)
  }
}

/** How each violation is answered: HTTP status, v1.1 body shape and v1.1 error code. */
export const VIOLATION_ANSWERS: Record<
  RuleViolationKind,
  { status: number; v1Shape: 'errors' | 'upload-error'; v1Code: number }
> = {
  'missing-parameter': { status: 400, v1Shape: 'errors', v1Code: 38 },
  'invalid-parameter': { status: 400, v1Shape: 'errors', v1Code: 44 },
  'invalid-command': { status: 400, v1Shape: 'upload-error', v1Code: 44 },
  'unsupported-media-type': { status: 400, v1Shape: 'upload-error', v1Code: 324 },
  'invalid-segment-index': { status: 400, v1Shape: 'upload-error', v1Code: 324 },
  'segment-too-large': { status: 413, v1Shape: 'upload-error', v1Code: 324 },
  'file-too-large': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'chunked-upload-required': { status: 400, v1Shape: 'upload-error', v1Code: 324 },
  'unknown-media': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'expired-media': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'already-finalized': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'size-mismatch': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'alt-text-too-long': { status: 400, v1Shape: 'errors', v1Code: 44 },
  'alt-text-not-supported': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'invalid-request-body': { status: 400, v1Shape: 'errors', v1Code: 44 },
  'wrong-media-kind': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'media-not-ready': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'subtitles-not-found': { status: 400, v1Shape: 'errors', v1Code: 324 },
  'body-too-large': { status: 413, v1Shape: 'upload-error', v1Code: 324 },
}

export const missingParameter = (name: string): RuleViolation =>
  new RuleViolation('missing-parameter', `${name} parameter is missing.`, name)

export const invalidParameter = (name: string, value: string): RuleViolation =>
  new RuleViolation('invalid-parameter', `${name} parameter is invalid.`, name, value)

export const invalidCommand = (command: string): RuleViolation =>
  new RuleViolation('invalid-command', `Invalid command: ${command}`, 'command', command)
