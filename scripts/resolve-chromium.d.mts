export declare const INSTALL_COMMAND: string
export declare const BASE_ARGS: readonly string[]

export interface ChromiumLaunch {
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium' | 'playwright'
  executablePath: string | undefined
  args: string[]
}

export interface ResolveChromiumOptions {
  env?: Record<string, string | undefined>
  platform?: string
  arch?: string
  executable?: (path: string) => boolean
  findSystem?: () => string | undefined
  loadPackaged?: () => Promise<{ executablePath: string; args: string[] }>
  playwrightInstalled?: () => Promise<boolean>
}

export declare function isExecutable(path: string): boolean
export declare function findSystemChromium(options?: { platform?: string; path?: string; executable?: (path: string) => boolean }): string | undefined
export declare function packagedChromium(): Promise<{ executablePath: string; args: string[] }>
export declare function playwrightChromiumInstalled(executable?: (path: string) => boolean): Promise<boolean>
export declare class ChromiumNotFoundError extends Error {
  constructor(detail: string)
}
export declare function resolveChromium(options?: ResolveChromiumOptions): Promise<ChromiumLaunch>
