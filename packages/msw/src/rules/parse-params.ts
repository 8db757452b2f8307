import { MAX_ADDITIONAL_OWNERS, MAX_SEGMENT_INDEX } from './limits'
import { RuleViolation, invalidParameter, missingParameter } from './rule-violation'

const INTEGER = /^\d+$/

/** A required parameter, or a `missing-parameter` violation. */
export function required(name: string, value: string | undefined): string {
  if (value === undefined || value === '') throw missingParameter(name)
  return value
}

/** A non-negative integer parameter (`total_bytes`). */
export function parseByteCount(name: string, value: string | undefined): number {
  const text = required(name, value)
  if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text))) throw invalidParameter(name, text)
  return Number(text)
}

/** `segment_index`: an integer from 0 to 999. */
export function parseSegmentIndex(value: string | undefined): number {
  const text = required('segment_index', value)
  const index = Number(text)
  if (!INTEGER.test(text) || index > MAX_SEGMENT_INDEX) {
    throw new RuleViolation(
      'invalid-segment-index',
      `Segment index must be between 0 and ${MAX_SEGMENT_INDEX} inclusive.`,
      'segment_index',
      text,
    )
  }
  return index
}

/** `additional_owners`: comma-separated numeric user ids, at most 100. */
export function parseOwners(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return []
  const owners = value.split(',').map((owner) => owner.trim())
  if (owners.length > MAX_ADDITIONAL_OWNERS || owners.some((owner) => !INTEGER.test(owner))) {
    throw invalidParameter('additional_owners', value)
  }
  return owners
}

/** A boolean flag (`shared`): `true`/`false`, `1`/`0`. */
export function parseFlag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '') return false
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw invalidParameter(name, value)
}
