import type { RuleViolation } from '../rules/rule-violation'
import type { ApiVersion } from '../store/types'
import type { RouteContext } from './route-context'
import { answerV1 } from './v1-endpoints'
import {
  v1RateLimitedResponse,
  v1UnauthorizedResponse,
  v1ViolationResponse,
} from './v1-responses'
import { answerV2 } from './v2-endpoints'
import { v2StatusProblem, v2ViolationResponse } from './v2-responses'

/** How one API version answers: its endpoints and its error shapes. */
export interface Dialect {
  answer(ctx: RouteContext): Response
  violation(violation: RuleViolation, path: string): Response
  unauthorized(reason: 'missing' | 'invalid'): Response
  rateLimited(): Response
}

/** The v1.1 and v2 dialects over the same rules. */
export const DIALECTS: Record<ApiVersion, Dialect> = {
  'v1.1': {
    answer: answerV1,
    violation: v1ViolationResponse,
    unauthorized: v1UnauthorizedResponse,
    rateLimited: v1RateLimitedResponse,
  },
  v2: {
    answer: answerV2,
    violation: v2ViolationResponse,
    // v2 refuses missing and invalid credentials alike: 401 "Unauthorized".
    unauthorized: () => v2StatusProblem(401),
    rateLimited: () => v2StatusProblem(429),
  },
}
