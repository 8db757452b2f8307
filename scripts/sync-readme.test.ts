import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { asSection, renderReadme } from './sync-readme.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('the root README', () => {
  it('carries the package READMEs as they are (run `pnpm readme` after editing one)', () => {
    expect(readFileSync(`${root}/README.md`, 'utf8')).toBe(renderReadme(root))
  })

  it('nests a package README one heading level deeper and rebases its relative links', () => {
    const section = asSection('# Title\n\nSee [core](../core).\n\n```sh\n# a shell comment\n```\n', 'packages/react/README.md')
    expect(section).toBe('## Title\n\nSee [core](packages/core).\n\n```sh\n# a shell comment\n```')
  })
})
