import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    external: ['msw'],
  },
  {
    // The command-line mock server: ESM only, with a shebang kept by tsup.
    entry: { cli: 'src/node/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['msw'],
  },
])
