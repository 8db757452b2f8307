import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Polls until `processing_info` says `succeeded`, waiting `check_after_secs` between polls,
 * as X's chunked quickstart does after FINALIZE. Bounded: at most `maxPolls` questions.
 * @param first the `processing_info` of FINALIZE (`{ state, checkAfterSecs }`), or undefined
 * @param poll resolves with the next `processing_info`
 */
export async function waitForProcessing(first, poll, maxPolls = 50) {
  let info = first
  for (let polls = 0; info && info.state !== 'succeeded'; polls++) {
    if (info.state === 'failed') throw new Error(`processing failed: ${JSON.stringify(info)}`)
    if (polls === maxPolls) throw new Error(`still processing after ${maxPolls} polls`)
    await sleep((info.checkAfterSecs ?? 1) * 1000)
    info = await poll()
  }
}
