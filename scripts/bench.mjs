#!/usr/bin/env node
// `npm run bench`: what users pay, measured side by side in one run and reported as ratios, never as timed
// assertions. Whole processes of the command as it is installed (the bundled package, packed here into a
// scratch folder) alternate with a bare-parse floor (scripts/bench/floor.mjs) and with remark-cli (no
// preset: reading, parsing and compiling the file, the least it pays), on
// corpora generated from ../shared/corpus (scripts/bench/corpora.mjs); then the in-process figures. The
// table is printed and written to bench/results/latest.{json,md}. BENCH_ROUNDS sets the rounds (default 3, which keeps a run of a loaded 2-core machine under 5 minutes).
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusNotices, writeCorpora} from './bench/corpora.mjs'
import {languageServerLatency, rulesInProcess} from './bench/in-process.mjs'
import {packInstalled} from './bench/installed.mjs'
import {alternate, nodeCommand, stats} from './bench/processes.mjs'
import {markdownReport, targetRows} from './bench/report.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = path.join(root, '..', 'shared', 'corpus')
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const began = performance.now()
if (!existsSync(corpus)) {
  console.error(`npm run bench needs the gazettes of ${corpus} to generate its corpora`)
  process.exit(2)
}
const loadBefore = os.loadavg()
const scratch = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-bench-'))
const say = (text) => process.stderr.write(`bench: ${text}\n`)

try {
  say('packing the command as it is installed (scripts/bundle.mjs)')
  const cli = await packInstalled(root, scratch)
  const checkoutCli = path.join(root, 'packages', 'cli', 'bin', 'gazette-lint.js')
  const floor = path.join(root, 'scripts', 'bench', 'floor.mjs')
  const remark = path.join(root, 'node_modules', 'remark-cli', 'cli.js')

  say('generating the corpora from ../shared/corpus')
  const corpora = writeCorpora(corpus, path.join(scratch, 'corpora'))
  const cwd = path.join(scratch, 'corpora')
  const env = {GAZETTE_LINT_TODAY: '2026-11-23'}
  // Half of the large file, to see time and memory grow with size.
  const notices74 = corpusNotices(corpus)
  const half = path.join(cwd, 'gazettes-half.md')
  writeFileSync(half, notices74.slice(0, Math.ceil(notices74.length / 2)).join('\n'))
  const halfBytes = Buffer.byteLength(readFileSync(half))
  const cacheFile = path.join(scratch, 'cache.json')

  say(`1,000 notices (${(corpora.notices.bytes / 2 ** 20).toFixed(2)} MiB): floor, serial, --concurrency 2, auto, warm --cache; ${rounds} rounds`)
  const noticeRuns = alternate(
    [
      nodeCommand('floor', [floor, 'notices'], {cwd}),
      nodeCommand('serial', [cli, '--format', 'json', 'notices'], {cwd, env}),
      nodeCommand('concurrency 2', [cli, '--concurrency', '2', '--format', 'json', 'notices'], {cwd, env}),
      nodeCommand('concurrency auto', [cli, '--concurrency', 'auto', '--format', 'json', 'notices'], {cwd, env}),
      nodeCommand('warm cache', [cli, '--cache', '--cache-location', cacheFile, '--format', 'json', 'notices'], {cwd, env}),
      // What any command pays before its first line runs: the warm run's own floor.
      nodeCommand('node start', ['-e', ''], {cwd}),
    ],
    {rounds, scratch},
  )

  say('one 3 KB notice: floor, gazette-lint (installed, and a checkout\'s dist/), remark-cli')
  const oneRuns = alternate(
    [
      nodeCommand('floor', [floor, 'one.md'], {cwd}),
      nodeCommand('gazette-lint', [cli, 'one.md'], {cwd, env}),
      nodeCommand('gazette-lint (checkout)', [checkoutCli, 'one.md'], {cwd, env}),
      // Without a preset: the least remark-cli pays for a file (with remark-preset-lint-recommended it pays more).
      nodeCommand('remark-cli', [remark, '--no-config', '--no-stdout', 'one.md'], {cwd}),
    ],
    {rounds: rounds * 2, scratch},
  )

  say('the five gazettes as one file, and its first half')
  const large = ['--max-file-size', '4MB', '--format', 'json']
  const largeRuns = alternate(
    [
      nodeCommand('floor half', [floor, half], {cwd}),
      nodeCommand('floor whole', [floor, 'gazettes.md'], {cwd}),
      nodeCommand('gazette-lint half', [cli, ...large, half], {cwd, env}),
      nodeCommand('gazette-lint whole', [cli, ...large, 'gazettes.md'], {cwd, env}),
    ],
    {rounds, scratch},
  )

  say('in process: the 74 notices, every rule against bare remark-parse')
  const texts = notices74
  const inProcess = await rulesInProcess(texts, {root, rounds})
  say('language server: didChange → publishDiagnostics')
  const server = await languageServerLatency({root})

  const summary = (runs) => Object.fromEntries([...runs].map(([name, list]) => [name, {wall: stats(list, 'wall'), cpu: stats(list, 'cpu'), rss: stats(list, 'rss')}]))
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
      loadBefore: loadBefore.map((value) => Number(value.toFixed(2))),
      loadAfter: os.loadavg().map((value) => Number(value.toFixed(2))),
    },
    rounds,
    corpora: {notices: corpora.notices, large: corpora.large, half: {bytes: halfBytes}, one: corpora.one},
    processes: {notices: summary(noticeRuns), one: summary(oneRuns), large: summary(largeRuns)},
    inProcess,
    server,
    seconds: 0,
  }
  result.seconds = Math.round((performance.now() - began) / 1000)
  result.targets = targetRows(result)
  const markdown = markdownReport(result)
  const out = path.join(root, 'bench', 'results')
  mkdirSync(out, {recursive: true})
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
  writeFileSync(path.join(out, 'latest.md'), markdown)
  process.stdout.write(markdown)
  say(`written to bench/results/latest.json and latest.md (${result.seconds} s)`)
} finally {
  rmSync(scratch, {recursive: true, force: true})
}

// The web page (packages/web): its size, and how soon it shows a draft's first findings after it is opened.
{
  const {benchWebPage} = await import('../packages/web/scripts/bench-web.mjs')
  for (const line of await benchWebPage({draft: path.join(root, 'examples', 'lingchuan-clean-direct.md'), rounds})) console.log(line)
}
