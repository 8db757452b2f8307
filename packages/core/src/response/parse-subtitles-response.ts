import { MediaUploadError } from '../errors/media-upload-error'
import { isRecord, parseJson } from './json-fields'
import { parseAltTextResponse } from './parse-responses'
import type { ParseContext, RawResponse } from './raw-response'

/**
 * Read the answer to attaching or removing subtitles (v2 `POST`/`DELETE /2/media/subtitles`,
 * v1.1 `subtitles/create.json` / `delete.json`): any 2xx that is not an errors-only body is
 * done (v1.1 answers with an empty body), as for alt text; a v2 removal that answers
 * `{ data: { deleted: false } }` did not happen.
 *
 * @throws MediaUploadError mapped by `errorFromResponse` for an error answer,
 * `bad-request` when X says it deleted nothing.
 */
export function parseSubtitlesResponse(response: RawResponse, context: ParseContext): void {
  parseAltTextResponse(response, context)
  const json = typeof response.body === 'string' ? parseJson(response.body) : undefined
  if (isRecord(json) && isRecord(json.data) && json.data.deleted === false) {
    throw new MediaUploadError('bad-request', 'X removed no subtitles (HTTP 200, "deleted": false): the video has none in this language.', {
      status: response.status,
    })
  }
}
