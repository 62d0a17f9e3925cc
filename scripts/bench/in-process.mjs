/**
 * The figures measured inside one process: the rule set against bare remark-parse on the same texts (what
 * an editor's session pays per lint, start-up excluded), and the language server's latency from didChange to
 * publishDiagnostics, over stdio as an editor sees it.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {LintSession} from '@gazette-lint/engine'
import {median} from './processes.mjs'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]

/** Parse + model + every rule over parse alone, in one session as an editor keeps one, alternating. */
export async function rulesInProcess(texts, {root, rounds}) {
  const bare = () => {
    for (const text of texts) parser.parse(text)
  }
  const session = new LintSession({cwd: root, config: {today: '2026-11-23'}})
  const paths = texts.map((_, index) => `d${index}.md`)
  const full = () => {
    texts.forEach((text, index) => session.update(paths[index], text))
    return session.lintAll(paths)
  }
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
  return {drafts: texts.length, bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0), bare: median(times.bare), full: median(times.full), rssMiB: process.memoryUsage().rss / 2 ** 20}
}

/** A 20 KiB notice: the example cover plan with sections of items added. */
function longNotice(root) {
  const numerals = ['四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十']
  let notice = readFileSync(path.join(root, 'examples', 'qinxian-clean-cover-plan.md'), 'utf8').trimEnd()
  for (let section = 0; Buffer.byteLength(notice) < 20 * 1024; section++) {
    notice += `\n\n## ${numerals[section % numerals.length]}、加强第${section + 1}项重点工作\n`
    for (let item = 1; item <= 6; item++) notice += `\n（${'一二三四五六'[item - 1]}）推进第${section + 1}.${item}项任务。各部门按照职责分工，细化工作措施，明确完成时限，确保任务按期完成。（县行政审批服务管理局牵头，县直相关部门配合）\n`
  }
  return notice
}

/** Changes sent after the open and not counted: the server's code is compiled by then, as in an editor's session. */
const WARM_UP_CHANGES = 10
/** Changes measured: a p95 of 20 would be the second-slowest of them; of 100, one every twenty. */
const MEASURED_CHANGES = 100

/**
 * didChange → publishDiagnostics for a 20 KiB notice (the debounce set to 0, so the pause for typing is
 * not counted), beside a bare remark-parse of the same text. The first changes after the open are
 * reported apart (`warmUpMax`): an editor's session pays them once.
 */
export async function languageServerLatency({root}) {
  const rpc = await import('vscode-jsonrpc/node.js')
  const notice = longNotice(root)
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
  const first = published(version)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text: notice}})
  await first
  const latencies = []
  const changes = MEASURED_CHANGES
  for (let change = -WARM_UP_CHANGES; change < changes; change++) {
    version++
    const done = published(version)
    const start = performance.now()
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: `${notice}\n\n（此处修改${change}）\n`}]})
    await done
    latencies.push(performance.now() - start)
  }
  const warmUp = latencies.splice(0, WARM_UP_CHANGES)
  const parses = []
  for (let round = 0; round < changes; round++) {
    const start = performance.now()
    parser.parse(notice)
    parses.push(performance.now() - start)
  }
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  return {bytes: Buffer.byteLength(notice), changes, warmUpChanges: WARM_UP_CHANGES, warmUpMax: Math.max(...warmUp), median: median(latencies), p95: p95(latencies), parseMedian: median(parses), parseP95: p95(parses)}
}
