import { fileURLToPath } from 'node:url'

const source = (path: string): string => fileURLToPath(new URL(`./packages/${path}`, import.meta.url))

/**
 * Resolve the workspace packages to their TypeScript sources, so tests and Storybook
 * always run the code in the tree without a build step. Longer specifiers come first.
 */
export const workspaceAliases = [
  { find: '@tweet-media/core/server', replacement: source('core/src/server/index.ts') },
  { find: '@tweet-media/core/node', replacement: source('core/src/node/index.ts') },
  { find: '@tweet-media/core', replacement: source('core/src/index.ts') },
  { find: '@tweet-media/msw/node', replacement: source('msw/src/node/index.ts') },
  { find: '@tweet-media/msw', replacement: source('msw/src/index.ts') },
  { find: '@tweet-media/react/rules', replacement: source('react/src/rules.ts') },
  { find: '@tweet-media/react', replacement: source('react/src/index.ts') },
  { find: '@tweet-media/drafts', replacement: source('drafts/src/index.ts') },
  { find: '@tweet-media/prepare', replacement: source('prepare/src/index.ts') },
]
