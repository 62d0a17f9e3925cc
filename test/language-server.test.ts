/**
 * The language server as an editor sees it: a real server process over stdio, driven with vscode-jsonrpc.
 * Diagnostics on open, a quick fix applied, the diagnostics gone; hover; fix-all; the drafts of the whole
 * workspace folder; configs read again when they change; positions in UTF-16.
 */
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CodeAction, Diagnostic, Hover, TextEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, describe, expect, it} from 'vitest'
import {clientStarter, exampleWorkspace, uriOf} from './helpers/lsp.js'
import {ROOT} from './helpers/rule-docs.js'

const workspace = exampleWorkspace()
afterAll(() => rmSync(workspace, {recursive: true, force: true}))
const started = clientStarter(workspace)

const BRACKETS = path.join(workspace, 'pingshun-bad-number-brackets.md')
/** The rule's page as the repository ships it (the default docs base). */
const RULE_PAGE = pathToFileURL(path.join(ROOT, 'rules/doc-number/doc-number-format/README.md')).href
const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({code, range: {start, end}, severity}) => `${start.line}:${start.character}-${end.line}:${end.character} ${severity} ${code}`)

/** Applies a code action's edit to the text, as the editor does. */
function applied(text: string, action: CodeAction, uri: string): string {
  const change = action.edit?.documentChanges?.[0] as {textDocument: {uri: string}; edits: TextEdit[]} | undefined
  expect(change?.textDocument.uri).toBe(uri)
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), change!.edits)
}

describe('gazette-lint-language-server over stdio', () => {
  it('shows a faulty example, applies its quick fix and then shows nothing', async () => {
    const client = await started()
    const text = readFileSync(BRACKETS, 'utf8')
    await client.open(BRACKETS, text)
    const [diagnostic, ...rest] = await client.diagnostics(BRACKETS, {version: 1})
    expect(rest).toEqual([])
    expect(diagnostic).toEqual({
      range: {start: {line: 4, character: 0}, end: {line: 4, character: 12}},
      severity: 1,
      source: 'gazette-lint',
      code: 'doc-number-format',
      codeDescription: {href: RULE_PAGE},
      message: '发文字号的年份应使用六角括号〔〕，不用“[]”：应为“平政办发〔2026〕8号”',
    })

    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uriOf(BRACKETS)}, position: {line: 4, character: 5}})) as Hover
    const shown = (hover.contents as {value: string}).value
    expect(shown).toContain('**doc-number-format** · 错误')
    expect(shown).toContain(diagnostic.message)
    expect(shown).toContain(`[规则说明](${RULE_PAGE})`)
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uriOf(BRACKETS)}, position: {line: 0, character: 0}})).toBeNull()

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: uriOf(BRACKETS)},
      range: diagnostic.range,
      context: {diagnostics: [diagnostic]},
    })) as CodeAction[]
    expect(actions.map((action) => `${action.kind}: ${action.title}`)).toEqual(['quickfix: 修复此 doc-number-format 问题', 'source.fixAll: 修复全部可自动修复的 gazette-lint 问题'])
    const fixed = applied(text, actions[0], uriOf(BRACKETS))
    expect(fixed.split('\n')[4]).toBe('平政办发〔2026〕8号')

    const after = client.published.length
    await client.change(BRACKETS, 2, fixed)
    expect(await client.diagnostics(BRACKETS, {version: 2, after})).toEqual([])
    await client.close(BRACKETS)
    expect(await client.until('diagnostics cleared on close', () => client.published.slice(after).find((p) => p.uri === uriOf(BRACKETS) && p.version === undefined))).toEqual({uri: uriOf(BRACKETS), diagnostics: []})
  })

  it('answers initialize with its name, UTF-16 positions and what it offers, and registers its file watchers', async () => {
    const client = await started()
    const {capabilities, serverInfo} = client.initialized!
    expect(serverInfo?.name).toBe('gazette-lint-language-server')
    expect(capabilities).toMatchObject({positionEncoding: 'utf-16', hoverProvider: true, codeActionProvider: {codeActionKinds: ['quickfix', 'source.fixAll']}})
    const watchers = await client.until('the file watchers', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'))
    expect(watchers.registerOptions).toEqual({watchers: [{globPattern: '**/.gazettelintrc.{json,yaml,yml}'}, {globPattern: '**/*.json'}, {globPattern: '**/*.{md,markdown}'}]})
  })

  it('fixes all: every fixable finding of a draft in one edit, never half a fix', async () => {
    const client = await started()
    const file = path.join(workspace, 'fix-all.md')
    // Its own number: a copy of the example's would be a duplicate of the draft on disk.
    const text = readFileSync(BRACKETS, 'utf8').replace('[2026]8号', '[2026]98号').replace('（此件公开发布）', '(此件公开发布)')
    await client.open(file, text)
    const diagnostics = await client.diagnostics(file, {version: 1})
    expect(diagnostics.map((d) => d.code)).toEqual(['doc-number-format', 'disclosure-format'])
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: uriOf(file)},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']},
    })) as CodeAction[]
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll'])
    const after = client.published.length
    await client.change(file, 2, applied(text, actions[0], uriOf(file)))
    expect(await client.diagnostics(file, {version: 2, after})).toEqual([])
  })

  it('never publishes a stale result over a newer one', async () => {
    const client = await started()
    const clean = path.join(workspace, 'pingshun-clean-on-request.md')
    const text = readFileSync(clean, 'utf8')
    await client.open(clean, text)
    expect(await client.diagnostics(clean, {version: 1})).toEqual([])
    const faulty = text.replace(/〔(\d{4})〕/u, '[$1]')
    expect(faulty).not.toBe(text)
    for (let version = 2; version <= 9; version++) await client.change(clean, version, version % 2 === 0 ? faulty : text)
    await client.change(clean, 10, faulty)
    const last = await client.diagnostics(clean, {version: 10})
    expect(last.map((d) => d.code)).toEqual(['doc-number-format'])
    const versions = client.published.filter((p) => p.uri === uriOf(clean)).map((p) => p.version!)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(versions.at(-1)).toBe(10)
  })

  it('reports positions in UTF-16 code units: Chinese text and a character outside the BMP before a finding', async () => {
    const client = await started()
    const file = path.join(workspace, 'wide.md')
    const text = readFileSync(path.join(workspace, 'pingshun-clean-on-request.md'), 'utf8').replace(/\n\n/u, '\n\n请𠀀各单位,认真落实。\n\n')
    await client.open(file, text)
    const diagnostics = await client.diagnostics(file, {version: 1})
    const comma = diagnostics.find((d) => d.code === 'punctuation-fullwidth')!
    const line = text.split('\n').findIndex((l) => l.startsWith('请𠀀'))
    expect(comma.range).toEqual({start: {line, character: 6}, end: {line, character: 7}})
    const [quickFix] = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: uriOf(file)}, range: comma.range, context: {diagnostics: [comma]}})) as CodeAction[]
    expect(applied(text, quickFix, uriOf(file)).split('\n')[line]).toBe('请𠀀各单位，认真落实。')
  })

  it('sees every draft of the workspace folder: a duplicate number on disk, with the other place as related information', async () => {
    const client = await started()
    const source = path.join(workspace, 'lingchuan-clean-direct.md')
    const copy = path.join(workspace, 'copy-of-direct.md')
    const text = readFileSync(source, 'utf8')
    const numberLine = text.split('\n').findIndex((line) => /^陵政发〔\d{4}〕\d+号$/u.test(line))
    const number = text.split('\n')[numberLine]
    // The copy is opened, the original never is: the server knows it from the folder.
    await client.open(copy, text)
    const [duplicate] = await client.diagnostics(copy, {version: 1})
    expect(duplicate).toMatchObject({
      code: 'doc-number-unique',
      range: {start: {line: numberLine, character: 0}, end: {line: numberLine, character: number.length}},
      message: `发文字号“${number}”与本次检查的其他文稿重号：lingchuan-clean-direct.md`,
      relatedInformation: [
        {location: {uri: uriOf(source), range: {start: {line: numberLine, character: 0}, end: {line: numberLine, character: number.length}}}, message: `此文稿的发文字号也是“${number}”`},
      ],
    })
    // Opening the original lints it with the copy; changing the copy's number clears both.
    await client.open(source, text)
    expect((await client.diagnostics(source, {version: 1})).map((d) => d.code)).toEqual(['doc-number-unique'])
    const after = client.published.length
    await client.change(copy, 2, text.replace(number, number.replace(/(\d+)号$/u, '9$1号')))
    expect(await client.diagnostics(copy, {version: 2, after})).toEqual([])
    expect(await client.until('the original linted again', () => client.published.slice(after).find((p) => p.uri === uriOf(source) && p.diagnostics.length === 0))).toBeTruthy()
  })
})
