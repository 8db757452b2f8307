import { u16be, u8 } from '../bytes/binary'

/** What X's video rules are about, as read from the file's headers (no frame decoded). */
export interface VideoFacts {
  /** The container's MIME type, e.g. `video/mp4`, `video/quicktime`, `video/webm`. */
  container: string
  durationSeconds: number
  /** Display size (rotation applied). */
  width: number
  height: number
  /** Average frames per second over the first packets. */
  frameRate: number
  /** mediabunny's codec name (`avc`, `hevc`, `vp9`, `av1`…), `undefined` when unknown. */
  videoCodec: string | undefined
  /** RFC 6381 codec string, e.g. `avc1.64001f`. */
  videoCodecString: string | undefined
  /** H.264 profile name (`High`, `High 10`, `High 4:4:4 Predictive`…). */
  profile: string | undefined
  /** Luma bit depth (8 when the stream says nothing else). */
  bitDepth: number
  /** `4:2:0`, `4:2:2`, `4:4:4` or `4:0:0`. */
  chroma: string
  /** Audio codec name (`aac`, `opus`…) or `undefined` without audio. */
  audioCodec: string | undefined
  /** `mp4a.40.2` is AAC-LC, `.5` HE-AAC, `.29` HE-AAC v2. */
  audioCodecString: string | undefined
  audioChannels: number | undefined
}

const H264_PROFILES: Record<number, string> = {
  66: 'Baseline',
  77: 'Main',
  88: 'Extended',
  100: 'High',
  110: 'High 10',
  122: 'High 4:2:2',
  144: 'High 4:4:4',
  244: 'High 4:4:4 Predictive',
}
const CHROMA = ['4:0:0', '4:2:0', '4:2:2', '4:4:4']

/** The H.264 profile named by a codec string such as `avc1.6e001e`. */
export function h264ProfileOf(codecString: string | undefined): { idc: number; name: string } | undefined {
  const match = /^avc[13]\.([0-9a-f]{2})/i.exec(codecString ?? '')
  if (match?.[1] === undefined) return undefined
  const idc = Number.parseInt(match[1], 16)
  return { idc, name: H264_PROFILES[idc] ?? `profile ${idc}` }
}

/**
 * Chroma format and bit depth from an `avcC` record (the decoder configuration of H.264 in
 * MP4/MOV). High profiles carry them after the parameter sets; others are 4:2:0 8-bit.
 */
export function readAvcFormat(avcC: Uint8Array | undefined): { chroma: string; bitDepth: number } {
  const plain = { chroma: '4:2:0', bitDepth: 8 }
  if (avcC === undefined || avcC.length < 7) return plain
  const profile = u8(avcC, 1)
  let at = 6
  for (let sets = u8(avcC, 5) & 0x1f; sets > 0; sets--) at += 2 + u16be(avcC, at)
  for (let sets = u8(avcC, at++); sets > 0; sets--) at += 2 + u16be(avcC, at)
  if (![100, 110, 122, 144, 244].includes(profile) || at + 3 > avcC.length) {
    // An avcC without the extension: the profile is the only hint.
    if (profile === 110) return { chroma: '4:2:0', bitDepth: 10 }
    if (profile === 122) return { chroma: '4:2:2', bitDepth: 8 }
    if (profile === 244 || profile === 144) return { chroma: '4:4:4', bitDepth: 8 }
    return plain
  }
  return { chroma: CHROMA[u8(avcC, at) & 0x03] ?? '4:2:0', bitDepth: (u8(avcC, at + 1) & 0x07) + 8 }
}
