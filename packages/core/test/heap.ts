// Memory readings for the soak: garbage collected first, so two readings compare what is
// still reachable rather than when V8 last happened to collect.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

/** Bytes still reachable after a full collection: the JS heap plus ArrayBuffers and Blobs outside it. */
export function reachableBytes(): number {
  collectGarbage()
  const { heapUsed, external } = process.memoryUsage()
  return heapUsed + external
}
