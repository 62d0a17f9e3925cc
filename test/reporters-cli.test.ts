import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {allRules, TOOL_IDS} from '@gazette-lint/engine'
import {afterAll, describe, expect, it} from 'vitest'
import {sarifSchemaErrors} from '../packages/reporters/test/sarif-schema.js'
import {parseXml, textOf, xmlError} from '../packages/reporters/test/xml-helpers.js'
import {parseJsonReport, runCli, type JsonFinding} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'
import {sharedAvailability} from './helpers/shared.js'

const shared = sharedAvailability()
if (shared.skip) console.warn(shared.reason)

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'reporters')
const FORMATS = ['sarif', 'github', 'checkstyle', 'junit', 'gitlab'] as const
/** The rule table of every report: the rules, then the ids beyond them (`fatal`, `encoding`). */
const RULE_IDS = [...allRules.map((rule) => rule.meta.id), 'fatal', 'encoding']

/**
 * A throwaway repository: `<tmp>/.git` marks its root, the drafts sit in `<tmp>/drafts`, and the CLI
 * runs from that subfolder, so repository-relative paths (SARIF, GitHub, GitLab) differ from
 * cwd-relative ones (JUnit, json).
 */
const repo = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-reporters-'))
afterAll(() => rmSync(repo, {recursive: true, force: true}))
mkdirSync(path.join(repo, '.git'))
const drafts = path.join(repo, 'drafts')
mkdirSync(drafts)
for (const name of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, name), path.join(drafts, name))
const DRAFT_NAMES = readdirSync(drafts).sort()

function lintDrafts(format: string, extra: string[] = []) {
  return runCli(['--format', format, ...extra, '.'], {cwd: drafts})
}

const runs = new Map<string, ReturnType<typeof runCli>>()
/** The plain run of a format (no extra options), made once. */
function lintOnce(format: string) {
  let run = runs.get(format)
  if (!run) runs.set(format, (run = lintDrafts(format)))
  return run
}

/** The json report of the same run: the reference the other formats are checked against. */
const reference = parseJsonReport((await lintOnce('json')).stdout)
const allFindings = reference.flatMap((file) => file.messages.map((message) => ({path: file.path, ...message})))

describe('--format for CI services, through the real command line', () => {
  it('the drafts have the findings the tests rely on', async () => {
    expect(reference.map((file) => file.path)).toEqual(DRAFT_NAMES)
    const numberFindings = (name: string) => reference.find((file) => file.path === name)!.messages.filter((m) => m.ruleId === 'doc-number-format')
    expect(numberFindings('square-brackets.md').map((m) => m.message)).toEqual([
      '发文字号的年份应使用六角括号〔〕，不用“[]”：应为“陵政办发〔2025〕3号”',
      '发文字号中不应有空格：应为“陵政办发〔2025〕3号”',
    ])
    expect(numberFindings('第五号通知.md')).toHaveLength(3)
    expect(numberFindings('clean.md')).toEqual([])
  })

  it('lists every format in --help', async () => {
    const help = await runCli(['--help', '--lang', 'en'])
    expect(help.stdout).toContain('stylish, json, sarif, github, checkstyle, junit, gitlab')
  })

  it('sarif: the rule table, a result per finding with repository-relative locations and fixes', async () => {
    const run = await lintOnce('sarif')
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const log = JSON.parse(run.stdout)
    const sarifRun = log.runs[0]
    const driver = sarifRun.tool.driver
    expect(driver.name).toBe('gazette-lint')
    expect(driver.version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')).version)
    expect(driver.rules.map((rule: {id: string}) => rule.id)).toEqual(RULE_IDS)
    for (const rule of allRules) {
      const descriptor = driver.rules.find((d: {id: string}) => d.id === rule.meta.id)
      expect(descriptor.helpUri).toBe(rule.meta.url)
      expect(descriptor.fullDescription.text).toContain(rule.meta.description.zh)
      expect(descriptor.fullDescription.text).toContain(rule.meta.description.en)
      expect(descriptor.defaultConfiguration.level).toBe({error: 'error', warning: 'warning', info: 'note'}[rule.meta.severity])
    }
    expect(TOOL_IDS.map((meta) => meta.id)).toEqual(['fatal', 'encoding'])
    for (const meta of TOOL_IDS) {
      const descriptor = driver.rules.find((d: {id: string}) => d.id === meta.id)
      expect(descriptor.helpUri).toBe('https://github.com/gazette-lint/gazette-lint/blob/main/README.md#troubleshooting')
      expect(descriptor.defaultConfiguration.level).toBe({error: 'error', warning: 'warning', info: 'note'}[meta.severity])
      expect(descriptor.fullDescription.text).toContain(meta.description.en)
    }

    expect(sarifRun.results).toHaveLength(allFindings.length)
    sarifRun.results.forEach((result: any, index: number) => {
      const finding = allFindings[index]
      expect(result.ruleId).toBe(finding.ruleId)
      expect(driver.rules[result.ruleIndex].id).toBe(finding.ruleId)
      expect(result.level).toBe({error: 'error', warning: 'warning', info: 'note'}[finding.severity])
      expect(result.message.text).toBe(finding.message)
      const location = result.locations[0].physicalLocation
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%')
      // Relative to the repository root (the folder holding .git), not to cwd.
      expect(decodeURIComponent(location.artifactLocation.uri)).toBe(`drafts/${finding.path}`)
      if (finding.line !== null) {
        expect(location.region).toMatchObject({startLine: finding.line, startColumn: finding.column})
        if (finding.endLine !== null) expect(location.region).toMatchObject({endLine: finding.endLine, endColumn: finding.endColumn})
      }
    })

    // The fixes rewrite the document number when applied at their character offsets.
    const index = allFindings.findIndex((f) => f.path === 'square-brackets.md' && f.ruleId === 'doc-number-format')
    const [change] = sarifRun.results[index].fixes[0].artifactChanges
    const text = readFileSync(path.join(drafts, 'square-brackets.md'), 'utf8')
    const [replacement] = change.replacements
    const {charOffset, charLength} = replacement.deletedRegion
    expect(text.slice(charOffset, charOffset + charLength)).toBe('陵政办发[2025] 3号')
    expect(replacement.insertedContent.text).toBe('陵政办发〔2025〕3号')
  })

  it.skipIf(shared.skip)('sarif: valid against the official SARIF 2.1.0 schema', async () => {
    expect(sarifSchemaErrors(JSON.parse((await lintOnce('sarif')).stdout))).toEqual([])
    // With --lang en, and with a clean draft only (no results).
    expect(sarifSchemaErrors(JSON.parse((await lintDrafts('sarif', ['--lang', 'en'])).stdout))).toEqual([])
    expect(sarifSchemaErrors(JSON.parse((await runCli(['--format', 'sarif', 'clean.md'], {cwd: drafts})).stdout))).toEqual([])
  })

  it('checkstyle: well-formed XML that parses back to the findings', async () => {
    const run = await lintOnce('checkstyle')
    expect(run.status).toBe(1)
    expect(xmlError(run.stdout)).toBeNull()
    const document = parseXml(run.stdout)
    expect(document.checkstyle.version).toBe('4.3')
    const files = document.checkstyle.file
    expect(files.map((file: {name: string}) => file.name)).toEqual(DRAFT_NAMES.map((name) => path.join(drafts, name)))
    files.forEach((file: any, index: number) => {
      const expected = reference[index].messages
      const errors = file.error ?? []
      expect(errors).toHaveLength(expected.length)
      errors.forEach((error: Record<string, string>, i: number) => {
        expect(error).toMatchObject({
          line: String(expected[i].line ?? 1),
          severity: expected[i].severity,
          message: expected[i].message,
          source: `gazette-lint.${expected[i].ruleId}`,
        })
        if (expected[i].column !== null) expect(error.column).toBe(String(expected[i].column))
      })
    })
  })

  it('junit: a suite per draft, a test case per rule, a failure per error; warnings do not fail', async () => {
    const run = await lintOnce('junit')
    expect(xmlError(run.stdout)).toBeNull()
    const suites = parseXml(run.stdout).testsuites
    expect(suites.testsuite.map((suite: {name: string}) => suite.name)).toEqual(DRAFT_NAMES)
    let totalFailures = 0
    suites.testsuite.forEach((suite: any, index: number) => {
      const messages = reference[index].messages
      expect(suite.testcase.map((testcase: {name: string}) => testcase.name)).toEqual(RULE_IDS)
      expect(Number(suite.tests)).toBe(RULE_IDS.length)
      const failing = RULE_IDS.filter((id) => messages.some((m) => m.ruleId === id && m.severity === 'error'))
      expect(Number(suite.failures)).toBe(failing.length)
      totalFailures += failing.length
      for (const testcase of suite.testcase) {
        const errors = messages.filter((m) => m.ruleId === testcase.name && m.severity === 'error')
        const others = messages.filter((m) => m.ruleId === testcase.name && m.severity !== 'error')
        expect((testcase.failure ?? []).map((failure: {message: string}) => failure.message)).toEqual(errors.map((m) => m.message))
        const out = textOf(testcase['system-out']?.[0])
        for (const m of others) expect(out).toContain(m.message)
      }
    })
    expect(Number(suites.tests)).toBe(RULE_IDS.length * DRAFT_NAMES.length)
    expect(Number(suites.failures)).toBe(totalFailures)
    expect(totalFailures).toBeGreaterThanOrEqual(2)
  })

  it('gitlab: Code Quality issues with the documented fields and unique fingerprints', async () => {
    const run = await lintOnce('gitlab')
    const issues = JSON.parse(run.stdout)
    expect(Array.isArray(issues)).toBe(true)
    expect(issues).toHaveLength(allFindings.length)
    issues.forEach((issue: any, index: number) => {
      const finding = allFindings[index]
      expect(issue).toEqual({
        description: finding.message,
        check_name: finding.ruleId,
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: {error: 'major', warning: 'minor', info: 'info'}[finding.severity],
        location: {path: `drafts/${finding.path}`, lines: {begin: finding.line ?? 1}},
      })
    })
    expect(new Set(issues.map((issue: {fingerprint: string}) => issue.fingerprint)).size).toBe(issues.length)
    // Stable: the same drafts give the same fingerprints.
    expect(JSON.parse((await lintDrafts('gitlab')).stdout)).toEqual(issues)
  })

  it('github: a workflow command per finding, escaped as GitHub reads them', async () => {
    const run = await lintOnce('github')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(allFindings.length)
    lines.forEach((line, index) => expect(parseCommand(line)).toEqual(expectedCommand(allFindings[index], `drafts/${allFindings[index].path}`)))
  })

  it('github: `:` `,` `%` and a newline in a message and a file name are escaped', async () => {
    // English messages carry `,` and `:`; a file name carries `%`, `,`, `:` and a newline.
    const odd = path.join(repo, 'odd')
    mkdirSync(odd, {recursive: true})
    const name = '100%,a:b\nc.md'
    copyFileSync(path.join(drafts, 'square-brackets.md'), path.join(odd, name))
    const run = await runCli(['--format', 'github', '--lang', 'en', name], {cwd: odd})
    const json = parseJsonReport((await runCli(['--format', 'json', '--lang', 'en', name], {cwd: odd})).stdout)
    const findings = json[0].messages
    const brackets = findings.find((m) => m.ruleId === 'doc-number-format')!
    expect(brackets.message).toBe('The year of the document number belongs in 〔〕, not "[]": write "陵政办发〔2025〕3号"')
    const lines = run.stdout.trimEnd().split('\n')
    // One line per finding: the newline in the file name did not start a new command.
    expect(lines).toHaveLength(findings.length)
    const line = lines[findings.indexOf(brackets)]
    expect(line).toBe(
      '::error file=odd/100%25%2Ca%3Ab%0Ac.md,line=5,col=1,endLine=5,endColumn=14,title=gazette-lint (doc-number-format)::' +
        'The year of the document number belongs in 〔〕, not "[]": write "陵政办发〔2025〕3号"',
    )
    lines.forEach((l, index) => expect(parseCommand(l)).toEqual(expectedCommand(findings[index], `odd/${name}`)))
  })

  it('--output-file writes exactly what stdout would show, and nothing to stdout', async () => {
    for (const format of FORMATS) {
      const target = path.join(repo, 'reports', `report.${format}`)
      const toFile = await lintDrafts(format, ['--output-file', target])
      expect(toFile.stdout, format).toBe('')
      expect(toFile.status, format).toBe(1)
      expect(readFileSync(target, 'utf8'), format).toBe((await lintOnce(format)).stdout)
    }
    expect(readdirSync(path.join(repo, 'reports')).sort()).toEqual(FORMATS.map((f) => `report.${f}`).sort())
  })

  it('--format name:file writes more reports from the same run; the plain --format still goes to stdout', async () => {
    const target = (format: string) => path.join(repo, 'one-run', `report.${format}`)
    const run = await lintDrafts('github', ['--format', `sarif:${target('sarif')}`, '--format', `junit:${target('junit')}`])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe((await lintOnce('github')).stdout)
    for (const format of ['sarif', 'junit']) expect(readFileSync(target(format), 'utf8'), format).toBe((await lintOnce(format)).stdout)
    const stylishToo = await runCli(['--format', `gitlab:${target('gitlab')}`, '.'], {cwd: drafts})
    expect(stylishToo.stdout).toMatch(/✖ \d+ 个问题/)
    expect(readFileSync(target('gitlab'), 'utf8')).toBe((await lintOnce('gitlab')).stdout)
  })

  it('--format: two reports for stdout, an unknown format or a missing file name are usage errors', async () => {
    const twice = await lintDrafts('github', ['--format', 'sarif'])
    expect([twice.status, twice.stderr]).toEqual([2, expect.stringContaining('--format 两次给出而未指定文件（“github”“sarif”）：标准输出只有一份报告，其他报告请用 --format sarif:<文件> 写入文件')])
    const unknown = await lintDrafts('github', ['--format', 'html:report.html'])
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining('没有输出格式“html”，可用：')])
    const noFile = await lintDrafts('github', ['--format', 'sarif:'])
    expect([noFile.status, noFile.stderr]).toEqual([2, expect.stringContaining('--format sarif：请在冒号后写文件名（如 --format sarif:report.sarif）')])
  })
})

/** Reads a workflow command back the way the runner does: split on `::`, `,` and `=`, then unescape. */
function parseCommand(line: string): {command: string; properties: Record<string, string>; message: string} {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line)
  if (!match) throw new Error(`not a workflow command: ${line}`)
  const unescape = (value: string) =>
    value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
  const properties = Object.fromEntries(
    match[2].split(',').map((pair) => {
      const at = pair.indexOf('=')
      return [pair.slice(0, at), unescape(pair.slice(at + 1))]
    }),
  )
  return {command: match[1], properties, message: unescape(match[3])}
}

function expectedCommand(finding: JsonFinding, file: string) {
  const properties: Record<string, string> = {file}
  if (finding.line !== null) properties.line = String(finding.line)
  if (finding.column !== null) properties.col = String(finding.column)
  if (finding.endLine !== null) properties.endLine = String(finding.endLine)
  if (finding.endColumn !== null) properties.endColumn = String(finding.endColumn)
  properties.title = `gazette-lint (${finding.ruleId})`
  return {command: {error: 'error', warning: 'warning', info: 'notice'}[finding.severity], properties, message: finding.message}
}
