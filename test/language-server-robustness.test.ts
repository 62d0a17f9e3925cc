/**
 * The language server under what a long day in an editor brings: configs that break and mend, settings,
 * clients without file watching, malformed requests. It says what is wrong and keeps serving.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {clientStarter, exampleWorkspace, SERVER_BIN, uriOf} from './helpers/lsp.js'
import {ROOT} from './helpers/rule-docs.js'

const workspace = exampleWorkspace()
afterAll(() => rmSync(workspace, {recursive: true, force: true}))
const started = clientStarter(workspace)

const EXAMPLE = readFileSync(path.join(workspace, 'pingshun-bad-number-brackets.md'), 'utf8')

/** A folder of its own under the workspace, with a copy of the faulty example and, when given, a config. */
function subfolder(name: string, config?: string): {dir: string; draft: string; rc: string} {
  const dir = path.join(workspace, name)
  mkdirSync(dir, {recursive: true})
  const draft = path.join(dir, 'draft.md')
  // A number of its own, so the example on disk is no duplicate.
  writeFileSync(draft, EXAMPLE.replace('[2026]8号', `[2026]${100 + name.length}号`))
  const rc = path.join(dir, '.gazettelintrc.json')
  if (config !== undefined) writeFileSync(rc, config)
  return {dir, draft, rc}
}

describe('configs, profiles and settings', () => {
  it('shows a broken config on the config file and on the draft, and clears both once the config is mended', async () => {
    const {draft, rc} = subfolder('broken', '{\n  "rules": {\n    "date-valid": "loud"\n  }\n}\n')
    const client = await started()
    await client.open(draft)
    const onConfig = await client.diagnostics(rc)
    expect(onConfig).toHaveLength(1)
    expect(onConfig[0]).toMatchObject({code: 'config', severity: 1, source: 'gazette-lint', range: {start: {line: 2}}})
    expect(onConfig[0].message).toContain('/rules/date-valid')
    const [onDraft] = await client.diagnostics(draft, {version: 1})
    expect(onDraft).toMatchObject({code: 'fatal', severity: 1, relatedInformation: [{location: {uri: uriOf(rc)}}]})
    expect(onDraft.message).toMatch(/^适用于本草稿的配置文件有误：/u)

    const after = client.published.length
    writeFileSync(rc, '{"rules": {"doc-number-format": "warning"}}\n')
    await client.filesChanged([{file: rc, type: 2}])
    expect(await client.diagnostics(rc, {after})).toEqual([])
    const relinted = await client.until('the draft linted with the mended config', () => client.published.slice(after).find((p) => p.uri === uriOf(draft)))
    expect(relinted.diagnostics.map((d) => `${d.code} ${d.severity}`)).toEqual(['doc-number-format 2'])
    expect(client.process.exitCode).toBeNull()
  })

  it('reads a config again when it changes on disk, once told through workspace/didChangeWatchedFiles', async () => {
    const {draft, rc} = subfolder('severity', '{}\n')
    const client = await started()
    await client.open(draft)
    expect((await client.diagnostics(draft, {version: 1})).map((d) => `${d.code} ${d.severity}`)).toEqual(['doc-number-format 1'])
    const after = client.published.length
    writeFileSync(rc, '{"rules": {"doc-number-format": "off"}}\n')
    await client.filesChanged([{file: rc, type: 2}])
    expect(await client.until('the draft linted again', () => client.published.slice(after).find((p) => p.uri === uriOf(draft))?.diagnostics)).toEqual([])
  })

  it('reads the registry the config names, and again when a published document goes', async () => {
    const dir = path.join(workspace, 'registry')
    cpSync(path.join(ROOT, 'test/fixtures/registry'), dir, {recursive: true})
    const draft = path.join(dir, 'drafts', 'reuses-published-draft.md')
    const client = await started()
    await client.open(draft)
    const published = '发文字号“陵政办发〔2026〕50号”已被已发布的文件使用：《关于做好2026年春季森林防火宣传工作的通知》'
    expect((await client.diagnostics(draft, {version: 1})).map((d) => d.message)).toContain(published)
    const after = client.published.length
    rmSync(path.join(dir, 'published', '2026-50.md'))
    await client.filesChanged([{file: path.join(dir, 'published', '2026-50.md'), type: 3}])
    const relinted = await client.until('the draft linted without the published document', () => client.published.slice(after).find((p) => p.uri === uriOf(draft)))
    expect(relinted.diagnostics.filter((d) => d.code === 'doc-number-unique')).toEqual([])
  })

  it('re-checks configs on every lint for a client that cannot watch files (Neovim 0.7)', async () => {
    const {draft, rc} = subfolder('unwatched', '{}\n')
    const client = await started({watchFiles: false})
    await client.open(draft)
    expect((await client.diagnostics(draft, {version: 1})).map((d) => d.code)).toEqual(['doc-number-format'])
    writeFileSync(rc, '{"lang": "en"}\n')
    const after = client.published.length
    await client.change(draft, 2, readFileSync(draft, 'utf8'))
    const [english] = await client.diagnostics(draft, {version: 2, after})
    expect(english.message).toBe('The year of the document number belongs in 〔〕, not "[]": write "平政办发〔2026〕109号"')
    expect(client.registrations).toEqual([])
  })

  it('speaks the language of the editor setting, over the config, and warns about a setting it cannot use', async () => {
    const {draft} = subfolder('english')
    const client = await started({settings: {lang: 'en', debounce: 'soon'}})
    await client.open(draft)
    const [diagnostic] = await client.diagnostics(draft, {version: 1})
    expect(diagnostic.message).toMatch(/^The year of the document number belongs in 〔〕/u)
    expect(await client.until('a warning about debounce', () => client.logs.find((log) => log.includes('gazetteLint.debounce')))).toBe(
      'gazette-lint: the setting "gazetteLint.debounce" = "soon" is not valid and was ignored (0–10000 ms)',
    )
  })
})

describe('malformed input', () => {
  it('survives malformed JSON, wrong params and unknown methods, and goes on linting', async () => {
    const client = await started()
    const body = '{"jsonrpc": "2.0", "id": 99, "method": '
    client.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    await expect(client.connection.sendRequest('textDocument/hover', {})).rejects.toThrow('textDocument/hover: textDocument, position missing from the params')
    await expect(client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: 'file:///nowhere.md'}})).rejects.toThrow('range, context missing')
    await expect(client.connection.sendRequest('textDocument/codeAction', {})).rejects.toThrow('textDocument, range, context missing')
    const nowhere = {textDocument: {uri: 'file:///nowhere.md'}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}}
    await expect(client.connection.sendRequest('textDocument/codeAction', nowhere)).resolves.toEqual([])
    await expect(client.connection.sendRequest('gazette/unknown', {})).rejects.toThrow(/Unhandled method/)
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: 'file:///never-opened.md', version: 3}, contentChanges: [{text: 'x'}]})
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 'file:///tmp/draft-without-text.md', languageId: 'markdown', version: 1}})
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: 'not a uri', type: 2}]})
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: 'nonsense'})

    const draft = path.join(workspace, 'pingshun-bad-number-brackets.md')
    await client.open(draft)
    expect((await client.diagnostics(draft, {version: 1})).map((d) => d.code)).toEqual(['doc-number-format'])
    expect(client.process.exitCode).toBeNull()
  })
})

describe('the command', () => {
  it('prints its version and help, and refuses a transport it does not speak', () => {
    const version = spawnSync(process.execPath, [SERVER_BIN, '--version'], {encoding: 'utf8'})
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(path.join(SERVER_BIN, '../../package.json'), 'utf8')).version}\n`)
    const help = spawnSync(process.execPath, [SERVER_BIN, '--help'], {encoding: 'utf8'})
    expect(help.stdout).toMatch(/^gazette-lint-language-server \[--stdio\]/u)
    const socket = spawnSync(process.execPath, [SERVER_BIN, '--socket=5000'], {encoding: 'utf8'})
    expect(socket.status).toBe(2)
    expect(socket.stderr).toBe('gazette-lint-language-server: --socket=5000 is not supported; start the server with --stdio\n')
  })
})
