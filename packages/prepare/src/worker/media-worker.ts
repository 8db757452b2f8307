// The module worker that does every pixel and media job of the package, off the main thread.
import { fitImage } from '../photo/fit-image'
import { probeVideo } from '../video/probe-video'
import { transcodeVideo } from '../video/transcode-video'
import { WorkerError } from './worker-error'
import type { WorkerMessage, WorkerRequest, WorkerResults } from './protocol'

const post = (message: WorkerMessage): void => (self as unknown as { postMessage(message: WorkerMessage): void }).postMessage(message)

async function run(request: WorkerRequest, report: (fraction: number) => void): Promise<WorkerResults[keyof WorkerResults]> {
  if (request.op === 'fit-image') return fitImage(request, report)
  if (request.op === 'probe-video') return probeVideo(request.file)
  return transcodeVideo(request, report)
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const result = await run(event.data, (fraction) => post({ type: 'progress', fraction }))
    post({ type: 'done', result })
  } catch (error) {
    const failure = error instanceof WorkerError ? error.failure : { message: String(error instanceof Error ? error.message : error), reason: 'failed' as const }
    post({ type: 'error', failure })
  }
}
