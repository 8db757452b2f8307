import { chromium, type Browser } from 'playwright'
import { chromiumLaunchOptions } from '../../../../scripts/chromium-launch-options.mjs'

/** Headless Chromium launched as everywhere in the repository (the shared launch options, sync or async). */
export async function launchChromium(): Promise<Browser> {
  const options: unknown = chromiumLaunchOptions
  const resolved = typeof options === 'function' ? await (options as () => unknown)() : await options
  return chromium.launch(resolved as Parameters<typeof chromium.launch>[0])
}
