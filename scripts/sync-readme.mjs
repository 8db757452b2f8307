// Keeps the root README's API sections identical to the package READMEs (one source for
// each text). Regions look like:
//   <!-- include: packages/core/README.md -->
//   …generated…
//   <!-- end include -->
// `node scripts/sync-readme.mjs` rewrites README.md; the unit test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REGION = /(<!-- include: (\S+) -->\n)[\s\S]*?(<!-- end include -->)/g

/** A package README as a section of the root one: headings one level deeper, links from the root. */
export function asSection(markdown, path) {
  const folder = path.split('/').slice(0, -1).join('/')
  let inFence = false
  return markdown
    .trim()
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) inFence = !inFence
      if (!inFence && /^#{1,5} /.test(line)) return `#${line}`
      // Relative links point at the package folder when read from the root.
      return inFence ? line : line.replace(/\]\((\.\.?\/[^)]*)\)/g, (_, link) => `](${new URL(link, `file:///${folder}/`).pathname.slice(1)})`)
    })
    .join('\n')
}

/** The root README with every include region filled from its file. */
export function renderReadme(root = ROOT) {
  const readme = readFileSync(`${root}/README.md`, 'utf8')
  return readme.replace(REGION, (_, open, path, close) => `${open}${asSection(readFileSync(`${root}/${path}`, 'utf8'), path)}\n${close}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${ROOT}/README.md`, renderReadme())
}
