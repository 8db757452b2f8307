import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { buildAppend } from '../request/build-append'
import { buildInit } from '../request/build-init'
import { toRequest } from '../request/built-request'
import { encodeMultipart, withEncodedMultipart } from './multipart-body'

const bytes = (length: number): Uint8Array<ArrayBuffer> => Uint8Array.from({ length }, (_, index) => (index * 7) & 0xff)

function sampleForm(): FormData {
  const form = new FormData()
  form.append('command', 'APPEND')
  form.append('note', 'two\nlines\rand\r\nmore')
  form.append('media', new File([bytes(300)], 'clip "final"\r\n.mp4', { type: 'video/mp4' }))
  form.append('chunk', new Blob([bytes(5)]))
  form.append('unnamed', new File([bytes(2)], ''))
  return form
}

/** What fetch itself sends for a FormData, with its random boundary replaced by `boundary`. */
async function fetchEncoding(form: FormData, boundary: string): Promise<string> {
  const request = new Request('https://upload.example/', { method: 'POST', body: form })
  const own = /boundary=(.+)$/.exec(request.headers.get('content-type') ?? '')?.[1] ?? ''
  return (await request.text()).replaceAll(own, boundary)
}

describe('encodeMultipart', () => {
  it('frames a FormData into the exact bytes fetch sends for it', async () => {
    const boundary = '----tweet-media-test'
    const encoded = encodeMultipart(sampleForm(), boundary)

    expect(encoded.contentType).toBe(`multipart/form-data; boundary=${boundary}`)
    expect(await encoded.body.text()).toBe(await fetchEncoding(sampleForm(), boundary))
  })

  it('escapes quotes and line breaks in file names and keeps the file bytes untouched', async () => {
    const { body, contentType } = encodeMultipart(sampleForm())
    const text = await body.text()

    expect(text).toContain('filename="clip %22final%22%0D%0A.mp4"\r\nContent-Type: video/mp4\r\n')
    const parsed = await new Response(body, { headers: { 'content-type': contentType } }).formData()
    expect(parsed.get('note')).toBe('two\r\nlines\r\nand\r\nmore')
    const media = parsed.get('media') as File
    expect(new Uint8Array(await media.arrayBuffer())).toEqual(bytes(300))
  })

  it('picks a new boundary for every body', () => {
    const first = encodeMultipart(new FormData()).contentType
    expect(encodeMultipart(new FormData()).contentType).not.toBe(first)
  })
})

describe('withEncodedMultipart', () => {
  const endpoint = resolveEndpoint({ dialect: 'v1.1' })

  it('sends an APPEND as a pre-framed multipart Blob that parses back to the same fields and chunk', async () => {
    const chunk = new Blob([bytes(1_000)])
    const built = buildAppend(endpoint, { mediaId: '710511363345354753', segmentIndex: 3, media: chunk })

    const encoded = withEncodedMultipart(built)

    expect(encoded.body).toBeInstanceOf(Blob)
    expect(encoded.headers['content-type']).toMatch(/^multipart\/form-data; boundary=----tweet-media-[0-9a-f]{24}$/)
    const form = await toRequest(encoded).formData()
    expect([...form.keys()]).toEqual(['command', 'media_id', 'segment_index', 'media'])
    expect(form.get('segment_index')).toBe('3')
    expect(new Uint8Array(await (form.get('media') as File).arrayBuffer())).toEqual(bytes(1_000))
  })

  it('returns requests without a FormData body as they are', () => {
    const built = buildInit(endpoint, { totalBytes: 10, mediaType: 'video/mp4' })
    expect(withEncodedMultipart(built)).toBe(built)
  })
})
