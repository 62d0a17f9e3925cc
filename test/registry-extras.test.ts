import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const DIR = 'test/fixtures/registry'
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-registry-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))
const findings = async (args: string[]) =>
  Object.fromEntries(
    parseJsonReport((await runCli(['--format', 'json', ...args])).stdout).map((result) => [
      path.basename(result.path),
      result.messages.map((message) => `${message.line}:${message.ruleId}: ${message.message}`),
    ]),
  )

describe('a profile extended by config: registry folders and extra units', () => {
  it('a number already used by a draft in published/ or by an entry of a registry JSON file is reported', async () => {
    expect(await findings([`${DIR}/drafts`])).toEqual({
      'extra-unit.md': [],
      'reuses-json-entry.md': ['5:doc-number-unique: 发文字号“陵政办发〔2026〕51号”已被已发布的文件使用：《关于印发陵川县2026年防汛应急预案的通知》'],
      'reuses-published-draft.md': ['5:doc-number-unique: 发文字号“陵政办发〔2026〕50号”已被已发布的文件使用：《关于做好2026年春季森林防火宣传工作的通知》'],
    })
  })

  it('without the extras the same drafts are clean of those findings, and the extra unit is unknown', async () => {
    const config = path.join(tmp, 'bare.json')
    writeFileSync(config, JSON.stringify({}))
    const result = await findings(['--config', config, `${DIR}/drafts`])
    expect(result['reuses-json-entry.md']).toEqual([])
    expect(result['reuses-published-draft.md']).toEqual([])
    expect(result['extra-unit.md'].map((finding) => finding.split(': ')[0])).toEqual(['21:responsible-unit-known'])
  })

  it('a registry path that does not exist is a config error naming it', async () => {
    const config = path.join(tmp, 'missing.json')
    writeFileSync(config, JSON.stringify({registry: ['no-such-folder/']}))
    const run = await runCli(['--config', config, path.join(ROOT, DIR, 'drafts/extra-unit.md')])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('/registry  找不到 no-such-folder/（文件或文件夹不存在）')
  })
})
