// Finds the Chromium that every headless browser of the repository runs on, in this order:
//   1. CHROMIUM_PATH, when set (an explicit choice wins, and a wrong one is an error);
//   2. a Chromium or Chrome installed on the system;
//   3. on Linux x64, the Chromium shipped inside the npm package @sparticuz/chromium (a dev
//      dependency, so `pnpm install` alone is enough on a fresh machine or in CI);
//   4. Playwright's own Chromium, when `playwright install chromium` was run;
// and otherwise fails with a message naming the one command that fixes it.
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The command that brings a Chromium where no other one is found. */
export const INSTALL_COMMAND = 'pnpm exec playwright install chromium'

/** Flags of every launch: no sandbox (CI runs as root), nothing that talks to Google. */
export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const SYSTEM_PATHS = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
}
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

// Its flags that would change how the pages behave, not only how the browser starts:
// one process for everything, pages allowed to read any origin, and its own headless mode
// (Playwright sets that one).
const PACKAGED_ARGS_LEFT_OUT = /^--(single-process|disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|headless)(=|$)/

/** Whether `path` is a file this process may execute. */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The system's Chromium or Chrome: a known install path, else one of their names on PATH. */
export function findSystemChromium({ platform = process.platform, path = process.env.PATH ?? '', executable = isExecutable } = {}) {
  const known = SYSTEM_PATHS[platform] ?? []
  const onPath = platform === 'win32' ? [] : path.split(delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)))
  return [...known, ...onPath].find((candidate) => executable(candidate))
}

/** The Chromium inside @sparticuz/chromium (extracted to the OS temp folder on first use), with its flags. */
export async function packagedChromium() {
  const { default: chromium } = await import('@sparticuz/chromium')
  return { executablePath: await chromium.executablePath(), args: chromium.args }
}

/** Playwright's downloaded Chromium, when present (Playwright then picks it by itself). */
export async function playwrightChromiumInstalled(executable = isExecutable) {
  const { chromium } = await import('playwright')
  return executable(chromium.executablePath())
}

/** Thrown when no Chromium can be found; its message says what to run. */
export class ChromiumNotFoundError extends Error {
  constructor(detail) {
    super(`${detail}\nRun \`${INSTALL_COMMAND}\` once, or set CHROMIUM_PATH to a Chromium or Chrome executable.`)
    this.name = 'ChromiumNotFoundError'
  }
}

/**
 * Playwright launch options (`executablePath`, `args`) for the first Chromium found.
 * Every dependency is a parameter so the order can be tested without touching the machine.
 */
export async function resolveChromium({
  env = process.env,
  platform = process.platform,
  arch = process.arch,
  executable = isExecutable,
  findSystem = () => findSystemChromium({ platform, path: env.PATH ?? '', executable }),
  loadPackaged = packagedChromium,
  playwrightInstalled = () => playwrightChromiumInstalled(executable),
} = {}) {
  const explicit = env.CHROMIUM_PATH
  if (explicit) {
    if (!executable(explicit)) throw new ChromiumNotFoundError(`CHROMIUM_PATH is ${explicit}, which is not an executable file.`)
    return { source: 'CHROMIUM_PATH', executablePath: explicit, args: [...BASE_ARGS] }
  }
  const system = findSystem()
  if (system) return { source: 'system', executablePath: system, args: [...BASE_ARGS] }
  if (platform === 'linux' && arch === 'x64') {
    const packaged = await loadPackaged()
    const extra = packaged.args.filter((arg) => !PACKAGED_ARGS_LEFT_OUT.test(arg) && !BASE_ARGS.includes(arg))
    return { source: '@sparticuz/chromium', executablePath: packaged.executablePath, args: [...BASE_ARGS, ...extra] }
  }
  if (await playwrightInstalled()) return { source: 'playwright', executablePath: undefined, args: [...BASE_ARGS] }
  throw new ChromiumNotFoundError(`No Chromium found for the browser tests (no CHROMIUM_PATH, no system Chromium or Chrome, and @sparticuz/chromium ships one for Linux x64 only, not ${platform} ${arch}).`)
}
