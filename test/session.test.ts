/**
 * The lint session as a front end calls it (the language server, the review command and a web page will):
 * drafts handed over in memory, the cross-file index, invalidation of changed configs and profiles,
 * today per run, the per-draft summary, failures isolated per draft, and threads that change nothing.
 */
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {LintSession, lintTexts, threadsFor, type DraftResult} from '@gazette-lint/engine'
import {reporters} from '@gazette-lint/reporters'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT} from './helpers/rule-docs.js'

const CLEAN = readFileSync(path.join(ROOT, 'test/fixtures/cli/basic/clean.md'), 'utf8')
const NUMBER = '陵政办发〔2026〕31号'
const withNumber = (number: string) => CLEAN.replace(NUMBER, number)
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-session-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** A fresh folder under the test's temporary one. */
function folder(name: string): string {
  const dir = path.join(tmp, name)
  mkdirSync(dir, {recursive: true})
  return dir
}

const ids = (result: DraftResult) => result.messages.map((message) => `${message.line}:${message.ruleId}`)

describe('a session fed by an editor: update, lint, remove', () => {
  it('lints text it was handed, against the other drafts it knows, and forgets a removed one', async () => {
    const session = new LintSession({cwd: tmp, today: '2026-11-23'})
    expect(CLEAN).toContain(NUMBER)
    session.update('drafts/a.md', CLEAN)
    session.update('drafts/b.md', CLEAN)
    expect((await session.lint('drafts/a.md')).messages.map((m) => `${m.line}:${m.ruleId}: ${m.reason}`)).toEqual([
      `5:doc-number-unique: 发文字号“${NUMBER}”与本次检查的其他文稿重号：drafts/b.md`,
    ])
    // The editor changes b's number: a is no longer a duplicate.
    session.update('drafts/b.md', withNumber('陵政办发〔2026〕32号'))
    expect(ids(await session.lint('drafts/a.md'))).toEqual([])
    session.update('drafts/b.md', CLEAN)
    expect(ids(await session.lint('drafts/a.md'))).toEqual(['5:doc-number-unique'])
    session.remove('drafts/b.md')
    expect(ids(await session.lint('drafts/a.md'))).toEqual([])
  })

  it('takes in a draft that appears in an indexed folder, and the disk draft again after an editor closes it', async () => {
    const dir = folder('appear')
    writeFileSync(path.join(dir, 'a.md'), CLEAN)
    const session = new LintSession({cwd: dir, today: '2026-11-23'})
    session.indexFolder(dir)
    expect(ids(await session.lint('a.md'))).toEqual([])
    writeFileSync(path.join(dir, 'b.md'), CLEAN)
    expect(session.invalidate(path.join(dir, 'b.md'))).toBe(true)
    expect(ids(await session.lint('a.md'))).toEqual(['5:doc-number-unique'])
    session.update('b.md', withNumber('陵政办发〔2026〕32号'))
    expect(ids(await session.lint('a.md'))).toEqual([])
    session.remove('b.md')
    session.invalidate(path.join(dir, 'b.md'))
    expect(ids(await session.lint('a.md'))).toEqual(['5:doc-number-unique'])
  })

  it('keeps the failure of a draft that is no text when an indexed folder reads it, so its lint is the one fatal finding', async () => {
    const dir = folder('not-text')
    writeFileSync(path.join(dir, 'a.md'), CLEAN)
    // A NUL in bytes without a byte-order mark: no text at all.
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x00, 0x01]))
    const session = new LintSession({cwd: dir, today: '2026-11-23'})
    session.indexFolder(dir)
    expect(ids(await session.lint('binary.md'))).toEqual(['undefined:fatal'])
    expect(session.invalidate(path.join(dir, 'binary.md'))).toBe(true)
    expect(ids(await session.lint('binary.md'))).toEqual(['undefined:fatal'])
    expect(ids(await session.lint('a.md'))).toEqual([])
  })

  it('asks for today on every run, so a session that lives past midnight moves with the clock', async () => {
    let today = '2026-03-01'
    const session = new LintSession({cwd: tmp, today: () => today, overrides: {stage: 'publish'}})
    session.update('dated.md', CLEAN)
    expect(ids(await session.lint('dated.md'))).toEqual(['25:date-valid'])
    today = '2026-03-02'
    expect(ids(await session.lint('dated.md'))).toEqual([])
  })

  it('takes the stage as an option: a date planned a day ahead is fine while drafting, an error at publishing', async () => {
    const drafting = new LintSession({cwd: tmp, today: '2026-03-01'})
    drafting.update('dated.md', CLEAN)
    expect(ids(await drafting.lint('dated.md'))).toEqual([])
    const publishing = new LintSession({cwd: tmp, today: '2026-03-01', overrides: {stage: 'publish'}})
    publishing.update('dated.md', CLEAN)
    const [finding] = (await publishing.lint('dated.md')).messages
    expect([finding.ruleId, finding.fatal, finding.reason]).toEqual(['date-valid', true, '成文日期“2026年3月2日”晚于今天（2026-03-01）：成文日期是负责人签发的日期，印发时不能晚于今天'])
  })

  it('returns with the findings a summary of the elements found, as written and where', async () => {
    const examples = ['lingchuan-clean-yuan-repeal.md', 'jiangxian-clean-attachments.md']
    const session = new LintSession({cwd: path.join(ROOT, 'examples'), today: '2026-11-23'})
    const [repeal, attachments] = await session.lintAll(examples)
    expect(repeal.messages).toEqual([])
    expect(repeal.summary!.repealNotes).toEqual([
      expect.objectContaining({line: 9, number: '陵政办发〔2023〕5号', title: expect.stringContaining('陵川县')}),
    ])
    expect(repeal.file.data.gazetteSummary).toBe(repeal.summary)
    const items = attachments.summary!.attachments
    expect(items.length).toBeGreaterThanOrEqual(2)
    for (const item of items) expect(attachments.file.value.toString().slice(item.offset, item.endOffset)).toBe(item.text)
    expect(items.map((item) => item.label)).toEqual(items.map((_, index) => `${index + 1}.`))
  })
})

describe('invalidation: a long-lived session sees a changed config and profile', () => {
  it('re-reads a changed .gazettelintrc.json and a changed profile once told, and not before', async () => {
    const dir = folder('invalidate')
    writeFileSync(path.join(dir, 'draft.md'), withNumber('陵政办发[2026]31号'))
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({rules: {'doc-number-format': 'warning'}}))
    const session = new LintSession({cwd: dir, today: '2026-11-23'})
    const severity = async () => (await session.lint('draft.md')).messages.map((m) => `${m.ruleId}:${m.fatal}`)
    expect(await severity()).toEqual(['doc-number-format:false'])

    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({rules: {'doc-number-format': 'error'}}))
    // Resolved once: until the host says the file changed, the session keeps what it read.
    expect(await severity()).toEqual(['doc-number-format:false'])
    expect(session.invalidate(path.join(dir, '.gazettelintrc.json'))).toBe(true)
    expect(await severity()).toEqual(['doc-number-format:true'])

    // A profile named by the config: without 县林业局 in its gazetteer, the draft's annotation is unknown.
    const profile = JSON.parse(readFileSync(path.join(ROOT, 'packages/profiles/lingchuan.json'), 'utf8'))
    writeFileSync(path.join(dir, 'profile.json'), JSON.stringify(profile))
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({profile: './profile.json'}))
    session.invalidate(path.join(dir, '.gazettelintrc.json'))
    expect(ids(await session.lint('draft.md'))).toEqual(['5:doc-number-format'])
    profile.units = profile.units.filter((unit: {name: string}) => unit.name !== '县林业局')
    writeFileSync(path.join(dir, 'profile.json'), JSON.stringify(profile))
    expect(session.invalidate(path.join(dir, 'profile.json'))).toBe(true)
    expect(ids(await session.lint('draft.md'))).toEqual(['5:doc-number-format', '15:responsible-unit-known', '19:responsible-unit-known'])
    expect(session.invalidate(path.join(dir, 'unrelated.json'))).toBe(false)

    // A registry folder: a draft published there with the same number makes this one a duplicate.
    mkdirSync(path.join(dir, 'published'))
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({profile: './profile.json', registry: ['published/']}))
    session.invalidate(path.join(dir, '.gazettelintrc.json'))
    expect(ids(await session.lint('draft.md'))).not.toContain('5:doc-number-unique')
    writeFileSync(path.join(dir, 'published', 'earlier.md'), withNumber('陵政办发〔2026〕31号').replace('做好2026年春季森林防火工作', '做好防汛工作'))
    expect(session.invalidate(path.join(dir, 'published', 'earlier.md'))).toBe(true)
    expect(ids(await session.lint('draft.md'))).toContain('5:doc-number-unique')
  })

  it('with revalidate, notices changed files by itself (the remark preset in an editor)', async () => {
    const dir = folder('revalidate')
    writeFileSync(path.join(dir, 'draft.md'), withNumber('陵政办发[2026]31号'))
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({rules: {'doc-number-format': 'warning'}}))
    const session = new LintSession({cwd: dir, today: '2026-11-23', revalidate: true})
    expect((await session.lint('draft.md')).messages.map((m) => m.fatal)).toEqual([false])
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({rules: {'doc-number-format': 'off'}, lang: 'en'}))
    expect(ids(await session.lint('draft.md'))).toEqual([])
  })
})

describe('a failure is one fatal finding on its draft; the other drafts are linted', () => {
  it('a draft that cannot be read becomes a fatal finding, serial and threaded alike', async () => {
    const dir = folder('fatal')
    cpSync(path.join(ROOT, 'examples'), dir, {recursive: true})
    writeFileSync(path.join(dir, 'faulty.md'), withNumber('陵政办发[2026]31号'))
    writeFileSync(path.join(dir, 'twin.md'), readFileSync(path.join(dir, 'lingchuan-clean-direct.md')))
    mkdirSync(path.join(dir, 'folder.md'))
    const examples = readdirSync(path.join(ROOT, 'examples')).filter((name) => name.endsWith('.md'))
    const names = ['faulty.md', 'folder.md', 'twin.md', ...examples]
    const serial = await new LintSession({cwd: dir, today: '2026-11-23'}).lintAll(names)
    const reported = serial.slice(0, 3).map((result) => [result.path, result.messages.map((m) => `${m.ruleId}:${m.fatal}: ${m.reason}`)])
    expect(reported).toEqual([
      ['faulty.md', [expect.stringMatching(/^doc-number-format:true: /)]],
      ['folder.md', [expect.stringMatching(/^fatal:true: 无法读取草稿（EISDIR: .*）：这是一个文件夹而不是文件$/)]],
      ['twin.md', [expect.stringMatching(/^doc-number-unique:true: .*lingchuan-clean-direct\.md$/)]],
    ])
    expect(serial[1].summary).toBeUndefined()
    expect(serial[0].summary?.number?.text).toBe('陵政办发[2026]31号')

    // Worker threads: the same failure, the same findings, in every format.
    const threaded = await new LintSession({cwd: dir, today: '2026-11-23', concurrency: 3}).lintAll(names)
    for (const [format, report] of Object.entries(reporters)) {
      const context = {cwd: dir, version: '0.0.0'}
      expect(report(threaded.map((result) => result.file), context), format).toBe(report(serial.map((result) => result.file), context))
    }
  })

  it('a rule that throws is a fatal finding naming it, never downgraded, and the other rules still report', async () => {
    const dir = folder('throws')
    writeFileSync(path.join(dir, 'faulty.md'), withNumber('陵政办发[2026]31号'))
    // Registry entries without a number: the rules that look numbers up in the registry throw on them.
    writeFileSync(path.join(dir, 'registry.json'), JSON.stringify([{title: '没有文号的条目'}]))
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({registry: ['registry.json'], lang: 'en', rules: {'doc-number-unique': 'warning'}}))
    const [faulty] = await new LintSession({cwd: dir, today: '2026-11-23'}).lintAll(['faulty.md'])
    expect(faulty.messages.map((m) => `${m.ruleId}:${m.fatal}`)).toEqual(['fatal:true', 'fatal:true', 'fatal:true', 'doc-number-format:true'])
    expect(faulty.messages.slice(0, 3).map((m) => /^rule ([a-z-]+) failed on this draft \(.+\); the other rules ran; /.exec(m.reason)?.[1])).toEqual([
      'doc-number-unique',
      'repeal-note-reference',
      'repeal-note-missing',
    ])
  })
})

describe('--concurrency auto', () => {
  it('takes a thread per 1.5 idle cores from 64 drafts on, and stays serial below them, on two cores, or on a machine other work fills', () => {
    expect([2, 3, 4, 6, 16].map((cores) => threadsFor('auto', 1000, 0, cores))).toEqual([1, 2, 2, 4, 8])
    expect(threadsFor('auto', 63, 0, 16)).toBe(1)
    // Four busy cores of six (this run counts as one of the load): two idle, one thread.
    expect(threadsFor('auto', 1000, 5, 6)).toBe(1)
    expect(threadsFor('auto', 1000, 3, 6)).toBe(2)
    expect(threadsFor('auto', 1000, 17, 16)).toBe(1)
    // No more threads than chunks of 64 drafts.
    expect(threadsFor('auto', 130, 0, 16)).toBe(3)
    expect(threadsFor(3, 2)).toBe(2)
  })
})

describe('a worker thread that dies', () => {
  it('is replaced: the draft that killed it (out of memory, a real V8 heap limit) gets a fatal finding, the others their findings', async () => {
    const session = new LintSession({cwd: tmp, today: '2026-11-23', concurrency: 2, workerMemoryMb: 16})
    session.update('a.md', withNumber('陵政办发〔2026〕35号'))
    // Half a megabyte of numbered paragraphs: more than a 16 MB heap holds once parsed and modelled.
    session.update('big.md', CLEAN + '\n' + '（一）补充说明,内容。\n\n'.repeat(20_000))
    session.update('c.md', withNumber('陵政办发[2026]36号'))
    const [a, big, c] = await session.lintAll(['a.md', 'big.md', 'c.md'])
    expect(ids(a)).toEqual([])
    expect(big.messages.map((m) => `${m.ruleId}:${m.fatal}: ${m.reason}`)).toEqual([
      'fatal:true: 检查本草稿的工作线程意外退出（out of memory (ERR_WORKER_OUT_OF_MEMORY)），本草稿未检查，其他草稿照常检查；请将草稿与此信息报告给维护者',
    ])
    expect(ids(c)).toEqual(['5:doc-number-format'])
    await session.close()
  })
})

describe('the message chain', () => {
  it('reports a finding once, however deep the list that holds it is nested', async () => {
    const draft = CLEAN.replace('各乡镇人民政府，县直有关单位：\n', '各乡镇人民政府，县直有关单位：\n\n- - - 内容,包括(x)。\n')
    const [result] = await lintTexts([{path: 'nested.md', text: draft}], {cwd: tmp, config: {today: '2026-11-23'}})
    expect(result.messages.filter((m) => m.ruleId === 'punctuation-fullwidth').map((m) => `${m.line}:${m.column}`)).toEqual(['9:9', '9:12'])
  })
})

describe('drafts the cache answers', () => {
  it('give the text, encoding and findings a cold run gives, their bytes decoded only when read', async () => {
    const dir = folder('cache-decoding')
    writeFileSync(path.join(dir, 'gb.md'), iconv.encode(CLEAN, 'gb18030'))
    writeFileSync(path.join(dir, 'utf8.md'), withNumber('陵政办发〔2026〕32号'))
    const run = async () => {
      const debug: string[] = []
      const session = new LintSession({cwd: dir, today: '2026-11-23', cache: '.cache.json', debug: (text) => debug.push(text)})
      const results = await session.lintAll(['gb.md', 'utf8.md'])
      return {debug: debug.join(''), results}
    }
    const cold = await run()
    const warm = await run()
    expect(cold.debug).toContain('from cache 0,')
    expect(warm.debug).toContain('from cache 2,')
    for (const [index, result] of warm.results.entries()) {
      expect(result.file.data.encoding).toBe(cold.results[index].file.data.encoding)
      expect(String(result.file.value)).toBe(String(cold.results[index].file.value))
      expect(result.messages.map(String)).toEqual(cold.results[index].messages.map(String))
    }
    expect(warm.results.map((result) => result.file.data.encoding)).toEqual(['gb18030', 'utf-8'])
    expect(String(warm.results[0].file.value)).toBe(CLEAN)
    // Written over, the text is what was written, as on any VFile.
    warm.results[1].file.value = 'replaced'
    expect(String(warm.results[1].file.value)).toBe('replaced')
  })
})
