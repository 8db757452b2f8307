/// <reference path="./raw.d.ts" />
import css from './page/inspector.css?raw'
import html from './page/inspector.html?raw'
import script from './page/inspector.js?raw'

/** The page's files by name under the inspector path, bundled with the package (no CDN). */
export const INSPECTOR_ASSETS: Readonly<Record<string, { type: string; body: string }>> = {
  '': { type: 'text/html; charset=utf-8', body: html },
  'inspector.css': { type: 'text/css; charset=utf-8', body: css },
  'inspector.js': { type: 'text/javascript; charset=utf-8', body: script },
}
