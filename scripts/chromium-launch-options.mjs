// How every headless Chromium of the repository is launched: the browser tests, the
// benchmark of renders and the README screenshot. Debian's Chromium by default
// (Playwright's own browser download is not used); CHROMIUM_PATH points elsewhere.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
