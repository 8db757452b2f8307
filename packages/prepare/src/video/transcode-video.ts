import type { TranscodeVideoRequest } from '../worker/protocol'
import { WorkerError } from '../worker/worker-error'

/**
 * Re-encodes a video to H.264 (yuv420p) and AAC-LC in MP4 with the browser's WebCodecs,
 * through mediabunny's Conversion: scaled into the size box, frame rate capped, cut at
 * `endSeconds` when set. Fails with `cannot-encode` where this browser has no H.264 encoder,
 * `cannot-decode` where it cannot decode the source (HEVC in many Chromium builds).
 */
export async function transcodeVideo(request: TranscodeVideoRequest, report: (fraction: number) => void): Promise<Blob> {
  const { Input, Output, Conversion, BlobSource, BufferTarget, Mp4OutputFormat, ALL_FORMATS, canEncodeVideo, canEncodeAudio } = await import('mediabunny')
  if (!(await canEncodeVideo('avc', { width: request.width, height: request.height }))) {
    throw new WorkerError({ message: 'it has no H.264 encoder', reason: 'cannot-encode' })
  }
  const input = new Input({ source: new BlobSource(request.file), formats: ALL_FORMATS })
  const target = new BufferTarget()
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory' }), target })
  const audio = await input.getPrimaryAudioTrack()
  const keepAudio = audio !== null && (await canEncodeAudio('aac'))
  try {
    const conversion = await Conversion.init({
      input,
      output,
      tracks: 'primary',
      video: {
        codec: 'avc',
        width: request.width,
        height: request.height,
        fit: 'contain',
        forceTranscode: true,
        ...(request.frameRate === undefined ? {} : { frameRate: request.frameRate }),
      },
      audio: keepAudio ? { codec: 'aac', numberOfChannels: Math.min(2, audio.numberOfChannels), forceTranscode: true } : { discard: true },
      ...(request.endSeconds === undefined ? {} : { trim: { start: 0, end: request.endSeconds } }),
    })
    if (!conversion.isValid) {
      const video = conversion.discardedTracks.find((discarded) => discarded.track.isVideoTrack())
      if (video?.reason === 'undecodable_source_codec') {
        throw new WorkerError({ message: `it cannot decode ${video.track.codec ?? 'this'} video`, reason: 'cannot-decode' })
      }
      const reasons = conversion.discardedTracks.map((discarded) => discarded.reason).join(', ')
      throw new WorkerError({ message: `its encoders refused the video (${reasons})`, reason: 'cannot-encode' })
    }
    conversion.onProgress = (progress) => report(progress)
    await conversion.execute()
  } finally {
    input.dispose()
  }
  if (target.buffer === null) throw new WorkerError({ message: 'The conversion produced no file.', reason: 'failed' })
  return new Blob([target.buffer], { type: 'video/mp4' })
}
