/** `--baseline-write` and `--baseline`, on copies of the examples: adopting the check on old drafts. */
import {cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Ajv} from 'ajv'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-baseline-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

let counter = 0
/** A fresh copy of examples/ under a folder of its own, with the baseline written beside it. */
async function adopted(): Promise<{folder: string; write: Awaited<ReturnType<typeof runCli>>}> {
  const folder = path.join(dir, `repo-${++counter}`)
  cpSync(path.join(ROOT, 'examples'), path.join(folder, 'drafts'), {recursive: true})
  const write = await runCli(['--baseline-write', 'gazette-lint-baseline.json', 'drafts/'], {cwd: folder})
  return {folder, write}
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')))
const findings = (stdout: string) => parseJsonReport(stdout).flatMap((result) => result.messages.map((message) => `${result.path}:${message.line}:${message.ruleId}`))

describe('a baseline written on examples/', () => {
  /** What examples/ reports without a baseline: its drafts and every finding. */
  let total = 0
  let drafts = 0
  beforeAll(async () => {
    const report = parseJsonReport((await runCli(['--format', 'json', 'examples/'])).stdout)
    total = report.reduce((sum, result) => sum + result.messages.length, 0)
    drafts = report.length
  })

  it('records every finding, valid against schemas/baseline.schema.json, and the run reports none of them', async () => {
    const {folder, write} = await adopted()
    expect(write.status).toBe(0)
    expect(write.stderr).toBe(`gazette-lint：已将 ${total} 个问题记录到基线文件 gazette-lint-baseline.json\n`)
    expect(write.stdout).toContain(`✓ ${drafts} 份文稿未发现问题`)
    const baseline = JSON.parse(readFileSync(path.join(folder, 'gazette-lint-baseline.json'), 'utf8'))
    const validate = new Ajv({strict: true}).compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'baseline.schema.json'), 'utf8')))
    expect(validate(baseline), JSON.stringify(validate.errors)).toBe(true)
    // Keyed by draft (relative to the baseline's folder), rule id and element hash, not by line.
    expect(Object.keys(baseline.files['drafts/qinxian-bad-date-spaces.md'])).toEqual(['date-format'])
    expect(Object.values(baseline.files['drafts/qinxian-bad-date-spaces.md']['date-format'])).toEqual([1])
  })

  it('makes the next run exit 0; one new fault makes it exit 1 with only that fault reported', async () => {
    const {folder} = await adopted()
    const clean = await runCli(['--baseline', 'gazette-lint-baseline.json', 'drafts/'], {cwd: folder})
    expect(clean.status).toBe(0)
    expect(clean.stdout).toContain(`✓ ${drafts} 份文稿未发现问题`)
    expect(clean.stderr).toBe(`gazette-lint：基线文件 gazette-lint-baseline.json 中已有的 ${total} 个问题不再报告\n`)

    edit(path.join(folder, 'drafts/lingchuan-clean-direct.md'), (text) => text.replace('2026年3月18日', '2026年03月18日'))
    const run = await runCli(['--baseline', 'gazette-lint-baseline.json', '--format', 'json', 'drafts/'], {cwd: folder})
    expect(run.status).toBe(1)
    expect(findings(run.stdout)).toEqual(['drafts/lingchuan-clean-direct.md:35:date-format'])
  })

  it('stays valid when a draft is edited elsewhere: lines added above a recorded fault', async () => {
    const {folder} = await adopted()
    edit(path.join(folder, 'drafts/qinxian-bad-date-spaces.md'), (text) => text.replace('四、工作要求。', '五、新增一段要求，内容与原有问题无关。\n\n四、工作要求。'))
    const run = await runCli(['--baseline', 'gazette-lint-baseline.json', '--format', 'json', 'drafts/'], {cwd: folder})
    expect(findings(run.stdout).filter((finding) => finding.includes('date-format'))).toEqual([])
  })

  it('counts identical findings: two recorded, a third is new', async () => {
    const {folder} = await adopted()
    const draft = path.join(folder, 'drafts/lingchuan-clean-direct.md')
    const original = readFileSync(draft, 'utf8')
    const sentence = '统筹发展和安全，标本兼治'
    edit(draft, (text) => text.replace(sentence, '统筹发展和安全,标本兼治,精准'))
    await runCli(['--baseline-write', 'gazette-lint-baseline.json', 'drafts/'], {cwd: folder})
    const baseline = JSON.parse(readFileSync(path.join(folder, 'gazette-lint-baseline.json'), 'utf8'))
    expect(Object.values(baseline.files['drafts/lingchuan-clean-direct.md']['punctuation-fullwidth'])).toEqual([2])
    writeFileSync(draft, original.replace(sentence, '统筹发展和安全,标本兼治,精准,防控'))
    const run = await runCli(['--baseline', 'gazette-lint-baseline.json', '--format', 'json', 'drafts/'], {cwd: folder})
    expect(run.status).toBe(0)
    expect(findings(run.stdout)).toEqual(['drafts/lingchuan-clean-direct.md:9:punctuation-fullwidth'])
  })

  it('says how many entries no longer occur: a fault fixed, a draft removed', async () => {
    const {folder} = await adopted()
    edit(path.join(folder, 'drafts/qinxian-bad-date-spaces.md'), (text) => text.replace('2026 年 3 月 5 日', '2026年3月5日'))
    unlinkSync(path.join(folder, 'drafts/jiangxian-bad-date-invalid.md'))
    const run = await runCli(['--baseline', 'gazette-lint-baseline.json', '--lang', 'en', 'drafts/'], {cwd: folder})
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('gazette-lint: 2 baseline entries no longer occur; update the baseline with --baseline-write gazette-lint-baseline.json\n')
  })
})

describe('a baseline that cannot be used', () => {
  it.each([
    ['missing', undefined, '/  无法读取（文件或文件夹不存在（ENOENT））：可用 --baseline-write 生成基线文件'],
    ['not JSON', '{"version": 1, "files": {', '/  不是有效的 JSON（'],
    ['another version', '{"version": 2, "files": {}}', '/version  应为“1”之一'],
    ['a count of zero', '{"version": 1, "files": {"a.md": {"date-format": {"0123456789abcdef": 0}}}}', '/files/a.md/date-format/0123456789abcdef  不能小于 1'],
    ['an unknown key', '{"version": 1, "files": {}, "extra": true}', '/extra  未知的键“extra”'],
  ])('%s: exit 2, naming the file and the problem', async (_name, content, problem) => {
    const folder = mkdtempSync(path.join(dir, 'broken-'))
    cpSync(path.join(ROOT, 'examples/lingchuan-clean-direct.md'), path.join(folder, 'draft.md'))
    if (content !== undefined) writeFileSync(path.join(folder, 'baseline.json'), content)
    const run = await runCli(['--baseline', 'baseline.json', 'draft.md'], {cwd: folder})
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('gazette-lint：基线文件有误，无法使用：\n  baseline.json  ')
    expect(run.stderr).toContain(problem)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('is told in English with --lang en', async () => {
    const folder = mkdtempSync(path.join(dir, 'broken-'))
    cpSync(path.join(ROOT, 'examples/lingchuan-clean-direct.md'), path.join(folder, 'draft.md'))
    const run = await runCli(['--baseline', 'baseline.json', '--lang', 'en', 'draft.md'], {cwd: folder})
    expect(run.stderr).toBe('gazette-lint: the baseline cannot be used:\n  baseline.json  /  cannot be read (no such file or folder (ENOENT)); write one with --baseline-write\n')
  })

  it('--baseline and --baseline-write together are a usage error', async () => {
    const run = await runCli(['--baseline', 'a.json', '--baseline-write', 'b.json', 'examples/'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('gazette-lint：用法错误：--baseline 与 --baseline-write 不能同时使用')
  })
})
