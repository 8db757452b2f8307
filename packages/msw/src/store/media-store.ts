import type { Clock } from '../support/clock'
import { sha256HexOfParts } from '../support/sha256'
import { footprintOf, snapshotOf, type MediaRecord, type PartsDigest } from './media-record'
import type { RequestLogEntry, StoredMedia } from './types'

/** How much the store keeps; the least recently used media go first. */
export interface StoreLimits {
  /** Media items kept at most (default 1,000). */
  maxMedia?: number
  /**
   * Bytes of media kept at most, segments and assembled files together (default 512 MB,
   * X's largest video). The item in use is never evicted, so one larger upload still works.
   */
  maxBytes?: number
  /** Requests kept in {@link MediaStore.requests}, the newest (default 10,000). */
  maxLoggedRequests?: number
}

/** The defaults of {@link StoreLimits}. */
export const DEFAULT_STORE_LIMITS: Readonly<Required<StoreLimits>> = Object.freeze({
  maxMedia: 1000,
  maxBytes: 512 * 1_048_576,
  maxLoggedRequests: 10_000,
})

/** Who may still hear "has expired" about an evicted id. */
type Tombstone = readonly string[]

/**
 * The mock's memory: every media item with its bytes, SHA-256, owners, alt text,
 * processing state and expiry, plus a log of the requests seen. Tests read it to check
 * what a client really sent. It is bounded: expired media are evicted when new media
 * arrive, and past {@link StoreLimits} the least recently used go first.
 * @example
 * const media = mock.store.get(mediaId)
 * expect(media?.sha256).toBe(sha256OfFile)
 * expect(mock.store.requests.filter((r) => r.step === 'APPEND')).toHaveLength(3)
 */
export class MediaStore {
  /** Live records, least recently used first (a Map keeps insertion order). */
  readonly #records = new Map<string, MediaRecord>()
  readonly #footprints = new Map<string, number>()
  readonly #statusCalls = new Map<string, number[]>()
  /** Ids evicted after they expired, so they are still answered as expired (bounded like the records). */
  readonly #expired = new Map<string, Tombstone>()
  readonly #limits: Required<StoreLimits>
  #bytes = 0
  #requests: RequestLogEntry[] = []
  #requestCount = 0

  constructor(
    /** The clock expiry and processing are measured on. */
    readonly clock: Clock,
    limits: StoreLimits = {},
    /** How digests are computed (the standalone server passes Node's native SHA-256). @internal */
    private readonly digest: PartsDigest = sha256HexOfParts,
  ) {
    this.#limits = { ...DEFAULT_STORE_LIMITS, ...limits }
  }

  /** The media item with this id, or `undefined` if the mock never issued it or evicted it. */
  get(mediaId: string): StoredMedia | undefined {
    const record = this.#records.get(mediaId)
    return record && snapshotOf(record, this.digest)
  }

  /** Every media item kept, least recently used first. */
  list(): StoredMedia[] {
    return [...this.#records.values()].map((record) => snapshotOf(record, this.digest))
  }

  /** The latest requests since the last reset (at most `maxLoggedRequests`), in arrival order. */
  get requests(): readonly RequestLogEntry[] {
    return [...this.#requests]
  }

  /** Bytes of media held now (segments and assembled files). */
  get byteSize(): number {
    return this.#bytes
  }

  /** The newest `count` requests (within the bounded log), oldest first, without copying the whole log (for the inspector). @internal */
  recentRequests(count: number): readonly RequestLogEntry[] {
    return count > 0 ? this.#requests.slice(-count) : []
  }

  /** Store-clock times (epoch ms) of each `STATUS` call for a media id. */
  statusCallTimes(mediaId: string): readonly number[] {
    return [...(this.#statusCalls.get(mediaId) ?? [])]
  }

  /** Forgets every media item and request; call it between tests. */
  reset(): void {
    this.#records.clear()
    this.#footprints.clear()
    this.#statusCalls.clear()
    this.#expired.clear()
    this.#bytes = 0
    this.#requests = []
    this.#requestCount = 0
  }

  /** The live record behind an id, now the most recently used (for the rules). @internal */
  record(mediaId: string): MediaRecord | undefined {
    const record = this.#records.get(mediaId)
    if (record) {
      this.#records.delete(mediaId)
      this.#records.set(mediaId, record)
    }
    return record
  }

  /** The live record behind an id, leaving the eviction order alone (for the inspector). @internal */
  peek(mediaId: string): MediaRecord | undefined {
    return this.#records.get(mediaId)
  }

  /** Who may be told an evicted id has expired (`undefined`: never issued, or evicted for room). @internal */
  expiredAllowed(mediaId: string): Tombstone | undefined {
    return this.#expired.get(mediaId)
  }

  /** Adds a record, first evicting expired ones, then the least recently used past the limits. @internal */
  add(record: MediaRecord): void {
    this.#evictExpired()
    this.#records.set(record.id, record)
    this.resize(record)
  }

  /** Takes a record's new size into account (after a segment or assembly) and evicts past the limits. @internal */
  resize(record: MediaRecord): void {
    const footprint = footprintOf(record)
    this.#bytes += footprint - (this.#footprints.get(record.id) ?? 0)
    this.#footprints.set(record.id, footprint)
    this.#evictBeyondLimits(record.id)
  }

  /** @internal */
  has(mediaId: string): boolean {
    return this.#records.has(mediaId) || this.#expired.has(mediaId)
  }

  /** @internal */
  logRequest(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.#requestCount += 1
    this.#requests.push({ seq: this.#requestCount, ...entry })
    // Dropped in batches, so a full log costs one copy per tenth of its length, not one per request.
    const max = this.#limits.maxLoggedRequests
    // `slice(-0)` would keep everything: a limit of 0 keeps nothing.
    if (this.#requests.length > max + Math.ceil(max / 10)) this.#requests = max > 0 ? this.#requests.slice(-max) : []
  }

  /** @internal */
  recordStatusCall(mediaId: string, time: number): void {
    const calls = this.#statusCalls.get(mediaId) ?? []
    calls.push(time)
    this.#statusCalls.set(mediaId, calls)
  }

  #remove(mediaId: string): void {
    this.#records.delete(mediaId)
    this.#statusCalls.delete(mediaId)
    this.#bytes -= this.#footprints.get(mediaId) ?? 0
    this.#footprints.delete(mediaId)
  }

  #evictExpired(): void {
    const now = this.clock.now()
    for (const record of [...this.#records.values()]) {
      if (now < record.expiresAt) continue
      this.#remove(record.id)
      this.#expired.set(record.id, [record.owner, ...record.additionalOwners])
      if (this.#expired.size > this.#limits.maxMedia) this.#expired.delete(this.#expired.keys().next().value ?? '')
    }
  }

  #evictBeyondLimits(keep: string): void {
    const { maxMedia, maxBytes } = this.#limits
    for (const id of this.#records.keys()) {
      if (this.#records.size <= maxMedia && this.#bytes <= maxBytes) return
      if (id !== keep) this.#remove(id)
    }
  }
}
