// `pnpm test:example`: the example app (examples/composer) installed as a user would
// install it, on every Node major found here: the three packages packed into tarballs,
// installed with npm into a copy of the app outside the workspace, type-checked and built,
// the production bundle checked for msw, and the mock build smoke-tested in Chromium.
// Fails on an npm engine or peer warning: the packages must install cleanly where they
// claim to. EXAMPLE_NODES=/path/a:/path/b picks the Node binaries; KEEP_EXAMPLE=1 keeps
// the temporary folder.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, startUntil } from './child-process.mjs'
import { smokeTestExample } from './example-smoke.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const EXAMPLE = join(ROOT, 'examples', 'composer')
const PACKAGES = { core: 'dependencies', react: 'dependencies', msw: 'devDependencies' }
// What msw puts in a bundle: the worker's file name, `setupWorker`, its log prefix.
const MSW_CODE = /mockServiceWorker|setupWorker|\[MSW\]/
const INSTALL_PROBLEM = /EBADENGINE|ERESOLVE|peer dep|unsupported engine|conflicting peer/i
// The oldest Node the packages claim (their `engines`): older ones found on PATH are skipped.
const MIN_NODE_MAJOR = Number(/\d+/.exec(JSON.parse(readFileSync(join(ROOT, 'packages', 'react', 'package.json'), 'utf8')).engines.node)?.[0])

const started = Date.now()
const step = (message) => console.log(`--- example (${Math.round((Date.now() - started) / 1000)} s): ${message}`)

/** The Node binaries to try, one per major: EXAMPLE_NODES, else this one and each `node` on PATH. */
function nodeBinaries() {
  const listed = process.env.EXAMPLE_NODES?.split(delimiter).filter(Boolean)
  const onPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node'))
  const byMajor = new Map()
  for (const candidate of listed ?? [process.execPath, ...onPath]) {
    let version
    try {
      version = execFileSync(candidate, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    } catch {
      continue
    }
    const major = version.slice(1).split('.')[0]
    if (Number(major) >= MIN_NODE_MAJOR && !byMajor.has(major)) byMajor.set(major, { path: realpathSync(candidate), version })
  }
  return [...byMajor.values()]
}

/** The environment of a user's shell: `node` is the one under test, nothing from this workspace or pnpm. */
function userEnv(node) {
  const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.startsWith(ROOT))
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|PNPM_|INIT_CWD$|NODE_OPTIONS$|NODE_PATH$)/i.test(key)))
  return { ...env, PATH: [dirname(node.path), ...path].join(delimiter), CI: 'true' }
}

/** npm's own CLI script, run with the Node under test (npm checks engines against it). */
function npmCli() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      const cli = realpathSync(join(dir, 'npm'))
      if (cli.endsWith(`${sep}npm-cli.js`)) return cli
    } catch {}
  }
  throw new Error('npm is not on PATH: the example is installed with npm, as a user would')
}

async function packPackages(into) {
  for (const name of Object.keys(PACKAGES)) {
    const dir = join(ROOT, 'packages', name)
    if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${name} is not built: run \`pnpm build\` first`)
    await run('pnpm', ['pack', '--pack-destination', into], { cwd: dir })
  }
  return Object.fromEntries(readdirSync(into).map((file) => [file.replace(/^tweet-media-(\w+)-.*$/, '$1'), join(into, file)]))
}

/** A copy of the example with the tarballs where a user's package.json has the registry versions. */
function copyExample(to, tarballs) {
  cpSync(EXAMPLE, to, { recursive: true, filter: (source) => !/[/\\](node_modules|dist|dist-mock)$|mockServiceWorker\.js$/.test(source) })
  const manifest = JSON.parse(readFileSync(join(to, 'package.json'), 'utf8'))
  for (const [name, field] of Object.entries(PACKAGES)) manifest[field][`@tweet-media/${name}`] = `file:${tarballs[name]}`
  writeFileSync(join(to, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map((file) => join(dir, String(file))).filter((file) => statSync(file).isFile())
}

/** Fails unless msw is absent from the production build and present in the mock build. */
function checkBundles(app) {
  const carrying = (dir) => filesUnder(join(app, dir)).filter((file) => MSW_CODE.test(readFileSync(file, 'latin1'))).map((file) => relative(app, file))
  const production = carrying('dist')
  if (production.length > 0) throw new Error(`msw code in the production build: ${production.join(', ')}`)
  if (carrying('dist-mock').length === 0) throw new Error('no msw code in the mock build: the bundle check would not see it either')
}

const installedVersion = (app, name) => JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).version

/** The mock's own command, on the Node under test: it starts and answers an INIT as X would. */
async function checkMockServer(app, node, env) {
  const cli = join(app, 'node_modules', '@tweet-media', 'msw', 'dist', 'cli.js')
  const { match, stop } = await startUntil(node.path, [cli, '--port', '0'], { cwd: app, env }, /listening on (http:\/\/\S+)/)
  try {
    const response = await fetch(`${match[1]}/2/media/upload/initialize`, {
      method: 'POST',
      headers: { Authorization: 'Bearer example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ media_type: 'image/png', total_bytes: 1024, media_category: 'tweet_image' }),
    })
    const body = await response.json()
    if (response.status !== 200 || typeof body?.data?.id !== 'string') throw new Error(`tweet-media-mock answered ${response.status} ${JSON.stringify(body)}`)
  } finally {
    stop()
  }
}

/** npm install, the shipped files, the mock server, both builds and the bundle check; answers the app folder and what was installed. */
async function installAndBuild(node, tarballs, work, npm) {
  const app = join(work, `node-${node.version}`)
  const env = userEnv(node)
  const npmRun = (...args) => run(node.path, [npm, ...args], { cwd: app, env })
  copyExample(app, tarballs)

  step(`${node.version}: npm install`)
  const install = await npmRun('install', '--no-audit', '--no-fund', '--prefer-offline')
  const problems = install.split('\n').filter((line) => INSTALL_PROBLEM.test(line))
  if (problems.length > 0) throw new Error(`npm install on Node ${node.version} warned:\n${problems.join('\n')}`)
  for (const name of Object.keys(PACKAGES)) {
    if (!existsSync(join(app, 'node_modules', '@tweet-media', name, 'LICENSE'))) throw new Error(`@tweet-media/${name} ships no LICENSE`)
  }
  const versions = ['msw', 'react-dropzone', 'react', 'vite'].map((name) => `${name} ${installedVersion(app, name)}`).join(', ')

  step(`${node.version}: tweet-media-mock, msw init, tsc + vite build, vite build --mode mock`)
  await checkMockServer(app, node, env)
  await run(join(app, 'node_modules', '.bin', 'msw'), ['init', 'public', '--save'], { cwd: app, env })
  await npmRun('run', 'build')
  await npmRun('run', 'build:mock')
  checkBundles(app)
  return { node, app, versions }
}

const work = mkdtempSync(join(tmpdir(), 'tweet-media-example-'))
try {
  step('pnpm pack')
  const tarballs = await packPackages(join(work, 'packs'))
  const npm = npmCli()
  // Installs and builds side by side (mostly waiting on the network and disk); one browser at a time.
  const built = await Promise.all(nodeBinaries().map((node) => installAndBuild(node, tarballs, work, npm)))
  for (const { node, app, versions } of built) {
    step(`${node.version}: smoke test in headless Chromium`)
    const postId = await smokeTestExample(join(app, 'dist-mock'))
    console.log(`example on Node ${node.version}: installed without engine or peer warnings (${versions}); tweet-media-mock answers; built; no msw in the production build; posted ${postId}`)
  }
} finally {
  if (process.env.KEEP_EXAMPLE) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
