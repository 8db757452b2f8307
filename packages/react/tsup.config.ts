import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

const USE_CLIENT = '"use client";\n'

/**
 * Marks the main entry (components and hooks) as client code for React Server Component
 * apps, and only it: `rules` (X's rules, limits, default strings) stays importable from a
 * server component. A banner would mark every entry, so the directive is added here; the
 * source map's mappings move down the one line it takes.
 */
async function markClientEntry(file: string): Promise<void> {
  const code = await readFile(file, 'utf8')
  if (code.startsWith(USE_CLIENT)) return
  await writeFile(file, USE_CLIENT + code)
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string }
  await writeFile(`${file}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }))
}

export default defineConfig({
  entry: { index: 'src/index.ts', rules: 'src/rules.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@tanstack/react-query', '@tweet-media/core', 'react-dropzone'],
  onSuccess: async () => {
    await Promise.all(['dist/index.js', 'dist/index.cjs'].map(markClientEntry))
    // The default look ships as plain CSS (`@tweet-media/react/styles.css`), untouched.
    await copyFile('src/styles.css', 'dist/styles.css')
  },
})
