import { isRecord, parseJson, type JsonRecord } from '../response/json-fields'

/**
 * Characters of an error body that are read at all. X's error bodies are a few hundred
 * bytes; anything longer is a page from something in between, or an attack, and reading
 * it whole would cost time in proportion to its size.
 */
export const ERROR_BODY_SCAN_LIMIT = 64 * 1024

// What is kept of X's words: enough for any message X writes, bounded for display.
const MAX_MESSAGE_LENGTH = 500
const MAX_MESSAGES = 5
const MAX_ENTRIES = 50
// A body that is not JSON is shown only when it is this short and not markup.
const MAX_PLAIN_TEXT_LENGTH = 200

/** How the body of an error answer was read. */
export type XErrorBodyForm =
  /** Nothing, or only whitespace (what gateways often send with a 502). */
  | 'empty'
  /** JSON, read (whatever its shape). */
  | 'json'
  /** Starts like JSON but does not parse: cut off on the way. */
  | 'truncated-json'
  /** An HTML (or XML) page, from a proxy or CDN rather than X's API. */
  | 'markup'
  /** Short plain text. */
  | 'text'
  /** Longer than {@link ERROR_BODY_SCAN_LIMIT}, or text too long to show: not read. */
  | 'unread'

/** What X said in an error body, whatever its shape. */
export interface XErrorBody {
  form: XErrorBodyForm
  /** X's own words, ready to show as text; empty when the body said nothing usable. */
  messages: string[]
  /** The first numeric `errors[].code` (v1.1). */
  xCode?: number
  /** RFC 7807 `type` URIs (v2), e.g. `https://api.x.com/2/problems/resource-not-found`. */
  problemTypes: string[]
  /** The top-level RFC 7807 problem (v2), when the body is one: `{ title, detail, type }`. */
  problem?: { title?: string; detail?: string; type?: string }
}

/** Whitespace collapsed and the length bounded: X's words as one short line. */
function clean(value: string): string {
  const line = value.slice(0, MAX_MESSAGE_LENGTH * 2).replace(/\s+/g, ' ').trim()
  return line.length > MAX_MESSAGE_LENGTH ? `${line.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : line
}

function text(record: JsonRecord, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') return clean(value)
  }
  return undefined
}

function unparsed(body: string): XErrorBody {
  const trimmed = body.trim()
  const nothing = { messages: [], problemTypes: [] }
  if (trimmed === '') return { form: 'empty', ...nothing }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { form: 'truncated-json', ...nothing }
  if (trimmed.startsWith('<')) return { form: 'markup', ...nothing }
  if (trimmed.length > MAX_PLAIN_TEXT_LENGTH) return { form: 'unread', ...nothing }
  return { form: 'text', messages: [clean(trimmed)], problemTypes: [] }
}

/** One entry of `errors`: an object (v1.1 `{ code, message }`, a v2 problem) or a bare string. */
function entryMessage(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry.trim() === '' ? undefined : clean(entry)
  return isRecord(entry) ? text(entry, 'message', 'detail', 'title') : undefined
}

/**
 * Read every error shape X uses: v1.1 `{ errors: [{ code, message }] }`, the upload
 * endpoint's `{ request, error }`, v2 RFC 7807 problems (`{ title, detail, type, status }`,
 * alone or inside `errors: [...]`) and the strings-only `{ errors: ["internal server error"] }`.
 * Reads at most {@link ERROR_BODY_SCAN_LIMIT} characters and never throws: a body that is
 * not a string counts as empty.
 */
export function readXErrorBody(body: unknown): XErrorBody {
  if (typeof body !== 'string') return unparsed('')
  if (body.length > ERROR_BODY_SCAN_LIMIT) return { form: 'unread', messages: [], problemTypes: [] }
  const json = parseJson(body)
  if (json === undefined) return unparsed(body)
  if (!isRecord(json)) return { form: 'json', messages: [], problemTypes: [] }
  const entries: unknown[] = Array.isArray(json.errors) ? json.errors.slice(0, MAX_ENTRIES) : []
  const records = entries.filter(isRecord)
  const problemTypes = [json, ...records]
    .map((record) => text(record, 'type'))
    .filter((type): type is string => type !== undefined && type !== 'about:blank')
  // Entries are specific ("Media id … has expired."); the top level is often generic.
  const specific = entries.map(entryMessage).filter((message): message is string => message !== undefined)
  const general = text(json, 'error', 'detail', 'title', 'message')
  const messages = specific.length > 0 ? [...new Set(specific)].slice(0, MAX_MESSAGES) : general === undefined ? [] : [general]
  const xCode = records.map((entry) => entry.code).find((code): code is number => typeof code === 'number' && Number.isSafeInteger(code))
  const problem = readProblem(json)
  return { form: 'json', messages, problemTypes, ...(xCode === undefined ? {} : { xCode }), ...(problem ? { problem } : {}) }
}

function readProblem(json: JsonRecord): XErrorBody['problem'] {
  const title = text(json, 'title')
  const detail = text(json, 'detail')
  const type = text(json, 'type')
  if (title === undefined && detail === undefined && type === undefined) return undefined
  return {
    ...(title === undefined ? {} : { title }),
    ...(detail === undefined ? {} : { detail }),
    ...(type === undefined ? {} : { type }),
  }
}
