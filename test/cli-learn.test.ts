import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {loadProfile} from '@gazette-lint/core'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {SHARED_DIR, sharedAvailability} from './helpers/shared.js'

const shared = sharedAvailability()
if (shared.skip) console.warn(shared.reason)
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-learn-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))
const corpus = (alias: string) => {
  const dir = path.join(SHARED_DIR, 'corpus')
  return path.join(dir, readdirSync(dir).find((name) => name.startsWith(`${alias}_`))!)
}

describe('gazette-lint split', () => {
  it.skipIf(shared.skip)('writes one draft per notice of the five gazettes: 74 in all', async () => {
    const out = path.join(tmp, 'split')
    const result = await runCli(['split', ...['000', '001', '002', '003', '004'].map(corpus), '--out', out])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('已写出 74 份草稿')
    const files = readdirSync(out)
    expect(files).toHaveLength(74)
    expect(files).toContain('000-08-陵政办发〔2023〕5号.md')
    const draft = readFileSync(path.join(out, '000-08-陵政办发〔2023〕5号.md'), 'utf8')
    expect(draft).toContain('# 关于印发陵川县抗旱应急预案的通知')
    expect(draft).toContain('原《陵川县抗旱应急预案》（陵政办发〔2017〕36号）同时废止。')
    // The split drafts are what the linter reads: the catalogued year error is found in its draft.
    const lint = parseJsonReport((await runCli(['--format', 'json', path.join(out, '000-01-陵政发〔2023〕1号.md')])).stdout)
    expect(lint[0].messages.map((message) => message.ruleId)).toContain('doc-number-year')
  })

  it('usage errors exit 2, in Chinese (English with --lang en)', async () => {
    expect((await runCli(['split', '--out', tmp])).status).toBe(2)
    expect((await runCli(['split', 'no-such.txt', '--out', tmp])).stderr).toBe(
      'gazette-lint：用法错误：无法读取 no-such.txt：文件或文件夹不存在（ENOENT）\n运行 gazette-lint split --help 查看用法。\n',
    )
    expect((await runCli(['split', 'x.txt'])).stderr).toContain('split：缺少 --out（写到哪里）')
    expect((await runCli(['split', 'x.txt', '--lang', 'en'])).stderr).toBe('gazette-lint: usage error: split: --out is required\nRun gazette-lint split --help for usage.\n')
    expect((await runCli(['split', 'x.txt', '--force'])).stderr).toContain('没有选项 --force')
  })
})

describe('gazette-lint learn', () => {
  it('learns from published Markdown notices (--published) into the registry, valid against the profile schema', async () => {
    const out = path.join(tmp, 'learnt', 'jiangxian-published.json')
    const published = readdirSync('examples').filter((name) => /^jiangxian-clean-.*\.md$/.test(name)).map((name) => `examples/${name}`)
    const result = await runCli(['learn', ...published.flatMap((file) => ['--published', file]), '--out', out, '--id', 'jiangxian-published'])
    expect(result.status, result.stderr).toBe(0)
    const profile = loadProfile(out)
    expect(profile.county).toBe('绛县')
    expect(profile.issuers.map((issuer) => issuer.name)).toContain('绛县人民政府办公室')
    expect(profile.registry.length).toBe(published.length)
    expect(profile.registry.every((entry) => entry.status === 'published' && /〔2026〕/.test(entry.number))).toBe(true)
  })

  it('keeps drafts out of the registry: they teach the issuers and 代字, and nothing of them is published', async () => {
    const out = path.join(tmp, 'learnt', 'jiangxian-drafts.json')
    const drafts = readdirSync('examples').filter((name) => /^jiangxian-clean-.*\.md$/.test(name)).map((name) => `examples/${name}`)
    const named = await runCli(['learn', ...drafts, '--out', out, '--id', 'jiangxian-drafts'])
    expect(named.status, named.stderr).toBe(0)
    expect(named.stdout).toContain(`其中 ${drafts.length} 份草稿只用于归纳写法，未登记为已发布文件（已发布的 Markdown 文件请用 --published 给出）`)
    const profile = loadProfile(out)
    expect(profile.issuers.map((issuer) => [issuer.name, issuer.prefixes])).toContainEqual(['绛县人民政府办公室', ['绛政办函']])
    expect(profile.registry).toEqual([])
    expect((await runCli(['learn', '--drafts', 'examples', '--out', out, '--id', 'jiangxian-drafts'])).status).toBe(0)
    expect(loadProfile(out).registry).toEqual([])
  })

  it('a copy of a draft learnt as a draft is not taken for a re-issue of it (repeal-note-missing); of a published one it is', async () => {
    const folder = path.join(tmp, 'copy')
    mkdirSync(folder)
    const draft = readFileSync('examples/jiangxian-clean-attachments.md', 'utf8')
    writeFileSync(path.join(folder, 'draft.md'), draft)
    const [number, prefix, sequence] = /(绛政\p{Script=Han}+〔2026〕)(\d+)号/u.exec(draft)!
    writeFileSync(path.join(folder, 'copy.md'), draft.replace(number, `${prefix}${Number(sequence) + 50}号`))
    writeFileSync(path.join(folder, '.gazettelintrc.json'), JSON.stringify({profile: './profile.json'}))
    const missing = async () =>
      parseJsonReport((await runCli(['--format', 'json', 'copy.md'], {cwd: folder})).stdout)[0].messages.filter((m) => m.ruleId === 'repeal-note-missing').length
    expect((await runCli(['learn', '--drafts', 'draft.md', '--out', 'profile.json', '--id', 'jiangxian'], {cwd: folder})).status).toBe(0)
    expect(await missing()).toBe(0)
    expect((await runCli(['learn', '--published', 'draft.md', '--out', 'profile.json', '--id', 'jiangxian'], {cwd: folder})).status).toBe(0)
    expect(await missing()).toBe(1)
  })

  it.skipIf(shared.skip)('a learnt profile, named in the config, is the one the rules use', async () => {
    const out = path.join(tmp, 'qinxian.json')
    expect((await runCli(['learn', corpus('003'), '--out', out, '--id', 'qinxian', '--county', '沁县'])).status).toBe(0)
    writeFileSync(path.join(tmp, 'config.json'), JSON.stringify({profile: './qinxian.json'}))
    const result = await runCli(['--format', 'json', '--config', path.join(tmp, 'config.json'), 'examples/qinxian-bad-unknown-unit.md'])
    const known = parseJsonReport(result.stdout)[0].messages.filter((message) => message.ruleId === 'responsible-unit-known')
    expect(known.map((message) => message.message)).toEqual(['“县财正局”不在沁县单位名录中，是否应为“县财政局”？'])
  })

  it('usage errors exit 2 with a message', async () => {
    expect((await runCli(['learn', '--out', path.join(tmp, 'x.json')])).stderr).toContain('learn：请至少指定一个输入文件')
    expect((await runCli(['learn', '--publised', 'x.md', '--out', path.join(tmp, 'x.json')])).stderr).toContain('没有选项 --publised，是否要写“--published”？')
    expect((await runCli(['learn', 'examples/lingchuan-clean-direct.md', '--out', path.join(tmp, 'x.json'), '--id', 'Bad Id'])).status).toBe(2)
    expect((await runCli(['learn', '--help'])).stdout).toContain('用法：gazette-lint learn')
    writeFileSync(path.join(tmp, 'a-file'), '')
    const unwritable = await runCli(['learn', 'examples/jiangxian-clean-letter.md', '--out', path.join(tmp, 'a-file', 'p.json'), '--id', 'x'])
    expect(unwritable.status).toBe(2)
    expect(unwritable.stderr).toMatch(/^gazette-lint：无法写入 .*a-file\/p\.json：(已有同名的文件或文件夹（EEXIST）|路径中有一段不是文件夹（ENOTDIR）)\n$/)
  })
})
