#!/usr/bin/env node
// `npm run bench`: costs measured side by side in one run and reported as ratios, never as timed
// assertions. (1) The whole rule set against bare remark-parse on the same drafts, in this process;
// (2) a warm --cache run against a cold one, through the real CLI.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {LintSession} from '@gazette-lint/engine'
import {splitGazette, toDraftMarkdown} from '@gazette-lint/gazette'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = path.join(root, '..', 'shared', 'corpus')
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)

/** The drafts to measure: the 74 notices of the corpus when it is beside the clone, else the examples. */
function drafts() {
  if (existsSync(corpus)) {
    return readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => splitGazette(readFileSync(path.join(corpus, name), 'utf8'), {source: name.slice(0, 3)}).map((doc) => toDraftMarkdown(doc)))
  }
  const dir = path.join(root, 'examples')
  return readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => readFileSync(path.join(dir, name), 'utf8'))
}

const texts = drafts()
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const bare = () => {
  for (const text of texts) parser.parse(text)
}
// One session, as an editor keeps one: each round hands it every text again (parse + model) and lints them.
const session = new LintSession({cwd: root, config: {today: '2026-11-23'}})
const paths = texts.map((_, index) => `d${index}.md`)
const full = () => {
  texts.forEach((text, index) => session.update(paths[index], text))
  return session.lintAll(paths)
}

// Warm both paths up, then alternate them so that neither gets a quieter machine.
bare()
await full()
const times = {bare: [], full: []}
for (let round = 0; round < rounds; round++) {
  let start = performance.now()
  bare()
  times.bare.push(performance.now() - start)
  start = performance.now()
  await full()
  times.full.push(performance.now() - start)
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ratio = median(times.full) / median(times.bare)
console.log(`drafts: ${texts.length} (${(bytes / 1024).toFixed(0)} KiB), rounds: ${rounds}`)
console.log(`rules vs bare remark-parse: ${ratio.toFixed(2)}× (parse + model + every rule, over parse alone; budget 1.30×)`)

// Cache: a cold run writes it, a warm run over unchanged drafts runs no rule.
const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-bench-'))
texts.forEach((text, index) => writeFileSync(path.join(work, `d${String(index).padStart(3, '0')}.md`), text))
const cli = (args) => {
  const start = performance.now()
  const result = spawnSync(process.execPath, [path.join(root, 'packages', 'cli', 'dist', 'bin.js'), ...args], {cwd: work, env: {...process.env, GAZETTE_LINT_TODAY: '2026-11-23'}})
  if (result.status === 2) throw new Error(String(result.stderr))
  return performance.now() - start
}
const cold = []
const warm = []
for (let round = 0; round < Math.max(3, Math.ceil(rounds / 2)); round++) {
  rmSync(path.join(work, '.gazettelintcache'), {force: true})
  cold.push(cli(['--cache', '--format', 'json', '.']))
  warm.push(cli(['--cache', '--format', 'json', '.']))
}
const noCache = cli(['--format', 'json', '.'])
console.log(`--cache warm vs cold (whole CLI process): ${(median(warm) / median(cold)).toFixed(2)}× (cold ${median(cold).toFixed(0)} ms, warm ${median(warm).toFixed(0)} ms, no cache ${noCache.toFixed(0)} ms)`)
rmSync(work, {recursive: true, force: true})
console.log(`memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB after ${rounds + 1} full runs in this process`)

// Language server: didChange → publishDiagnostics for a 20 KiB notice, over stdio as an editor sees it (the
// debounce set to 0, so the pause for typing is not counted), beside a bare remark-parse of the same text.
{
  const {spawn} = await import('node:child_process')
  const {pathToFileURL} = await import('node:url')
  const rpc = await import('vscode-jsonrpc/node.js')
  const numerals = ['四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十']
  let notice = readFileSync(path.join(root, 'examples', 'qinxian-clean-cover-plan.md'), 'utf8').trimEnd()
  for (let section = 0; Buffer.byteLength(notice) < 20 * 1024; section++) {
    notice += `\n\n## ${numerals[section % numerals.length]}、加强第${section + 1}项重点工作\n`
    for (let item = 1; item <= 6; item++) notice += `\n（${'一二三四五六'[item - 1]}）推进第${section + 1}.${item}项任务。各部门按照职责分工，细化工作措施，明确完成时限，确保任务按期完成。（县行政审批服务管理局牵头，县直相关部门配合）\n`
  }
  const server = spawn(process.execPath, [path.join(root, 'packages', 'language-server', 'bin', 'gazette-lint-language-server.js'), '--stdio'], {env: {...process.env, GAZETTE_LINT_TODAY: '2026-11-23'}})
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin))
  const uri = pathToFileURL(path.join(root, 'examples', 'bench-20k.md')).href
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', ({uri: published, version}) => {
    if (published === uri) waiting.get(version)?.()
  })
  // As VS Code: it watches files for the server, so the server does not re-check them on every lint.
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const capabilities = {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}}
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(path.join(root, 'examples')).href, capabilities, initializationOptions: {debounce: 0}})
  await connection.sendNotification('initialized', {})
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  let version = 1
  let first = published(version)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text: notice}})
  await first
  const latencies = []
  const changes = Math.max(20, rounds * 6)
  for (let change = 0; change < changes; change++) {
    version++
    const done = published(version)
    const start = performance.now()
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: `${notice}\n\n（此处修改${change}）\n`}]})
    await done
    latencies.push(performance.now() - start)
  }
  const parses = []
  for (let round = 0; round < changes; round++) {
    const start = performance.now()
    parser.parse(notice)
    parses.push(performance.now() - start)
  }
  const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]
  console.log(
    `language server didChange → publishDiagnostics (${(Buffer.byteLength(notice) / 1024).toFixed(0)} KiB notice, ${changes} changes): median ${median(latencies).toFixed(1)} ms, p95 ${p95(latencies).toFixed(1)} ms; bare remark-parse of the same text: median ${median(parses).toFixed(1)} ms, p95 ${p95(parses).toFixed(1)} ms`,
  )
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
}

// The web page (packages/web): its size, and how soon it shows a draft's first findings after it is opened.
{
  const {benchWebPage} = await import('../packages/web/scripts/bench-web.mjs')
  for (const line of await benchWebPage({draft: path.join(root, 'examples', 'lingchuan-clean-direct.md'), rounds})) console.log(line)
}
