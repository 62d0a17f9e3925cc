#!/usr/bin/env node
/**
 * Where a run's time goes: runs the installed command (packed as the bench packs it) under `node
 * --cpu-prof` on one of the bench's corpora, then sums the profile's samples by the package their code
 * came from (the bundle marks each module it holds with a `// path` comment) and, with `--package`, by
 * function inside one package. What the bench cannot show as a ratio.
 *
 *   node scripts/bench/cpu-profile.mjs [notices|one|large|warm] [--package packages/core] [--concurrency 2]
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {writeCorpora} from './corpora.mjs'
import {packInstalled} from './installed.mjs'

const {values, positionals} = parseArgs({allowPositionals: true, options: {package: {type: 'string'}, concurrency: {type: 'string'}, top: {type: 'string', default: '25'}}})
const runCase = positionals[0] ?? 'notices'
const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-profile-'))
const top = Number(values.top)

/** Which module of the bundle each line belongs to, from esbuild's `// node_modules/x/…` and `// packages/x/…` comments. */
function moduleIndex(file) {
  const marks = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const mark = /^\/\/ (node_modules\/(?:@[^/]+\/)?[^/]+|packages\/[^/]+|rules)\//.exec(line)
      if (mark) marks.push([index, mark[1].replace(/^packages\/(\w[\w-]*)$/, 'packages/$1')])
    })
  return marks
}

try {
  const cli = await packInstalled(root, scratch)
  const bundle = path.join(path.dirname(path.dirname(cli)), 'bundle')
  const corpora = path.join(scratch, 'corpora')
  writeCorpora(path.join(root, '..', 'shared', 'corpus'), corpora)
  const cacheFile = path.join(scratch, 'cache.json')
  const target = {notices: ['--format', 'json', 'notices'], warm: ['--cache', '--cache-location', cacheFile, '--format', 'json', 'notices'], one: ['one.md'], large: ['--max-file-size', '4MB', '--format', 'json', 'gazettes.md']}[runCase]
  if (!target) throw new Error(`unknown case ${runCase}: notices, warm, one or large`)
  const args = [...(values.concurrency ? ['--concurrency', values.concurrency] : []), ...target]
  const env = {...process.env, GAZETTE_LINT_TODAY: '2026-11-23'}
  // The cache filled, then filled again once the drafts just written are a second old: the cache trusts the stamp of
  // no file changed less than a second before it was read (engine draft-store.ts), and the profiled run would hash them.
  if (runCase === 'warm') {
    const fillCache = () => spawnSync(process.execPath, [cli, ...args], {cwd: corpora, env, stdio: 'ignore'})
    fillCache()
    fillCache()
  }
  const profiles = path.join(scratch, 'profiles')
  spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, cli, ...args], {cwd: corpora, env, stdio: 'ignore'})

  const indexes = new Map()
  const moduleOf = ({url, lineNumber}) => {
    if (!url) return '(V8: garbage collector, program, idle)'
    if (!url.startsWith('file://') || !url.includes(bundle)) return `node:${url.replace(/^node:/, '').replace(/^.*\//, '')}`
    const file = fileURLToPath(url)
    if (!indexes.has(file)) indexes.set(file, moduleIndex(file))
    let name = path.basename(file)
    for (const [line, module] of indexes.get(file)) {
      if (line > lineNumber) break
      name = module
    }
    return name
  }
  // The main thread's profile (a worker thread writes one of its own): the largest.
  const [main] = readdirSync(profiles).map((name) => path.join(profiles, name)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)
  const profile = JSON.parse(readFileSync(main, 'utf8'))
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const sums = new Map()
  let total = 0
  profile.samples.forEach((id, index) => {
    const {callFrame} = nodes.get(id)
    const module = moduleOf(callFrame)
    const key = values.package ? (module === values.package ? `${callFrame.functionName || '(top level)'} :${callFrame.lineNumber}` : undefined) : module
    const delta = profile.timeDeltas[index] ?? 0
    total += delta
    if (key) sums.set(key, (sums.get(key) ?? 0) + delta)
  })
  console.log(`gazette-lint ${args.join(' ')}: ${(total / 1000).toFixed(0)} ms sampled on the main thread${values.package ? `, functions of ${values.package}` : ''}`)
  console.log('\n| ms | share | where |\n|---:|---:|---|')
  for (const [key, micros] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${(micros / 1000).toFixed(0)} | ${((100 * micros) / total).toFixed(1)}% | ${key} |`)
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
