import { describe, expect, it } from 'vitest'
import { fileOf, gifBytes } from '../../test/test-media'
import { createMockedX, MIB, testUploader, testVideo } from '../../test/test-support'
import { serveDuringTests } from '../../test/serve-during-tests'

const { clock, mock } = createMockedX(9)
const server = serveDuringTests(mock)

/** What went on the wire: method, path, content type and body of every request. */
function wire(): { method: string; path: string; contentType: string | null; body: Promise<string> }[] {
  const seen: ReturnType<typeof wire> = []
  server.events.on('request:start', ({ request }) => {
    seen.push({ method: request.method, path: new URL(request.url).pathname, contentType: request.headers.get('content-type'), body: request.clone().text() })
  })
  return seen
}

const JSON_ENDPOINT = /\/2\/media\/(?:upload\/initialize|upload\/\d+\/finalize|metadata|subtitles)$/

describe('v2 requests as sent', () => {
  it('a chunked video and a GIF with alt text: every JSON endpoint gets a JSON object, APPEND goes multipart', async () => {
    const seen = wire()
    const { uploader } = testUploader('v2', clock, { chunkSize: MIB })

    await uploader.upload(testVideo(3 * MIB))
    await uploader.upload(fileOf(gifBytes(3), 'loop.gif', 'image/gif'), { altText: 'A loop' })
    server.events.removeAllListeners()

    const json = seen.filter((request) => JSON_ENDPOINT.test(request.path))
    expect(json.map((request) => request.path.replace(/upload\/\d+/, 'upload/{id}'))).toEqual([
      '/2/media/upload/initialize',
      '/2/media/upload/{id}/finalize',
      '/2/media/upload/initialize',
      '/2/media/upload/{id}/finalize',
      '/2/media/metadata',
    ])
    for (const request of json) {
      expect(request.contentType).toBe('application/json')
      const body: unknown = JSON.parse(await request.body)
      expect(body !== null && typeof body === 'object' && !Array.isArray(body)).toBe(true)
    }
    expect(await json[1]?.body).toBe('{}')
    const appends = seen.filter((request) => request.path.endsWith('/append'))
    expect(appends.length).toBe(4)
    for (const request of appends) expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/)
  })
})
