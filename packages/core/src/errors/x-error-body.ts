import { isRecord, parseJson, type JsonRecord } from '../response/json-fields'

/** What X said in an error body, whatever its shape. */
export interface XErrorBody {
  /** X's own words, ready to show as text; empty when the body said nothing usable. */
  messages: string[]
  /** The first numeric `errors[].code` (v1.1). */
  xCode?: number
  /** RFC 7807 `type` URIs (v2), e.g. `https://api.x.com/2/problems/resource-not-found`. */
  problemTypes: string[]
}

function text(record: JsonRecord, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return undefined
}

// A body that is not JSON (a proxy's plain-text page, say) is shown only when short and not markup.
function plainText(body: string): string[] {
  const trimmed = body.trim()
  return trimmed !== '' && trimmed.length <= 200 && !trimmed.startsWith('<') ? [trimmed] : []
}

/**
 * Read every error shape X uses: v1.1 `{ errors: [{ code, message }] }`, the upload
 * endpoint's `{ request, error }`, and v2 RFC 7807 problems (`{ title, detail, type,
 * status }`, alone or inside `errors: [...]`).
 */
export function readXErrorBody(body: string): XErrorBody {
  const json = parseJson(body)
  if (!isRecord(json)) return { messages: json === undefined ? plainText(body) : [], problemTypes: [] }
  const entries = Array.isArray(json.errors) ? json.errors.filter(isRecord) : []
  const problemTypes = [json, ...entries]
    .map((record) => text(record, 'type'))
    .filter((type): type is string => type !== undefined && type !== 'about:blank')
  // Entries are specific ("Media id … has expired."); the top level is often generic.
  const specific = entries
    .map((entry) => text(entry, 'message', 'detail', 'title'))
    .filter((message): message is string => message !== undefined)
  const general = text(json, 'error', 'detail', 'title', 'message')
  const messages = specific.length > 0 ? [...new Set(specific)] : general === undefined ? [] : [general]
  // A code is a whole number; 1e300 or a 300-digit one is no code of X's.
  const xCode = entries.map((entry) => entry.code).find((code): code is number => typeof code === 'number' && Number.isSafeInteger(code))
  return { messages, problemTypes, ...(xCode === undefined ? {} : { xCode }) }
}
