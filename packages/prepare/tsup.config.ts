import { readFile } from 'node:fs/promises'
import { defineConfig, type Options } from 'tsup'

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * The source starts its worker from `./media-worker.ts` (what Vite serves in tests and
 * Storybook); the published files hold `media-worker.js` beside `index.js`.
 */
const workerUrlInDist: EsbuildPlugin = {
  name: 'media-worker-url',
  setup(build) {
    build.onLoad({ filter: /run-in-worker\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace("'./media-worker.ts'", "'./media-worker.js'"),
      loader: 'ts',
    }))
  },
}

export default defineConfig({
  entry: { index: 'src/index.ts', 'media-worker': 'src/worker/media-worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  external: ['@tweet-media/core', 'mediabunny', 'libheif-js'],
  esbuildPlugins: [workerUrlInDist],
})
