import { describe, expect, it } from 'vitest'
import { BASE_ARGS, ChromiumNotFoundError, findSystemChromium, INSTALL_COMMAND, resolveChromium } from './resolve-chromium.mjs'

const packaged = { executablePath: '/tmp/chromium', args: ['--no-sandbox', '--single-process', '--headless=\'shell\'', '--disable-web-security', '--no-zygote'] }
const never = () => {
  throw new Error('must not be consulted')
}
const neverAsync = async () => never()

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, before any system browser', async () => {
    const found = await resolveChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, executable: (path) => path === '/opt/chrome', findSystem: never, loadPackaged: neverAsync })
    expect(found).toEqual({ source: 'CHROMIUM_PATH', executablePath: '/opt/chrome', args: [...BASE_ARGS] })
  })

  it('refuses a CHROMIUM_PATH that is not executable instead of looking elsewhere', async () => {
    const failure = resolveChromium({ env: { CHROMIUM_PATH: '/nope' }, executable: () => false, findSystem: () => '/usr/bin/chromium' })
    await expect(failure).rejects.toThrow(ChromiumNotFoundError)
    await expect(failure).rejects.toThrow('CHROMIUM_PATH is /nope')
  })

  it('takes the system browser before the packaged one', async () => {
    const found = await resolveChromium({ env: {}, platform: 'linux', arch: 'x64', findSystem: () => '/usr/bin/chromium', loadPackaged: neverAsync })
    expect(found.source).toBe('system')
    expect(found.executablePath).toBe('/usr/bin/chromium')
  })

  it('falls back to @sparticuz/chromium on Linux x64, keeping only its start-up flags', async () => {
    const found = await resolveChromium({ env: {}, platform: 'linux', arch: 'x64', findSystem: () => undefined, loadPackaged: async () => packaged, playwrightInstalled: neverAsync })
    expect(found.source).toBe('@sparticuz/chromium')
    expect(found.executablePath).toBe('/tmp/chromium')
    // Ours first, then its own; no duplicate, nothing that changes how pages behave.
    expect(found.args).toEqual([...BASE_ARGS, '--no-zygote'])
  })

  it("uses Playwright's own Chromium elsewhere when it is installed", async () => {
    const found = await resolveChromium({ env: {}, platform: 'darwin', arch: 'arm64', findSystem: () => undefined, loadPackaged: neverAsync, playwrightInstalled: async () => true })
    expect(found).toEqual({ source: 'playwright', executablePath: undefined, args: [...BASE_ARGS] })
  })

  it('names the one command that fixes a machine with no Chromium at all', async () => {
    const failure = resolveChromium({ env: {}, platform: 'darwin', arch: 'arm64', findSystem: () => undefined, loadPackaged: neverAsync, playwrightInstalled: async () => false })
    await expect(failure).rejects.toThrow(ChromiumNotFoundError)
    await expect(failure).rejects.toThrow(`Run \`${INSTALL_COMMAND}\``)
  })
})

describe('findSystemChromium', () => {
  it('prefers a known install path, then looks for the usual names on PATH', () => {
    expect(findSystemChromium({ platform: 'linux', path: '/a:/b', executable: (path) => path === '/b/google-chrome' || path === '/usr/bin/google-chrome' })).toBe('/usr/bin/google-chrome')
    expect(findSystemChromium({ platform: 'linux', path: '/a:/b', executable: (path) => path === '/b/chromium' })).toBe('/b/chromium')
    expect(findSystemChromium({ platform: 'linux', path: '/a', executable: () => false })).toBeUndefined()
  })
})
