// The least a page can do to upload a file to X's v2 API: JSON INIT, FormData APPENDs over
// XMLHttpRequest (3 in flight, the same slices core sends), FINALIZE, STATUS until done.
// What core's XHR path is measured against.

const authorization = 'Bearer bench-user-access-token'

async function postJson(url: string, body: unknown): Promise<{ data: { id: string; processing_info?: { state: string; check_after_secs?: number } } }> {
  const response = await fetch(url, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}

function appendSegment(url: string, segmentIndex: number, media: Blob): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData()
    form.append('segment_index', String(segmentIndex))
    form.append('media', media, 'blob')
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('authorization', authorization)
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new Error(`APPEND ${segmentIndex}: HTTP ${xhr.status}`)))
    xhr.onerror = () => reject(new Error(`APPEND ${segmentIndex}: network error`))
    xhr.send(form)
  })
}

/** Uploads `file` in `chunkSize` slices, `concurrency` at once; resolves with the media id once processing succeeded. */
export async function bareXhrUpload(baseUrl: string, file: Blob, chunkSize: number, concurrency: number): Promise<string> {
  const init = await postJson(`${baseUrl}/2/media/upload/initialize`, { media_type: 'video/mp4', total_bytes: file.size, media_category: 'tweet_video' })
  const mediaId = init.data.id
  const count = Math.ceil(file.size / chunkSize)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let index = next++; index < count; index = next++) {
      await appendSegment(`${baseUrl}/2/media/upload/${mediaId}/append`, index, file.slice(index * chunkSize, (index + 1) * chunkSize))
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  let info = (await postJson(`${baseUrl}/2/media/upload/${mediaId}/finalize`, {})).data.processing_info
  for (let polls = 0; info && info.state !== 'succeeded'; polls++) {
    if (info.state === 'failed' || polls === 50) throw new Error(`processing: ${JSON.stringify(info)}`)
    await new Promise((resolve) => setTimeout(resolve, (info?.check_after_secs ?? 1) * 1000))
    const status = await fetch(`${baseUrl}/2/media/upload?command=STATUS&media_id=${mediaId}`, { headers: { authorization } })
    info = ((await status.json()) as { data: { processing_info?: { state: string; check_after_secs?: number } } }).data.processing_info
  }
  return mediaId
}
