import type { ScenarioOptions } from '../scenarios/scenario-options'

/** A control request the inspector cannot apply; answered with 400 and this message. */
export class InspectorInputError extends Error {
  override readonly name = 'InspectorInputError'
}

const MAX_LATENCY_MS = 600_000

function numberIn(body: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const value = body[name]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new InspectorInputError(`${name} must be a number from ${min} to ${max}`)
  }
  return value
}

function wholeIn(body: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const value = numberIn(body, name, min, max)
  if (value !== undefined && !Number.isInteger(value)) throw new InspectorInputError(`${name} must be a whole number`)
  return value
}

/**
 * Reads the body of `POST /__inspector/api/scenario` into scenario options: `latencyMs`,
 * `appendFailureRate`, `dropConnectionRate`, `offline`, `rateLimit` (`{ afterRequests,
 * resetAfterSecs? }` or `null`), `expiresAfterSecs`. Unknown fields are refused, so a typo
 * does not pass silently.
 */
export function parseScenarioControl(body: unknown): ScenarioOptions {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new InspectorInputError('the body must be a JSON object')
  const input = body as Record<string, unknown>
  const known = ['latencyMs', 'appendFailureRate', 'dropConnectionRate', 'offline', 'rateLimit', 'expiresAfterSecs']
  const unknown = Object.keys(input).filter((key) => !known.includes(key))
  if (unknown.length > 0) throw new InspectorInputError(`unknown field ${unknown.join(', ')}; known: ${known.join(', ')}`)
  const options: ScenarioOptions = {}
  const latencyMs = wholeIn(input, 'latencyMs', 0, MAX_LATENCY_MS)
  if (latencyMs !== undefined) options.latencyMs = latencyMs
  const appendFailureRate = numberIn(input, 'appendFailureRate', 0, 1)
  if (appendFailureRate !== undefined) options.appendFailureRate = appendFailureRate
  const dropConnectionRate = numberIn(input, 'dropConnectionRate', 0, 1)
  if (dropConnectionRate !== undefined) options.dropConnectionRate = dropConnectionRate
  const expiresAfterSecs = wholeIn(input, 'expiresAfterSecs', 1, 86_400 * 30)
  if (expiresAfterSecs !== undefined) options.expiresAfterSecs = expiresAfterSecs
  if (input.offline !== undefined) {
    if (typeof input.offline !== 'boolean') throw new InspectorInputError('offline must be true or false')
    options.offline = input.offline
  }
  if (input.rateLimit !== undefined) options.rateLimit = rateLimitOf(input.rateLimit)
  return options
}

function rateLimitOf(value: unknown): ScenarioOptions['rateLimit'] {
  if (value === null) return null
  if (!value || typeof value !== 'object') throw new InspectorInputError('rateLimit must be { afterRequests, resetAfterSecs? } or null')
  const limit = value as Record<string, unknown>
  const afterRequests = wholeIn(limit, 'afterRequests', 0, 1_000_000)
  if (afterRequests === undefined) throw new InspectorInputError('rateLimit.afterRequests is required')
  const resetAfterSecs = wholeIn(limit, 'resetAfterSecs', 1, 86_400)
  return resetAfterSecs === undefined ? { afterRequests } : { afterRequests, resetAfterSecs }
}
