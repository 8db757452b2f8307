import { describe, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import * as rules from './rules'

// Reads the package as built (`pnpm -F @tweet-media/react build`, which `pnpm test` runs first).
// Paths are resolved from the repository root.
const DIST = 'packages/react/dist/'

async function readBuilt(file: string): Promise<string> {
  try {
    return await commands.readFile(`${DIST}${file}`)
  } catch (error) {
    throw new Error(`cannot read dist/${file}; build the package first (pnpm -F @tweet-media/react build): ${String(error)}`)
  }
}

/** Every module an entry loads within the package: the entry and the chunks it imports, transitively. */
async function moduleGraph(entry: string): Promise<Map<string, string>> {
  const graph = new Map<string, string>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (graph.has(file)) continue
    const code = await readBuilt(file)
    graph.set(file, code)
    for (const [, specifier] of code.matchAll(/(?:from|import|require\()\s*["'](\.\/[^"']+)["']/g)) pending.push((specifier as string).slice(2))
  }
  return graph
}

/** The bare packages a module imports (`react`, `@tweet-media/core`, …). */
const packagesImported = (code: string): string[] =>
  [...code.matchAll(/(?:from|import|require\()\s*["']([^."'][^"']*)["']/g)].map(([, name]) => name as string)

describe('@tweet-media/react/rules', () => {
  test('holds the rules, limits and default strings', () => {
    expect(rules.X_COMPOSER_RULES).toEqual({ maxImages: 4, maxGifs: 1, maxVideos: 1 })
    expect(rules.MEDIA_LIMITS.imageBytes).toBe(5 * 1_048_576)
    expect(rules.ALT_TEXT_MAX_LENGTH).toBe(1000)
    expect(rules.defaultMediaUploaderStrings.rulesHint).toBe('Up to 4 photos, or 1 GIF, or 1 video.')
    expect(rules.sizeLimitOf('gif')).toBe(15 * 1_048_576)
    expect(rules.postIsFull(['image', 'image', 'image', 'image'])).toEqual({ kind: 'image', max: 4 })
  })

  test.each(['rules.js', 'rules.cjs'])('built %s has no "use client" and loads no React', async (entry) => {
    const graph = await moduleGraph(entry)
    for (const [file, code] of graph) {
      expect(code.trimStart().startsWith('"use client"'), file).toBe(false)
      expect(packagesImported(code), file).toEqual(packagesImported(code).filter((name) => name === '@tweet-media/core'))
    }
  })

  test.each(['index.js', 'index.cjs'])('built %s, the components and hooks, is marked "use client"', async (entry) => {
    expect((await readBuilt(entry)).startsWith('"use client";')).toBe(true)
  })
})
