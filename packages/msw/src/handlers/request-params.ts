import { decodeBase64, joinParts, type ByteParts } from '../support/bytes'
import { RuleViolation, invalidParameter } from '../rules/rule-violation'
import { fetchBodyReader, type BodyReader } from './body-limit'
import { multipartBoundary, parseMultipart } from './multipart'

/** A body field: text (urlencoded, JSON) or a multipart part's raw bytes, as they arrived. */
type BodyValue = string | ByteParts

/** The parameters of one request, from its query string and its body, whichever holds them. */
export interface RequestParams {
  /** How the body was encoded (`urlencoded` bodies are part of an OAuth 1.0a signature). */
  readonly encoding: 'multipart' | 'urlencoded' | 'json' | 'other' | 'none'
  /** A text parameter: the body's value first, then the query string's. */
  get(name: string): string | undefined
  /** The parsed JSON body (`undefined` for other encodings). */
  readonly json: unknown
  /** The urlencoded body's pairs (for OAuth 1.0a signatures). */
  readonly formPairs: ReadonlyArray<[string, string]>
  /**
   * The uploaded bytes: multipart `media` (raw, as the chunks it arrived in), or base64 in
   * `media_data` (any body) or JSON `media`.
   */
  mediaBytes(): ByteParts | undefined
}

function jsonText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(String).join(',')
  return undefined
}

function decodeParameter(name: string, text: string): Uint8Array {
  const bytes = decodeBase64(text)
  if (!bytes) throw invalidParameter(name, `${text.slice(0, 16)}…`)
  return bytes
}

async function readBodyOf(request: Request, readBytes: () => Promise<ByteParts>): Promise<{
  encoding: RequestParams['encoding']
  fields: Map<string, BodyValue>
  json: unknown
  formPairs: Array<[string, string]>
}> {
  const contentType = request.headers.get('content-type') ?? ''
  const type = contentType.toLowerCase()
  const fields = new Map<string, BodyValue>()
  if (request.method === 'GET' || request.method === 'HEAD') {
    return { encoding: 'none', fields, json: undefined, formPairs: [] }
  }
  if (type.startsWith('multipart/form-data')) {
    // The boundary is case-sensitive: browsers send mixed-case ones (----WebKitFormBoundary…).
    const boundary = multipartBoundary(contentType)
    const parts = boundary ? parseMultipart(await readBytes(), boundary) : undefined
    if (!parts) throw new RuleViolation('invalid-parameter', 'The multipart body could not be parsed.')
    for (const part of parts) fields.set(part.name, part.data)
    return { encoding: 'multipart', fields, json: undefined, formPairs: [] }
  }
  const text = new TextDecoder().decode(joinParts(await readBytes()))
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const formPairs = [...new URLSearchParams(text)]
    for (const [name, value] of formPairs) fields.set(name, value)
    return { encoding: 'urlencoded', fields, json: undefined, formPairs }
  }
  if (text.trim() === '') return { encoding: 'none', fields, json: undefined, formPairs: [] }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // A JSON body that does not parse is refused; another type is left for the endpoint to judge.
    if (!type.startsWith('application/json')) return { encoding: 'other', fields, json: undefined, formPairs: [] }
    throw new RuleViolation('invalid-parameter', 'Request body is not valid JSON.')
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    for (const [name, value] of Object.entries(json)) {
      const asText = jsonText(value)
      if (asText !== undefined) fields.set(name, asText)
    }
  }
  return { encoding: 'json', fields, json, formPairs: [] }
}

/**
 * Reads a request's parameters once, its body (through `readBody`, from the request's
 * stream unless the host reads it itself) up to `limit` bytes; throws a
 * {@link RuleViolation} for an unreadable or oversize body.
 */
export async function readRequestParams(request: Request, limit: number, readBody: BodyReader = fetchBodyReader(request)): Promise<RequestParams> {
  const query = new URL(request.url).searchParams
  const { encoding, fields, json, formPairs } = await readBodyOf(request, () => readBody(limit))
  const decoder = new TextDecoder()
  const get = (name: string): string | undefined => {
    const value = fields.get(name)
    if (typeof value === 'string') return value
    if (value !== undefined) return decoder.decode(joinParts(value))
    return query.get(name) ?? undefined
  }
  return {
    encoding,
    get,
    json,
    formPairs,
    mediaBytes() {
      const media = fields.get('media')
      if (media !== undefined && typeof media !== 'string') return media
      // JSON bodies carry the media in base64.
      if (typeof media === 'string' && encoding === 'json') return [decodeParameter('media', media)]
      const base64 = get('media_data')
      return base64 === undefined ? undefined : [decodeParameter('media_data', base64)]
    },
  }
}
