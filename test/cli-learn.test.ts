import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
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

  it('usage errors exit 2', async () => {
    expect((await runCli(['split', '--out', tmp])).status).toBe(2)
    expect((await runCli(['split', 'no-such.txt', '--out', tmp])).stderr).toContain('cannot read no-such.txt')
    expect((await runCli(['split', 'x.txt'])).stderr).toContain('--out is required')
  })
})

describe('gazette-lint learn', () => {
  it('learns a profile from Markdown drafts, valid against the profile schema', async () => {
    const out = path.join(tmp, 'learnt', 'jiangxian-drafts.json')
    const drafts = readdirSync('examples').filter((name) => /^jiangxian-clean-.*\.md$/.test(name)).map((name) => `examples/${name}`)
    const result = await runCli(['learn', ...drafts, '--out', out, '--id', 'jiangxian-drafts'])
    expect(result.status, result.stderr).toBe(0)
    const profile = loadProfile(out)
    expect(profile.county).toBe('绛县')
    expect(profile.issuers.map((issuer) => issuer.name)).toContain('绛县人民政府办公室')
    expect(profile.registry.length).toBe(drafts.length)
    expect(profile.registry.every((entry) => entry.status === 'published' && /〔2026〕/.test(entry.number))).toBe(true)
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
    expect((await runCli(['learn', '--out', path.join(tmp, 'x.json')])).stderr).toContain('name at least one input file')
    expect((await runCli(['learn', 'examples/lingchuan-clean-direct.md', '--out', path.join(tmp, 'x.json'), '--id', 'Bad Id'])).status).toBe(2)
    expect((await runCli(['learn', '--help'])).stdout).toContain('用法：gazette-lint learn')
  })
})
