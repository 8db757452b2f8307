import type { TestProject } from 'vitest/node'
import { startService } from '../lib/child.mjs'

const MB = 1024 * 1024

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string
    uploadBytes: number
    firstByteBytes: number
    resultsFile: string
  }
}

/** The standalone mock in its own process, as for the Node clients; the page uploads to it (CORS). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startService(new URL('../servers/mock-server.mjs', import.meta.url).pathname)
  project.provide('mockUrl', mock.url)
  project.provide('uploadBytes', Number(process.env.BENCH_BROWSER_MB ?? 256) * MB)
  project.provide('firstByteBytes', Number(process.env.BENCH_FIRST_BYTE_MB ?? 512) * MB)
  project.provide('resultsFile', process.env.BENCH_BROWSER_RESULTS ?? 'bench/results/browser.json')
  return async () => {
    await mock.close()
  }
}
