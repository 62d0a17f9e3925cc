/**
 * A county set up in minutes: `gazette-lint init` writes a commented config for a county, inferring what it
 * can (the county's issuers and 代字, or a profile learnt from its documents), and the county checks then
 * speak for that county.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {loadConfigFile, loadProfile} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/engine'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-init-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** An empty folder, as a county office starts from. */
function emptyFolder(name: string): string {
  const dir = path.join(tmp, name)
  mkdirSync(dir)
  return dir
}

/** The clean 陵川 fixture, turned into a draft of 阳城县人民政府办公室. */
const YANGCHENG = readFileSync(path.join(ROOT, 'test/fixtures/cli/basic/clean.md'), 'utf8').replace(/陵川县/g, '阳城县').replace('陵政办发〔2026〕31号', '阳政办发〔2026〕31号')

const findings = async (cwd: string, ...files: string[]) =>
  parseJsonReport((await runCli(['--format', 'json', ...files], {cwd})).stdout).flatMap((result) => result.messages.map((m) => `${result.path}:${m.line}:${m.ruleId}: ${m.message}`))

describe('gazette-lint init --county for a county without a profile', () => {
  it('writes a commented .gazettelintrc.yaml the schema accepts, and a 阳城 draft then gets the county checks', async () => {
    const dir = emptyFolder('yangcheng')
    const init = await runCli(['init', '--county', '阳城县'], {cwd: dir})
    expect(init.status, init.stderr).toBe(0)
    expect(init.stdout).toBe('已写出 .gazettelintrc.yaml\n下一步：打开 .gazettelintrc.yaml 核对发文机关与机关代字，然后运行 gazette-lint . 检查草稿。\n')
    expect(readdirSync(dir)).toEqual(['.gazettelintrc.yaml'])
    const text = readFileSync(path.join(dir, '.gazettelintrc.yaml'), 'utf8')
    expect(text).toContain('# 发文机关及其机关代字')
    expect(loadConfigFile(path.join(dir, '.gazettelintrc.yaml'), allRules).config).toEqual({
      root: true,
      county: '阳城县',
      issuers: [
        {name: '阳城县人民政府', prefixes: ['阳政发']},
        {name: '阳城县人民政府办公室', prefixes: ['阳政办发']},
      ],
    })

    writeFileSync(path.join(dir, 'clean.md'), YANGCHENG)
    writeFileSync(path.join(dir, 'wrong-prefix.md'), YANGCHENG.replace('阳政办发〔2026〕31号', '阳政发〔2026〕32号'))
    writeFileSync(path.join(dir, 'short-issuer.md'), YANGCHENG.replace(/^阳城县人民政府办公室$/m, '县政府办').replace('31号', '33号'))
    expect(await findings(dir, '.')).toEqual([
      'short-issuer.md:1:issuer-known: 发文机关“县政府办”是简称：应写全称“阳城县人民政府办公室”',
      'short-issuer.md:23:issuer-consistent: 署名“阳城县人民政府办公室”与发文机关标志“县政府办”不一致',
      'wrong-prefix.md:5:doc-number-issuer: 发文字号的代字“阳政发”不属于发文机关“阳城县人民政府办公室”：应使用“阳政办发”',
    ])
  })

  it('without init the same drafts get only profile-missing, which says how to start', async () => {
    const dir = emptyFolder('yangcheng-no-config')
    writeFileSync(path.join(dir, 'wrong-prefix.md'), YANGCHENG.replace('阳政办发〔2026〕31号', '阳政发〔2026〕32号'))
    expect(await findings(dir, '.')).toEqual([
      'wrong-prefix.md:1:profile-missing: 没有“阳城县人民政府办公室”所在县的配置，只作全国规则的检查，代字、机关全称、单位名录、登记册等本县惯例未查；可用 gazette-lint init --county 阳城县 建立本县配置',
    ])
  })

  it('refuses to overwrite an existing config without --force, and with it replaces it', async () => {
    const dir = emptyFolder('existing')
    writeFileSync(path.join(dir, '.gazettelintrc.json'), '{"lang": "en"}\n')
    const refused = await runCli(['init', '--county', '阳城县'], {cwd: dir})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toBe('gazette-lint: usage error: init: .gazettelintrc.json exists and was left as it is; add --force to overwrite it\nRun gazette-lint init --help for usage.\n')
    expect(readFileSync(path.join(dir, '.gazettelintrc.json'), 'utf8')).toBe('{"lang": "en"}\n')
    const forced = await runCli(['init', '--county', '阳城县', '--force'], {cwd: dir})
    expect(forced.status, forced.stderr).toBe(0)
    expect(readdirSync(dir)).toEqual(['.gazettelintrc.yaml'])
  })

  it('writes the comments in English, and lang: en, with --lang en', async () => {
    const dir = emptyFolder('english')
    expect((await runCli(['init', 'county-office', '--county', '阳城县', '--lang', 'en'], {cwd: dir})).stdout).toBe(
      'county-office/.gazettelintrc.yaml written\nNext: check the issuers and their 代字 in county-office/.gazettelintrc.yaml, then run gazette-lint county-office to check the drafts.\n',
    )
    const text = readFileSync(path.join(dir, 'county-office', '.gazettelintrc.yaml'), 'utf8')
    expect(text).toContain('# The issuers and their 代字')
    expect(loadConfigFile(path.join(dir, 'county-office', '.gazettelintrc.yaml'), allRules).config.lang).toBe('en')
  })

  it.each([
    [['init'], 'init：请用 --county 写明县名（如 --county 阳城县），或用 --published 给出该县已发布的公报或文件'],
    [['init', '--county', '阳城'], 'init：县名应以“县”“区”“市”或“旗”结尾（如 阳城县），而不是“阳城”'],
    [['init', '--countty', '阳城县'], '没有选项 --countty，是否要写“--county”？'],
    [['init', '--published', 'no-such-folder'], '无法读取 no-such-folder：文件或文件夹不存在（ENOENT）'],
  ])('%j is a usage error (exit 2) in Chinese', async (args, message) => {
    const run = await runCli(args, {cwd: emptyFolder(`usage-${args.length}-${args.at(-1)}`)})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`gazette-lint：用法错误：${message}\n运行 gazette-lint init --help 查看用法。\n`)
  })
})

describe('gazette-lint init for a county with a profile', () => {
  it('a shipped county: the config names its profile', async () => {
    const dir = emptyFolder('lingchuan')
    expect((await runCli(['init', '--county', '陵川县'], {cwd: dir})).status).toBe(0)
    expect(loadConfigFile(path.join(dir, '.gazettelintrc.yaml'), allRules).config).toEqual({root: true, profile: '陵川县'})
  })

  it('from published documents: the county and its issuers are learnt, the profile written beside the config', async () => {
    const dir = emptyFolder('jiangxian')
    mkdirSync(path.join(dir, 'published'))
    for (const name of readdirSync(path.join(ROOT, 'examples')).filter((file) => /^jiangxian-clean-.*\.md$/.test(file))) {
      writeFileSync(path.join(dir, 'published', name), readFileSync(path.join(ROOT, 'examples', name)))
    }
    const init = await runCli(['init', '--published', 'published'], {cwd: dir})
    expect(init.status, init.stderr).toBe(0)
    expect(init.stdout).toContain('已写出 gazette-lint-profile.json\n')
    const profile = loadProfile(path.join(dir, 'gazette-lint-profile.json'))
    expect(profile.county).toBe('绛县')
    expect(profile.registry.length).toBe(readdirSync(path.join(dir, 'published')).length)
    expect(loadConfigFile(path.join(dir, '.gazettelintrc.yaml'), allRules).config).toEqual({root: true, profile: './gazette-lint-profile.json'})
    // A draft of a 代字 the county does not use is told which one to use.
    const draft = readFileSync(path.join(dir, 'published', 'jiangxian-clean-letter.md'), 'utf8')
    const number = /绛政办函〔2026〕\d+号/.exec(draft)![0]
    mkdirSync(path.join(dir, 'drafts'))
    writeFileSync(path.join(dir, 'drafts', 'draft.md'), draft.replace(number, '绛政发〔2026〕90号'))
    expect((await findings(dir, 'drafts')).filter((finding) => finding.includes('doc-number-issuer'))).toHaveLength(1)
    expect(existsSync(path.join(dir, '.gazettelintrc.json'))).toBe(false)
  })
})
