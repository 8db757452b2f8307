// Shared set-up of the engine tests: the msw mock of X on a manual clock, and an uploader
// whose timer moves that clock instead of waiting.
import { createManualClock, createMediaMock, type ManualClock, type MediaMock, type UploadStep } from '@tweet-media/msw'
import { abortedError } from '../src/engine/abort'
import type { KeyValueStorage } from '../src/engine/resume-store'
import { isoMediaBytes } from './test-media'
import type { Dialect } from '../src/types'
import { createUploader, type Uploader } from '../src/task/uploader'
import type { UploaderConfig } from '../src/task/uploader-config'

export const MIB = 1_048_576

/** The mock and the clock it and the uploader share. */
export function createMockedX(seed = 7): { clock: ManualClock; mock: MediaMock } {
  const clock = createManualClock()
  return { clock, mock: createMediaMock({ seed, clock }) }
}

/** An uploader on the mock's clock; `waits` lists every wait it asked for, in ms. */
export function testUploader(
  dialect: Dialect,
  clock: ManualClock,
  config: UploaderConfig = {},
): { uploader: Uploader; waits: number[] } {
  const waits: number[] = []
  const uploader = createUploader({
    dialect,
    auth: { bearerToken: 'user-a' },
    transport: 'fetch',
    progressIntervalMs: 0,
    random: () => 0.5,
    now: () => clock.now(),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw abortedError(signal)
      waits.push(ms)
      clock.advance(ms)
    },
    ...config,
  })
  return { uploader, waits }
}

/** A file of `size` bytes that starts with `head` and continues with varied bytes, so misordered segments change its hash. */
export function patternedFile(head: Uint8Array, size: number, name: string, type: string): File {
  const bytes = new Uint8Array(size)
  let state = 0x2545f491
  for (let index = 0; index < size; index++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    bytes[index] = state >>> 24
  }
  bytes.set(head)
  return new File([bytes], name, { type })
}

/** An MP4 (`ftyp isom`) of `size` patterned bytes named clip.mp4. */
export const testVideo = (size: number): File => patternedFile(isoMediaBytes('isom', ['mp41']), size, 'clip.mp4', 'video/mp4')

export { sha256Hex } from '../src/file/hex'

/** A `localStorage` stand-in whose entries a test can read. */
export function mapStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

/** The requests the mock saw for one step, optionally with one outcome. */
export function requestsOf(mock: MediaMock, step: UploadStep, outcome?: string) {
  return mock.store.requests.filter((entry) => entry.step === step && (outcome === undefined || entry.outcome === outcome))
}
