import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
const root = process.cwd()
const rpc = await import('vscode-jsonrpc/node.js')
const numerals = ['四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十']
let notice = readFileSync(path.join(root, 'examples', 'qinxian-clean-cover-plan.md'), 'utf8').trimEnd()
for (let section = 0; Buffer.byteLength(notice) < 20 * 1024; section++) {
  notice += `\n\n## ${numerals[section % numerals.length]}、加强第${section + 1}项重点工作\n`
  for (let item = 1; item <= 6; item++) notice += `\n（${'一二三四五六'[item - 1]}）推进第${section + 1}.${item}项任务。各部门按照职责分工，细化工作措施，明确完成时限，确保任务按期完成。（县行政审批服务管理局牵头，县直相关部门配合）\n`
}
const server = spawn(process.execPath, [...(process.env.NODEFLAGS ? process.env.NODEFLAGS.split(' ') : []), path.join(root, 'packages', 'language-server', 'bin', 'gazette-lint-language-server.js'), '--stdio'], {env: {...process.env, GAZETTE_LINT_TODAY: '2026-11-23'}})
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin))
const uri = pathToFileURL(path.join(root, 'examples', 'bench-20k.md')).href
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', ({uri: published, version}) => { if (published === uri) waiting.get(version)?.() })
connection.onRequest('client/registerCapability', () => null)
connection.listen()
await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(path.join(root, 'examples')).href, capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}}, initializationOptions: {debounce: 0}})
await connection.sendNotification('initialized', {})
const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
let version = 1
const first = published(version)
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text: notice}})
await first
const lat = []
for (let change = 0; change < Number(process.argv[2] ?? 20); change++) {
  version++
  const done = published(version)
  const start = performance.now()
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: `${notice}\n\n（此处修改${change}）\n`}]})
  await done
  lat.push(performance.now() - start)
}
console.log(lat.map((x) => x.toFixed(1)).join(' '))
await connection.sendRequest('shutdown'); await connection.sendNotification('exit'); connection.dispose()
