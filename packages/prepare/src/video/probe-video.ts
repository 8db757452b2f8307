import { WorkerError } from '../worker/worker-error'
import { h264ProfileOf, readAvcFormat, type VideoFacts } from './video-facts'

/** Packets read to measure the frame rate: enough for an average, few enough to be fast. */
const FRAME_RATE_PACKETS = 120

const unreadable = (detail: string): WorkerError =>
  new WorkerError({ message: `The file cannot be read as a video: ${detail}.`, rule: 'video-unreadable', value: detail, limit: 'a readable MP4 or MOV' })

function descriptionBytes(description: AllowSharedBufferSource | undefined): Uint8Array | undefined {
  if (description === undefined) return undefined
  if (ArrayBuffer.isView(description)) return new Uint8Array(description.buffer, description.byteOffset, description.byteLength)
  return new Uint8Array(description)
}

/** Reads the facts X's rules need from a video's headers with mediabunny (loaded now). */
export async function probeVideo(file: Blob): Promise<VideoFacts> {
  const { Input, BlobSource, ALL_FORMATS } = await import('mediabunny')
  const input = new Input({ source: new BlobSource(file), formats: ALL_FORMATS })
  try {
    if (!(await input.canRead())) throw unreadable('its container is not one this reader knows')
    const format = await input.getFormat()
    const video = await input.getPrimaryVideoTrack()
    if (video === null) throw unreadable('it holds no video track')
    const [durationSeconds, stats, videoCodecString, config, audio] = await Promise.all([
      input.computeDuration(),
      video.computePacketStats(FRAME_RATE_PACKETS),
      video.getCodecParameterString(),
      video.getDecoderConfig(),
      input.getPrimaryAudioTrack(),
    ])
    const { chroma, bitDepth } = video.codec === 'avc' ? readAvcFormat(descriptionBytes(config?.description)) : { chroma: '4:2:0', bitDepth: 8 }
    return {
      container: format.mimeType.split(';')[0] ?? format.mimeType,
      durationSeconds,
      width: video.displayWidth,
      height: video.displayHeight,
      frameRate: stats.averagePacketRate,
      videoCodec: video.codec ?? undefined,
      videoCodecString: videoCodecString ?? undefined,
      profile: video.codec === 'avc' ? h264ProfileOf(videoCodecString ?? undefined)?.name : undefined,
      bitDepth,
      chroma,
      audioCodec: audio?.codec ?? undefined,
      audioCodecString: (await audio?.getCodecParameterString()) ?? undefined,
      audioChannels: audio?.numberOfChannels,
    }
  } catch (error) {
    if (error instanceof WorkerError) throw error
    throw unreadable(error instanceof Error ? error.message.replace(/\.$/, '') : String(error))
  } finally {
    input.dispose()
  }
}
