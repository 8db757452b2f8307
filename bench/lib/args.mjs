import { MB } from './stats.mjs'

const USAGE = `Usage: pnpm bench [--quick] [--runs N] [--size MB] [--memory-sizes MB,MB] [--render-size MB]
                  [--browser-size MB] [--first-byte-size MB]
                  [--only throughput,memory,cpu,size,renders,browser,chunk-size,prepare] [--no-build] [--write-md]

  --quick          32 MB files, 1 measured run (memory: 16 and 32 MB, 3 runs), short CPU
                   loops: checks the harness, not the numbers
  --runs N         measured runs per client after one warm-up (default 3; the memory
                   check takes at least 3, its size check compares medians)
  --size MB        throughput file size (default 256)
  --memory-sizes   file sizes core's memory is checked at (default 64,256)
  --render-size MB file size of the render count (default 50)
  --browser-size MB  file size of core against a bare XHR loop in Chromium (default 256)
  --first-byte-size MB  file size of the time to the first APPEND byte (default 512)
  --only           run only these sections
  --no-build       use the packages' dist as it is
  --write-md       regenerate BENCHMARKS.md from this run`

const SECTIONS = ['throughput', 'memory', 'cpu', 'size', 'renders', 'browser', 'chunk-size', 'prepare']

function positive(flag, value) {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} needs a whole number above 0, got ${value}\n\n${USAGE}`)
  return number
}

/** The options of `pnpm bench`. */
export function parseArgs(argv) {
  const quick = argv.includes('--quick')
  const options = {
    quick,
    runs: quick ? 1 : 3,
    sizeBytes: (quick ? 32 : 256) * MB,
    memorySizes: (quick ? [16, 32] : [64, 256]).map((mb) => mb * MB),
    renderBytes: (quick ? 8 : 50) * MB,
    browserBytes: (quick ? 32 : 256) * MB,
    firstByteBytes: (quick ? 64 : 512) * MB,
    sections: new Set(SECTIONS),
    build: true,
    writeMarkdown: false,
    cpuBudgetMs: quick ? 200 : 1500,
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--quick':
        break
      case '--runs':
        options.runs = positive(flag, value())
        break
      case '--size':
        options.sizeBytes = positive(flag, value()) * MB
        break
      case '--memory-sizes':
        options.memorySizes = value().split(',').map((mb) => positive(flag, mb) * MB)
        break
      case '--render-size':
        options.renderBytes = positive(flag, value()) * MB
        break
      case '--browser-size':
        options.browserBytes = positive(flag, value()) * MB
        break
      case '--first-byte-size':
        options.firstByteBytes = positive(flag, value()) * MB
        break
      case '--only': {
        const wanted = value().split(',')
        const unknown = wanted.filter((name) => !SECTIONS.includes(name))
        if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}\n\n${USAGE}`)
        options.sections = new Set(wanted)
        break
      }
      case '--no-build':
        options.build = false
        break
      case '--write-md':
        options.writeMarkdown = true
        break
      case '--help':
      case '-h':
        console.log(USAGE)
        process.exit(0)
        break
      default:
        throw new Error(`unknown option ${flag}\n\n${USAGE}`)
    }
  }
  return options
}
