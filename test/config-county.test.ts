/**
 * What a config says of its county without a full profile: `issuers` (with their 代字), `units` and `towns` on
 * top of a shipped or learnt profile, or with `county` a profile made from the config alone; and the minimal
 * hand-written profile of examples/profiles/, valid against the profile schema.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {loadProfile, schemaValidator} from '@gazette-lint/core'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const CLEAN = readFileSync(path.join(ROOT, 'test/fixtures/cli/basic/clean.md'), 'utf8')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-county-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** A folder holding one draft and the config given. */
async function lint(name: string, draft: string, config: object | undefined): Promise<{status: number | null; findings: string[]; stderr: string}> {
  const dir = path.join(tmp, name)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'draft.md'), draft)
  if (config) writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify(config))
  const run = await runCli(['--format', 'json', 'draft.md'], {cwd: dir})
  const findings = run.stdout ? parseJsonReport(run.stdout)[0].messages.map((m) => `${m.line}:${m.ruleId}: ${m.message}`) : []
  return {status: run.status, findings, stderr: run.stderr}
}

/** The clean fixture as a notice of 陵川县发展和改革局, a county department the shipped profile does not know. */
const DEPARTMENT = CLEAN.replace(/^陵川县人民政府办公室$/gm, '陵川县发展和改革局').replace('陵政办发〔2026〕31号', '陵发改发〔2026〕3号')
const DEPARTMENT_ISSUER = {name: '陵川县发展和改革局', prefixes: ['陵发改发']}

describe('issuers, units and towns in the config, on top of a shipped profile', () => {
  it('a department the shipped profile does not know is an unknown issuer', async () => {
    expect((await lint('department-unknown', DEPARTMENT, {profile: '陵川县'})).findings.map((finding) => finding.split(': ')[0])).toEqual(['1:issuer-known', '5:doc-number-issuer'])
  })

  it('is known once the config adds it with its 代字', async () => {
    expect((await lint('department-added', DEPARTMENT, {profile: '陵川县', issuers: [DEPARTMENT_ISSUER]})).findings).toEqual([])
  })

  it('without profile or county, the issuers name their county: its shipped profile, with them added', async () => {
    const wrongPrefix = DEPARTMENT.replace('陵发改发〔2026〕3号', '陵政发〔2026〕90号')
    expect((await lint('department-county', wrongPrefix, {issuers: [DEPARTMENT_ISSUER]})).findings).toEqual([
      '5:doc-number-issuer: 发文字号的代字“陵政发”不属于发文机关“陵川县发展和改革局”：应使用“陵发改发”',
    ])
  })

  it('towns join the gazetteer as units do', async () => {
    const draft = CLEAN.replace('（责任单位：县融媒体中心）', '（责任单位：县融媒体中心、礼义镇东村）')
    expect((await lint('town-unknown', draft, {profile: '陵川县'})).findings.map((finding) => finding.split(': ')[0])).toEqual(['21:responsible-unit-known'])
    expect((await lint('town-added', draft, {profile: '陵川县', towns: ['礼义镇东村']})).findings).toEqual([])
  })
})

describe('a county without a profile', () => {
  const YANGCHENG = CLEAN.replace(/陵川县/g, '阳城县').replace('陵政办发〔2026〕31号', '阳政发〔2026〕31号')
  const ISSUERS = [
    {name: '阳城县人民政府', prefixes: ['阳政发']},
    {name: '阳城县人民政府办公室', prefixes: ['阳政办发']},
  ]

  it('county and issuers make its profile: the 代字 checks speak for it', async () => {
    expect((await lint('yangcheng-config', YANGCHENG, {county: '阳城县', issuers: ISSUERS})).findings).toEqual([
      '5:doc-number-issuer: 发文字号的代字“阳政发”不属于发文机关“阳城县人民政府办公室”：应使用“阳政办发”',
    ])
  })

  it('a county named with no profile and no issuers is a config error saying what to write', async () => {
    const run = await lint('yangcheng-bare', YANGCHENG, {county: '阳城县'})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'gazette-lint：配置文件有误：\n  .gazettelintrc.json  /county  没有“阳城县”的县级配置：请在 issuers 中写明本县的发文机关及其机关代字，或运行 gazette-lint init --county 阳城县\n',
    )
  })

  it('an issuer without its 代字 is a schema error at its line', async () => {
    const run = await lint('yangcheng-no-prefix', YANGCHENG, {county: '阳城县', issuers: [{name: '阳城县人民政府'}]})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('/issuers/0  缺少必填的键“prefixes”')
  })
})

describe('a profile that cannot be used', () => {
  it('is a config error in Chinese naming the profile file and what it lacks', async () => {
    const dir = path.join(tmp, 'bad-profile')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'profile.json'), JSON.stringify({id: 'yangcheng', county: '阳城县', issuers: [], unit: []}))
    const run = await lint('bad-profile/drafts', CLEAN, {profile: '../profile.json'})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      [
        'gazette-lint：配置文件有误：',
        `  .gazettelintrc.json  /profile  县级配置文件 ${path.join(dir, 'profile.json')} 有误：/unit 未知的键“unit”，是否要写“units”？`,
        `  .gazettelintrc.json  /profile  县级配置文件 ${path.join(dir, 'profile.json')} 有误：/issuers 至少要有 1 项`,
        '',
      ].join('\n'),
    )
  })

  it('a config naming a file that is not there says so', async () => {
    writeFileSync(path.join(tmp, 'draft.md'), CLEAN)
    const run = await runCli(['--config', 'no-such.json', 'draft.md'], {cwd: tmp})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('gazette-lint：配置文件有误：\n  no-such.json  /  无法读取：文件或文件夹不存在（ENOENT）\n')
  })
})

describe('the minimal hand-written profile of examples/profiles/', () => {
  const file = path.join(ROOT, 'examples', 'profiles', 'yangcheng.json')

  it('is valid against the profile schema, which needs only id, county and issuers', () => {
    const data = JSON.parse(readFileSync(file, 'utf8'))
    expect(schemaValidator('profile')(data)).toBe(true)
    expect(schemaValidator('profile')({id: 'x', county: '阳城县'})).toBe(false)
    expect(loadProfile(file)).toMatchObject({county: '阳城县', disclosureLiterals: ['（此件公开发布）', '（此件依申请公开）', '（此件不予公开）'], registry: []})
  })

  it('named in a config, runs the county checks', async () => {
    const draft = CLEAN.replace(/陵川县/g, '阳城县').replace('陵政办发〔2026〕31号', '阳政办发〔2026〕31号').replace('（责任单位：县融媒体中心）', '（责任单位：县融媒体重心）')
    expect((await lint('yangcheng-profile', draft, {profile: file})).findings).toEqual([
      '21:responsible-unit-known: “县融媒体重心”不在阳城县单位名录中，是否应为“县融媒体中心”？',
    ])
  })
})
