import type { StorybookConfig } from '@storybook/react-vite'
import { mergeConfig } from 'vite'
import { workspaceAliases } from '../vite.aliases.ts'

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // Serves mockServiceWorker.js at the root, where the msw worker registers.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  // Stories import the packages' TypeScript sources, so no build is needed to see a change.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { alias: workspaceAliases },
      // Crawl the stories up front, so dependencies met through package sources (react-dropzone)
      // are bundled before the first test instead of reloading the page mid-run.
      // The media worker of @tweet-media/prepare imports its decoders (mediabunny, libheif-js) itself.
      optimizeDeps: { entries: ['stories/**/*.stories.tsx', '.storybook/preview.tsx', 'packages/prepare/src/worker/media-worker.ts'] },
    }),
}

export default config
