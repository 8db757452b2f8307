import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'

const HOT_PATHS = fileURLToPath(new URL('../cpu/hot-paths.mjs', import.meta.url))

/** Operations per second of base64 and OAuth 1.0a signing, core next to the peers, in a fresh process. */
export async function runCpu({ budgetMs }) {
  return { budgetMsPerCase: budgetMs, rows: await runChild(HOT_PATHS, { budgetMs }, { timeoutMs: 120_000 }) }
}
