import type { Dialect } from '../types'

/** An HTTP answer read to the end (what a transport resolves with). */
export interface RawResponse {
  status: number
  headers: Headers
  body: string
}

/** What a parser needs besides the answer. */
export interface ParseContext {
  dialect: Dialect
  /** Epoch milliseconds when the answer arrived: `expiresAt` and rate-limit waits count from it. */
  receivedAt: number
}
