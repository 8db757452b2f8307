import { copyFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Components and hooks run only on the client in React Server Component apps.
  banner: { js: '"use client";' },
  external: ['react', 'react-dom', '@tanstack/react-query', '@tweet-media/core', 'react-dropzone'],
  // The default look ships as plain CSS (`@tweet-media/react/styles.css`), untouched.
  onSuccess: () => copyFile('src/styles.css', 'dist/styles.css'),
})
