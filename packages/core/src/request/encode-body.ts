import type { BuiltRequest } from './built-request'
import { isBase64Media, type MediaSource } from './media-source'

// Body encodings the builders share. `undefined` fields are left out.

type Fields = Record<string, string | undefined>

// Exactly what X asks for ("Requests with bodies must have content-type of application/json").
const JSON_TYPE = 'application/json'
const FORM_TYPE = 'application/x-www-form-urlencoded'

function definedEntries(fields: Fields): [string, string][] {
  return Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined)
}

/** `application/x-www-form-urlencoded`: OAuth 1.0a signs these parameters. */
export function formPost(url: string, fields: Fields): BuiltRequest {
  return {
    method: 'POST',
    url,
    headers: { 'content-type': FORM_TYPE },
    body: new URLSearchParams(definedEntries(fields)).toString(),
  }
}

/** A JSON body (POST, or DELETE for v2 subtitles). */
export function jsonPost(url: string, body: unknown, method: 'POST' | 'DELETE' = 'POST'): BuiltRequest {
  return { method, url, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(body) }
}

/**
 * `multipart/form-data` with the media last. A Blob goes in the `media` part as raw bytes;
 * base64 goes in `base64Field` (`media_data` in v1.1). `fetch` sets the boundary header.
 */
export function multipartPost(url: string, fields: Fields, media: MediaSource, base64Field: string): BuiltRequest {
  const form = new FormData()
  for (const [name, value] of definedEntries(fields)) form.append(name, value)
  if (isBase64Media(media)) form.append(base64Field, media.base64)
  else form.append('media', media, media instanceof File ? media.name : 'blob')
  return { method: 'POST', url, headers: {}, body: form }
}

/** A GET with a query string. */
export function getWithQuery(url: string, query: Fields): BuiltRequest {
  return { method: 'GET', url: `${url}?${new URLSearchParams(definedEntries(query)).toString()}`, headers: {} }
}
