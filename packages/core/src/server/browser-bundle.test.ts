import { fileURLToPath } from 'node:url'
import { build, type Rollup } from 'vite'
import { describe, expect, it } from 'vitest'

// Bundles an entry as an app's bundler would for the browser, everything it exports kept.
async function bundle(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['es'], fileName: 'bundle' },
      write: false,
      minify: false,
    },
  })) as Rollup.RollupOutput[]
  return output.flatMap((result) => result.output).map((file) => ('code' in file ? file.code : '')).join('\n')
}

const CREDENTIAL_CODE = ['oauth_signature', 'consumerSecret', 'tokenSecret', 'createMediaProxy', 'HMAC']

describe('browser build of @tweet-media/core', () => {
  it('carries no proxy and no credential-signing code', async () => {
    const browser = await bundle('../index.ts')
    expect(browser).toContain('createUploader')
    for (const marker of CREDENTIAL_CODE) expect(browser).not.toContain(marker)
  }, 60_000)

  it('imports no node: module, and leaves the node:http transport to its own entry', async () => {
    const browser = await bundle('../index.ts')
    expect(browser).not.toMatch(/from ['"]node:|require\(['"]node:|['"]node:[a-z]+['"]/)
    expect(browser).not.toContain('nodeHttpTransport')
    const node = await bundle('../node/index.ts')
    expect(node).toContain('nodeHttpTransport')
    expect(node).toMatch(/['"]node:https?['"]/)
  }, 60_000)

  it('keeps them in the server entry, where the same check finds them', async () => {
    const server = await bundle('./index.ts')
    for (const marker of CREDENTIAL_CODE) expect(server).toContain(marker)
  }, 60_000)
})
