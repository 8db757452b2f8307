// How every headless Chromium of the repository is launched: the browser tests, the
// Storybook tests, the benchmark of renders, the example app's smoke test and the README
// screenshot. Which Chromium: see resolve-chromium.mjs (CHROMIUM_PATH, the system's, the
// one inside @sparticuz/chromium, Playwright's own).
import { resolveChromium } from './resolve-chromium.mjs'

const { source, ...launchOptions } = await resolveChromium()
if (process.env.DEBUG_CHROMIUM) console.error(`chromium: ${source} ${launchOptions.executablePath ?? ''}`)

/** Playwright `launch` options: the executable (undefined: Playwright's own) and the flags. */
export const chromiumLaunchOptions = launchOptions
