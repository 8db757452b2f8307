import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/** Leaves msw's worker script (copied from public/, where `msw init` puts it) out of production builds. */
function withoutMswWorker(): Plugin {
  let outDir = ''
  return {
    name: 'without-msw-worker',
    apply: (_config, { command, mode }) => command === 'build' && mode === 'production',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

// `vite` (development) and `vite build --mode mock` start msw's worker (see src/main.tsx);
// a plain `vite build` carries no msw at all.
export default defineConfig({
  plugins: [react(), withoutMswWorker()],
})
