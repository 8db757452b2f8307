import type { RequestLogEntry } from '../store/types'

/** One request as the inspector lists it. */
export interface InspectorLogEntry {
  /** 1-based, counted since the server started (a reset does not restart it). */
  seq: number
  /** Store-clock time the request arrived (epoch ms). */
  time: number
  method: string
  path: string
  /** HTTP status; 0 when the connection was dropped or the client gave up. */
  status: number
  outcome: string | null
  step: string | null
  mediaId: string | null
  /** X-style error body of a failed answer (cut at {@link MAX_ERROR_BODY} characters). */
  errorBody: string | null
}

/** Longest error body kept per entry. */
export const MAX_ERROR_BODY = 2_000
/** Entries kept by default: the oldest go first. */
export const DEFAULT_LOG_SIZE = 500

/** A bounded log of the requests the server answered, newest last. */
export class InspectorRequestLog {
  #entries: InspectorLogEntry[] = []
  #seq = 0

  constructor(private readonly capacity = DEFAULT_LOG_SIZE) {}

  /** Adds a request, dropping the oldest beyond the capacity. */
  add(request: { method: string; path: string; time: number; status: number; errorBody?: string | undefined }, seen: RequestLogEntry | undefined): InspectorLogEntry {
    this.#seq += 1
    const entry: InspectorLogEntry = {
      seq: this.#seq,
      time: seen?.time ?? request.time,
      method: request.method,
      path: request.path,
      status: request.status,
      outcome: seen?.outcome ?? null,
      step: seen?.step ?? null,
      mediaId: seen?.mediaId ?? null,
      errorBody: request.errorBody === undefined || request.errorBody === '' ? null : request.errorBody.slice(0, MAX_ERROR_BODY),
    }
    this.#entries.push(entry)
    if (this.#entries.length > this.capacity) this.#entries.splice(0, this.#entries.length - this.capacity)
    return entry
  }

  /** The entries, newest last; only those about `mediaId` when given. */
  list(mediaId?: string): InspectorLogEntry[] {
    return mediaId ? this.#entries.filter((entry) => entry.mediaId === mediaId) : [...this.#entries]
  }

  clear(): void {
    this.#entries = []
  }
}
