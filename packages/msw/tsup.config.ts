import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

/** Bundles `import text from './file?raw'` as the file's text, as Vite does in the tests. */
const rawText: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'raw-text',
  setup(build) {
    // The `.txt` path keeps tsup's CSS plugin from claiming `.css` files.
    build.onResolve({ filter: /\?raw$/ }, (args) => {
      const file = resolve(dirname(args.importer), args.path.slice(0, -'?raw'.length))
      return { path: `${file}.txt`, namespace: 'raw-text', pluginData: { file } }
    })
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile((args.pluginData as { file: string }).file, 'utf8'),
      loader: 'text',
    }))
  },
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    external: ['msw'],
    esbuildPlugins: [rawText],
  },
  {
    // The command-line mock server: ESM only, with a shebang kept by tsup.
    entry: { cli: 'src/node/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['msw'],
    esbuildPlugins: [rawText],
  },
])
