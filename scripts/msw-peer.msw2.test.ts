// Runs in the unit-msw2 project only: proves its alias really puts msw 2 under the mock's
// tests (a wrong alias would quietly test msw 3 twice).
import { createRequire } from 'node:module'
import { http } from 'msw'
import { expect, it } from 'vitest'

it('resolves `msw` to msw 2 in this project', async () => {
  const { version } = createRequire(import.meta.url)('msw2/package.json') as { version: string }
  expect(version).toMatch(/^2\./)
  // The very module the mock's handlers import.
  expect(http).toBe((await import('msw2')).http)
})
