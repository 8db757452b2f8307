import type { Clock } from '../support/clock'
import { snapshotOf, type MediaRecord } from './media-record'
import type { RequestLogEntry, StoredMedia } from './types'

/**
 * The mock's memory: every media item with its bytes, SHA-256, owners, alt text,
 * processing state and expiry, plus a log of the requests seen. Tests read it to check
 * what a client really sent.
 * @example
 * const media = mock.store.get(mediaId)
 * expect(media?.sha256).toBe(sha256OfFile)
 * expect(mock.store.requests.filter((r) => r.step === 'APPEND')).toHaveLength(3)
 */
export class MediaStore {
  readonly #records = new Map<string, MediaRecord>()
  readonly #statusCalls = new Map<string, number[]>()
  #requests: RequestLogEntry[] = []

  constructor(
    /** The clock expiry and processing are measured on. */
    readonly clock: Clock,
  ) {}

  /** The media item with this id, or `undefined` if the mock never issued it. */
  get(mediaId: string): StoredMedia | undefined {
    const record = this.#records.get(mediaId)
    return record && snapshotOf(record)
  }

  /** Every media item, oldest first. */
  list(): StoredMedia[] {
    return [...this.#records.values()].map(snapshotOf)
  }

  /** Every request since the last reset, in arrival order. */
  get requests(): readonly RequestLogEntry[] {
    return [...this.#requests]
  }

  /** The newest `count` requests, oldest first, without copying the whole log (for the inspector). @internal */
  recentRequests(count: number): readonly RequestLogEntry[] {
    return this.#requests.slice(-count)
  }

  /** Store-clock times (epoch ms) of each `STATUS` call for a media id. */
  statusCallTimes(mediaId: string): readonly number[] {
    return [...(this.#statusCalls.get(mediaId) ?? [])]
  }

  /** Forgets every media item and request; call it between tests. */
  reset(): void {
    this.#records.clear()
    this.#statusCalls.clear()
    this.#requests = []
  }

  /** The live record behind an id (for the rules). @internal */
  record(mediaId: string): MediaRecord | undefined {
    return this.#records.get(mediaId)
  }

  /** @internal */
  add(record: MediaRecord): void {
    this.#records.set(record.id, record)
  }

  /** @internal */
  has(mediaId: string): boolean {
    return this.#records.has(mediaId)
  }

  /** @internal */
  logRequest(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.#requests.push({ seq: this.#requests.length + 1, ...entry })
  }

  /** @internal */
  recordStatusCall(mediaId: string, time: number): void {
    const calls = this.#statusCalls.get(mediaId) ?? []
    calls.push(time)
    this.#statusCalls.set(mediaId, calls)
  }
}
