/**
 * What a clerk sees in the terminal: the default stylish report of the real command, at 80 columns,
 * with its summary and clean-run line; colour, NO_COLOR and rule links on a terminal (in process, since
 * a spawned command's stdout is a pipe, never a TTY).
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {displayWidth} from '@gazette-lint/reporters'
import {run} from 'gazette-lint'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli, type JsonFinding} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const LABEL = {error: '错误', warning: '警告', info: '提示'} as const
const examples = readdirSync(path.join(ROOT, 'examples')).filter((name) => name.endsWith('.md'))
const cleanExamples = examples.filter((name) => name.includes('-clean-')).map((name) => `examples/${name}`)

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-output-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** The stylish report cut into findings: a file's path, then per finding its head line and message lines. */
function findingsOf(stdout: string): Array<{path: string; head: string; message: string[]}> {
  const findings: Array<{path: string; head: string; message: string[]}> = []
  let file = ''
  for (const line of stdout.split('\n')) {
    if (/^\S/.test(line)) file = line
    else if (/^ {2}\S/.test(line)) findings.push({path: file, head: line, message: []})
    else if (/^ {3,}\S/.test(line)) findings.at(-1)!.message.push(line)
  }
  return findings
}

/** The Markdown examples (their Word twins in examples/docx have their own tests: test/docx-examples.test.ts). */
const MARKDOWN_EXAMPLES = 'examples/*.md'

describe('the stylish report of examples/ at 80 columns', () => {
  let stylish: Awaited<ReturnType<typeof runCli>>
  let json: ReturnType<typeof parseJsonReport>
  let expected: Array<{path: string; finding: JsonFinding}>
  beforeAll(async () => {
    stylish = await runCli([MARKDOWN_EXAMPLES])
    json = parseJsonReport((await runCli(['--format', 'json', MARKDOWN_EXAMPLES])).stdout)
    expected = json.flatMap((result) =>
    [...result.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || ['error', 'warning', 'info'].indexOf(a.severity) - ['error', 'warning', 'info'].indexOf(b.severity))
      .map((finding) => ({path: result.path, finding})),
    )
  })

  it('fits every line in 80 display columns, in Chinese and in English', async () => {
    expect(stylish.status).toBe(1)
    for (const stdout of [stylish.stdout, (await runCli(['--lang', 'en', MARKDOWN_EXAMPLES])).stdout]) {
      const lines = stdout.split('\n')
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80)
      expect(lines.length).toBeGreaterThan(expected.length * 2)
    }
  })

  it('gives each finding a line of location, severity and rule id, then its whole message', () => {
    const shown = findingsOf(stylish.stdout)
    expect(shown).toHaveLength(expected.length)
    shown.forEach(({path: shownPath, head, message}, index) => {
      const {path: filePath, finding} = expected[index]
      expect(shownPath).toBe(filePath)
      expect(head).toMatch(new RegExp(`^  ${finding.line}:${finding.column} +${LABEL[finding.severity as keyof typeof LABEL]}  ${finding.ruleId}$`))
      // The message lines, under the severity, rejoin into the message (a line may end where a space was).
      const indent = head.indexOf(LABEL[finding.severity as keyof typeof LABEL])
      for (const line of message) expect(line.slice(0, indent).trim(), line).toBe('')
      expect(message.map((line) => line.slice(indent)).join('').replace(/\s/g, '')).toBe(finding.message.replace(/\s/g, ''))
    })
  })

  it('keeps each quoted element on one line', () => {
    for (const {message} of findingsOf(stylish.stdout)) {
      const text = message.map((line) => line.trim()).join('')
      for (const quoted of text.match(/“[^”]*”/g) ?? []) expect(message.some((line) => line.includes(quoted)), quoted).toBe(true)
    }
  })

  it('ends with a summary that counts errors, warnings and infos', async () => {
    const count = (severity: string) => json.reduce((sum, result) => sum + result.messages.filter((m: JsonFinding) => m.severity === severity).length, 0)
    const [errors, warnings, infos] = [count('error'), count('warning'), count('info')]
    expect(infos).toBeGreaterThan(0)
    expect(stylish.stdout.endsWith(`\n\n✖ ${errors + warnings + infos} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 条提示）\n`)).toBe(true)
    const english = (await runCli(['--lang', 'en', MARKDOWN_EXAMPLES])).stdout
    expect(english.endsWith(`\n\n✖ ${errors + warnings + infos} problems (${errors} errors, ${warnings} warnings, ${infos} info)\n`)).toBe(true)
    expect(english).not.toContain('gazette-lint\n')
  })
})

describe('the README', () => {
  const samples = [...readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/```text\n\$ npx gazette-lint ([^\n]+)\n([\s\S]*?)```/g)]

  it.each(samples.map((sample) => [sample[1], sample[2]]))('shows the real output of gazette-lint %s', async (args, output) => {
    expect((await runCli(args.split(' '))).stdout).toBe(output)
  })

  it('has samples of a report and of a clean run', () => {
    expect(samples.map((sample) => sample[2].split('\n').at(-2)![0])).toEqual(['✖', '✓'])
  })
})

describe('a clean run', () => {
  it('says how many drafts were found clean, in Chinese or English', async () => {
    const zh = await runCli(cleanExamples)
    expect([zh.status, zh.stdout, zh.stderr]).toEqual([0, `✓ ${cleanExamples.length} 份文稿未发现问题\n`, ''])
    expect((await runCli(['--lang', 'en', cleanExamples[0]])).stdout).toBe('✓ No problems found in 1 draft\n')
  })

  it('with --quiet says no errors were found, not no problems', async () => {
    const warned = await runCli(['--quiet', 'test/fixtures/cli/basic/warn-flag.md'])
    expect([warned.status, warned.stdout]).toEqual([0, '✓ 1 份文稿未发现错误\n'])
  })
})

describe('a doc-number-unique finding against many drafts', () => {
  it('lists the first three other drafts and how many there are; JSON keeps the whole list', async () => {
    const folder = path.join(tmp, 'same-number')
    mkdirSync(folder)
    const draft = readFileSync(path.join(ROOT, 'examples', 'lingchuan-clean-direct.md'), 'utf8')
    for (const letter of 'abcdefgh') writeFileSync(path.join(folder, `${letter}.md`), draft)
    const report = await runCli(['same-number'], {cwd: tmp})
    const first = findingsOf(report.stdout).find((finding) => finding.path === 'same-number/a.md' && finding.head.endsWith('doc-number-unique'))!
    expect(first.message.map((line) => line.trim()).join('')).toMatch(/与本次检查的其他文稿重号：same-number\/b\.md、same-number\/c\.md、same-number\/d\.md 等 7 份$/)
    const [a] = parseJsonReport((await runCli(['--format', 'json', 'same-number'], {cwd: tmp})).stdout)
    expect(a.messages.find((message) => message.ruleId === 'doc-number-unique')!.message).toMatch(/：same-number\/b\.md、(?:same-number\/[c-h]\.md、){5}same-number\/h\.md$/)
  })
})

describe('draft text with terminal escapes', () => {
  it('reaches the terminal escaped, in stylish and in vfile', async () => {
    // The title is quoted back in title-format's message.
    const draft = readFileSync(path.join(ROOT, 'test/fixtures/cli/basic/bad-number.md'), 'utf8').replace('# 关于做好', '# 做好\u001b[2J\u001b]0;pwned\u0007')
    writeFileSync(path.join(tmp, 'escapes.md'), draft)
    for (const format of ['stylish', 'vfile']) {
      const report = await runCli(['--format', format, 'escapes.md'], {cwd: tmp})
      expect(report.status).toBe(1)
      expect(report.stdout, format).toContain('做好\\x1b[2J\\x1b]0;pwned\\x072026年')
      expect(report.stdout, format).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    }
  })
})

describe('on a terminal', () => {
  const lint = async (args: string[], io: {isTTY: boolean; columns?: number}) => {
    let stdout = ''
    const code = await run(args, {stdout: (text) => (stdout += text), stderr: () => {}, cwd: ROOT, ...io})
    return {code, stdout}
  }
  const saved = {NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR, GAZETTE_LINT_TODAY: process.env.GAZETTE_LINT_TODAY}
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })
  const BAD = 'test/fixtures/cli/basic/bad-number.md'
  const LINK = `\u001b]8;;${pathToFileURL(path.join(ROOT, 'rules/doc-number/doc-number-format/README.md')).href}\u001b\\`

  it('colours the report and links the rule id to its page', async () => {
    delete process.env.NO_COLOR
    const {code, stdout} = await lint([BAD], {isTTY: true, columns: 120})
    expect(code).toBe(1)
    expect(stdout).toContain('\u001b[31m错误\u001b[39m')
    expect(stdout).toContain(`${LINK}\u001b[2mdoc-number-format\u001b[22m\u001b]8;;\u001b\\`)
  })

  it('honours NO_COLOR: no colour and no link, unless --color forces colour', async () => {
    process.env.NO_COLOR = '1'
    expect((await lint([BAD], {isTTY: true})).stdout).not.toContain('\u001b')
    expect((await lint(['--color', BAD], {isTTY: true})).stdout).toContain('\u001b[31m错误')
    process.env.NO_COLOR = ''
    expect((await lint([BAD], {isTTY: true})).stdout).toContain('\u001b[31m错误')
  })

  it('gives a pipe or a file neither colour nor links, and --no-color a terminal neither', async () => {
    delete process.env.NO_COLOR
    expect((await lint([BAD], {isTTY: false})).stdout).not.toContain('\u001b')
    expect((await lint(['--no-color', BAD], {isTTY: true})).stdout).not.toContain('\u001b')
    const forced = (await lint(['--color', BAD], {isTTY: false})).stdout
    expect(forced).toContain('\u001b[31m错误')
    expect(forced).not.toContain('\u001b]8;')
    const output = path.join(tmp, 'report.txt')
    expect((await lint(['-o', output, BAD], {isTTY: true})).stdout).toBe('')
    expect(readFileSync(output, 'utf8')).not.toContain('\u001b')
  })

  it('wraps to the terminal width', async () => {
    process.env.NO_COLOR = '1'
    process.env.GAZETTE_LINT_TODAY = '2026-11-23'
    const widths = async (columns: number) => (await lint([MARKDOWN_EXAMPLES], {isTTY: true, columns})).stdout.split('\n').map(displayWidth)
    const narrow = await widths(50)
    expect(Math.max(...narrow)).toBeLessThanOrEqual(50)
    const wide = await widths(160)
    expect(Math.max(...wide)).toBeGreaterThan(80)
    expect(wide.length).toBeLessThan(narrow.length)
  })
})
