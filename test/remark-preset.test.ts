/**
 * remark-preset-lint-gazette against the gazette-lint command on every example: in this process with
 * unified (each draft, with and without a `.gazettelintrc.json` that changes severities, language and
 * profile), and once through a spawned remark-cli, as a repository that already uses remark runs it.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import remarkPresetLintGazette from 'remark-preset-lint-gazette'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const REMARK = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js')
const PRESET = path.join(ROOT, 'packages', 'remark-preset-lint-gazette', 'dist', 'index.js')
const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.md'))
  .sort()

/** A config that changes what the defaults give: severities both ways, info, a rule off, English, a county profile that is not shipped. */
const CONFIG = {
  lang: 'en',
  profile: './county-profile.json',
  rules: {
    'issuer-consistent': 'warning',
    'disclosure-format': 'error',
    'addressee-format': 'info',
    'doc-number-present': 'info',
    'date-valid': 'off',
  },
}

let configured: string
beforeAll(() => {
  configured = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-preset-'))
  for (const name of EXAMPLES) copyFileSync(path.join(ROOT, 'examples', name), path.join(configured, name))
  // 平顺县's conventions under another county's name: forced on every draft, as a county office's own profile is.
  const profile = JSON.parse(readFileSync(path.join(ROOT, 'packages/profiles/pingshun.json'), 'utf8'))
  writeFileSync(path.join(configured, 'county-profile.json'), JSON.stringify({...profile, id: 'own-county'}))
  writeFileSync(path.join(configured, '.gazettelintrc.json'), JSON.stringify(CONFIG))
})
afterAll(() => rmSync(configured, {recursive: true, force: true}))

type Severity = 'error' | 'warning' | 'info'
const line = (at: string, severity: Severity, message: string, ruleId: string | null) => `${at} ${severity} ${ruleId} ${message}`

/** What gazette-lint reports for a folder, per file: `line:column-endLine:endColumn severity rule message`. */
async function cliFindings(dir: string): Promise<Record<string, string[]>> {
  // The preset reads Markdown; the Word twins of examples/docx are the command's alone.
  const run = await runCli(['--format', 'json', '*.md'], {cwd: dir})
  expect(run.stderr).toBe('')
  return Object.fromEntries(
    parseJsonReport(run.stdout).map((result) => [
      result.path,
      result.messages.map((m) => line(`${m.line}:${m.column}-${m.endLine}:${m.endColumn}`, m.severity, m.message, m.ruleId)),
    ]),
  )
}

/** What the preset gives in a unified pipeline in this process, for one draft. */
async function presetFindings(dir: string, name: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkPresetLintGazette)
  const file = new VFile({path: name, cwd: dir, value: readFileSync(path.join(dir, name), 'utf8')})
  await processor.run(processor.parse(file), file)
  return file.messages.map((m) => {
    const severity: Severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
    const place = m.place && 'start' in m.place ? m.place : undefined
    const at = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '-'
    return line(at, severity, m.reason, m.ruleId ?? null)
  })
}

describe('remark-preset-lint-gazette in a unified pipeline gives what gazette-lint gives', () => {
  it('on every example, with no config', async () => {
    const dir = path.join(ROOT, 'examples')
    const expected = await cliFindings(dir)
    expect(Object.keys(expected)).toEqual(EXAMPLES)
    for (const name of EXAMPLES) expect(await presetFindings(dir, name), name).toEqual(expected[name])
    // The comparison has something to compare: errors, warnings and info, in Chinese.
    const all = Object.values(expected).flat()
    for (const severity of ['error', 'warning', 'info']) expect(all.some((finding) => finding.includes(` ${severity} `)), severity).toBe(true)
  })

  it('on every example, under a .gazettelintrc.json that changes severities, language and profile', async () => {
    const expected = await cliFindings(configured)
    const defaults = await cliFindings(path.join(ROOT, 'examples'))
    expect(expected).not.toEqual(defaults)
    for (const name of EXAMPLES) expect(await presetFindings(configured, name), name).toEqual(expected[name])
    const all = Object.values(expected).flat()
    expect(all.filter((finding) => / info (addressee-format|doc-number-present) /.test(finding)).length).toBeGreaterThan(0)
    expect(all.some((finding) => / warning issuer-consistent /.test(finding))).toBe(true)
    expect(all.some((finding) => /date-valid/.test(finding))).toBe(false)
    // English, and the forced profile speaks: 平顺县's 代字 are the county's own, so 陵川县's are not.
    const message = (finding: string) => finding.split(' ').slice(3).join(' ')
    expect(all.filter((finding) => !/^[A-Za-z"]/.test(message(finding)))).toEqual([])
    expect(all.some((finding) => finding.includes(' doc-number-issuer '))).toBe(true)
  })

  it('sees the drafts around a file for doc-number-unique, and notices when one changes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-preset-unique-'))
    try {
      const clean = readFileSync(path.join(ROOT, 'examples', 'lingchuan-clean-direct.md'), 'utf8')
      mkdirSync(path.join(dir, 'drafts'))
      writeFileSync(path.join(dir, 'drafts', 'a.md'), clean)
      writeFileSync(path.join(dir, 'drafts', 'b.md'), clean)
      const unique = async (name: string) => (await presetFindings(dir, name)).filter((finding) => finding.includes('doc-number-unique'))
      expect(clean).toContain('陵政发〔2026〕6号')
      expect(await unique('drafts/a.md')).toEqual([
        '5:1-5:12 error doc-number-unique 发文字号“陵政发〔2026〕6号”与本次检查的其他文稿重号：drafts/b.md',
      ])
      // b.md gets its own number: the next lint of a.md, in the same long-lived session, sees it.
      writeFileSync(path.join(dir, 'drafts', 'b.md'), clean.replace('陵政发〔2026〕6号', '陵政发〔2026〕17号'))
      expect(await unique('drafts/a.md')).toEqual([])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('a broken .gazettelintrc.json is one fatal finding on the draft, naming the file and the problem, not a crash', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-preset-config-'))
    try {
      copyFileSync(path.join(ROOT, 'examples', 'lingchuan-clean-direct.md'), path.join(dir, 'draft.md'))
      writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({rules: {'date-vaild': 'error'}}))
      expect(await presetFindings(dir, 'draft.md')).toEqual([
        `- error fatal 适用于本草稿的配置文件有误：${path.join(dir, '.gazettelintrc.json')}:1:11: /rules/date-vaild 未知的键“date-vaild”：没有这条规则，是否要写“date-valid”？`,
      ])
      // A config that asks for English has its problems told in English.
      writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({lang: 'en', rules: {'date-vaild': 'error'}}))
      expect(await presetFindings(dir, 'draft.md')).toEqual([
        `- error fatal the config that applies to this draft cannot be used: ${path.join(dir, '.gazettelintrc.json')}:1:23: /rules/date-vaild unknown key "date-vaild": no such rule; did you mean "date-valid"?`,
      ])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('remark-preset-lint-gazette in remark-cli', () => {
  it('a spawned remark --use remark-preset-lint-gazette reports what gazette-lint reports, under the config', async () => {
    const result = spawnSync(process.execPath, [REMARK, '--use', PRESET, '--no-stdout', '--no-color', '.'], {
      cwd: configured,
      encoding: 'utf8',
      env: {...process.env, GAZETTE_LINT_TODAY: '2026-11-23', NO_COLOR: '1'},
    })
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const reported: Record<string, string[]> = {}
    let current = ''
    for (const text of result.stderr.split('\n')) {
      const heading = /^(\S+\.md)$/.exec(text)
      if (heading) current = heading[1]
      const finding = /^\s*(\d+:\d+-\d+:\d+)\s+(error|warning|info)\s+(.*?)\s+([a-z][a-z-]+)\s+gazette-lint\s*$/.exec(text)
      if (finding) (reported[current] ??= []).push(line(finding[1], finding[2] as Severity, finding[3], finding[4]))
    }
    // remark's reporter orders findings at one position its own way: compare each file's findings as a set.
    const expected = Object.fromEntries(
      Object.entries(await cliFindings(configured))
        .filter(([, findings]) => findings.length > 0)
        .map(([file, findings]) => [file, findings.sort()]),
    )
    expect(Object.fromEntries(Object.entries(reported).map(([file, findings]) => [file, findings.sort()]))).toEqual(expected)
    // Error-level findings fail remark as they fail gazette-lint.
    expect(result.status).toBe(1)
  })
})
