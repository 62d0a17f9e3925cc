import {mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  checkstyle,
  escapeGithubData,
  escapeGithubProperty,
  escapeXml,
  findRepositoryRoot,
  github,
  gitlab,
  json,
  junit,
  reporters,
  sarif,
  stylish,
  vfile,
  type GitlabIssue,
  type ReportContext,
  type ReportRule,
} from '@gazette-lint/reporters'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {sharedAvailability} from '../../../test/helpers/shared.js'
import {sarifSchemaErrors} from './sarif-schema.js'
import {parseXml, textOf, xmlError} from './xml-helpers.js'

const shared = sharedAvailability()
if (shared.skip) console.warn(shared.reason)

/** Everything that could break a format: Chinese, quotes, markup, `]]>`, `%`, `:` and `,`, control characters, CR/LF, a lone surrogate and a valid pair. */
const NASTY = '“引号”与"quotes"和\'apos\' <b>&amp; ]]> 100% a:b,c NUL\u0000 BEL\u0007 VT\u000b US\u001f tab\there CR\rLF\nCRLF\r\n lone\ud800 pair😀 end'
/** What XML can carry of it: each forbidden character (NUL, BEL, VT, US, the lone surrogate) becomes U+FFFD. */
/** What a terminal is shown of it: control characters other than CR and LF escaped. */
const NASTY_ESCAPED = NASTY.replace('\u0000', '\\x00').replace('\u0007', '\\x07').replace('\u000b', '\\x0b').replace('\u001f', '\\x1f').replace('\t', '\\x09')
const NASTY_IN_XML = '“引号”与"quotes"和\'apos\' <b>&amp; ]]> 100% a:b,c NUL\uFFFD BEL\uFFFD VT\uFFFD US\uFFFD tab\there CR\rLF\nCRLF\r\n lone\uFFFD pair😀 end'

const ROOT = path.resolve('/repo')
const RULES: ReportRule[] = [
  {
    id: 'doc-number-format',
    family: 'doc-number',
    severity: 'error',
    fixable: true,
    description: {zh: '发文字号须为“代字〔YYYY〕N号”', en: 'The document number reads 代字〔YYYY〕N号'},
    url: 'https://example.test/rules/doc-number-format',
  },
  {
    id: 'date-format',
    family: 'date',
    severity: 'warning',
    fixable: false,
    description: {zh: '成文日期用阿拉伯数字', en: 'The date is written in Arabic numerals'},
    url: 'https://example.test/rules/date-format',
  },
  {
    id: 'profile-missing',
    family: 'profile',
    severity: 'info',
    fixable: false,
    description: {zh: '没有县级配置', en: 'No county profile'},
    url: 'https://example.test/rules/profile-missing',
  },
  {
    id: 'title-present',
    family: 'title',
    severity: 'error',
    fixable: false,
    description: {zh: '须有标题', en: 'A title is present'},
    url: 'https://example.test/rules/title-present',
  },
]

const TEXT = '陵川县人民政府办公室\n\n# 关于😀防汛的通知\n\n陵政办发[2025] 3号\n\n2025年五月6日\n'
const NUMBER = '陵政办发[2025] 3号'
const NUMBER_START = TEXT.indexOf(NUMBER)

interface Finding {
  reason: string
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  start?: [number, number]
  end?: [number, number]
  fix?: {range: [number, number]; text: string}
}

function draft(filePath: string, value: string, findings: Finding[]): VFile {
  const file = new VFile({path: filePath, cwd: ROOT, value})
  file.data.encoding = 'utf-8'
  for (const finding of findings) {
    const start = finding.start && {line: finding.start[0], column: finding.start[1]}
    // A span when the finding has an end, else a point; no place at all for a finding about the whole draft.
    const place = start && finding.end ? {start, end: {line: finding.end[0], column: finding.end[1]}} : start
    const message = file.message(finding.reason, {place, ruleId: finding.ruleId, source: 'gazette-lint'})
    message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
    message.url = RULES.find((rule) => rule.id === finding.ruleId)?.url
    if (finding.fix) Object.assign(message, {fix: finding.fix})
  }
  return file
}

function sampleFiles(): VFile[] {
  return [
    draft('drafts/第1号,通知.md', TEXT, [
      {reason: 'profile: none', ruleId: 'profile-missing', severity: 'info'},
      {
        reason: '发文字号的年份应使用六角括号〔〕，不用“[]”：应为“陵政办发〔2025〕3号”',
        ruleId: 'doc-number-format',
        severity: 'error',
        start: [5, 1],
        end: [5, 14],
        fix: {range: [NUMBER_START, NUMBER_START + NUMBER.length], text: '陵政办发〔2025〕3号'},
      },
      {reason: NASTY, ruleId: 'doc-number-format', severity: 'error', start: [5, 1], end: [5, 14]},
      {reason: '日期应为“2025年5月6日”', ruleId: 'date-format', severity: 'warning', start: [7, 1], end: [7, 10]},
    ]),
    draft('drafts/clean.md', '陵川县人民政府办公室\n', []),
    draft(path.resolve('/elsewhere/outside.md'), 'x\n', [{reason: 'an unknown rule', ruleId: 'mystery-rule', severity: 'warning', start: [1, 1]}]),
  ]
}

const context: ReportContext = {cwd: ROOT, root: ROOT, rules: RULES, version: '9.9.9'}

describe('escapeXml, the one XML escaping helper', () => {
  it('escapes the markup characters and keeps Chinese as it is', () => {
    expect(escapeXml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
    expect(escapeXml('发文字号“〔〕”')).toBe('发文字号“〔〕”')
    expect(escapeXml(3)).toBe('3')
  })

  it('never lets `]]>` through', () => {
    expect(escapeXml('a]]>b')).toBe('a]]&gt;b')
  })

  it('writes tab, LF and CR as character references, so that normalisation keeps them', () => {
    expect(escapeXml('a\tb\nc\rd\r\n')).toBe('a&#9;b&#10;c&#13;d&#13;&#10;')
  })

  it('replaces every character XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF) by U+FFFD', () => {
    for (let code = 0; code < 0x20; code++) {
      const escaped = escapeXml(`<${String.fromCharCode(code)}>`)
      if (code === 0x09 || code === 0x0a || code === 0x0d) expect(escaped).toBe(`&lt;&#${code};&gt;`)
      else expect(escaped, `U+${code.toString(16).padStart(4, '0')}`).toBe('&lt;\uFFFD&gt;')
    }
    expect(escapeXml('a\ud800b\udc00c')).toBe('a\uFFFDb\uFFFDc')
    expect(escapeXml('\udc00\ud800')).toBe('\uFFFD\uFFFD')
    expect(escapeXml('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD')
    expect(escapeXml('pair😀 \u{20000}')).toBe('pair😀 \u{20000}')
  })

  it('gives attribute values and text that a conforming parser reads back', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><r a="${escapeXml(NASTY)}">${escapeXml(NASTY)}</r>`
    expect(xmlError(xml)).toBeNull()
    const parsed = parseXml(xml)
    expect(parsed.r.a).toBe(NASTY_IN_XML)
    expect(textOf(parsed.r)).toBe(NASTY_IN_XML)
  })

  it('is not lenient by accident: the checker rejects what escapeXml avoids', () => {
    expect(xmlError('<r>\u0001</r>')).not.toBeNull()
    expect(xmlError('<r>&#1;</r>')).not.toBeNull()
    expect(xmlError('<r>]]></r>')).not.toBeNull()
  })
})

describe('sarif', () => {
  const log = JSON.parse(sarif(sampleFiles(), context))
  const run = log.runs[0]

  it('describes the tool and every rule, with levels mapped error→error, warning→warning, info→note', () => {
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({name: 'gazette-lint', informationUri: 'https://github.com/gazette-lint/gazette-lint', version: '9.9.9'})
    const rules = run.tool.driver.rules
    expect(rules.map((rule: {id: string}) => rule.id)).toEqual([...RULES.map((rule) => rule.id), 'mystery-rule'])
    expect(rules[0]).toMatchObject({
      id: 'doc-number-format',
      name: 'doc-number-format',
      shortDescription: {text: '发文字号须为“代字〔YYYY〕N号”'},
      fullDescription: {text: '发文字号须为“代字〔YYYY〕N号”\nThe document number reads 代字〔YYYY〕N号'},
      helpUri: 'https://example.test/rules/doc-number-format',
      defaultConfiguration: {level: 'error'},
      properties: {tags: ['gazette-lint', 'doc-number', 'fixable']},
    })
    expect(rules.map((rule: {defaultConfiguration?: {level: string}}) => rule.defaultConfiguration?.level)).toEqual([
      'error',
      'warning',
      'note',
      'error',
      'warning',
    ])
  })

  it('gives each result its rule, level, message and region, relative to %SRCROOT%', () => {
    expect(run.results).toHaveLength(5)
    const [info, error, nasty, warning, outside] = run.results
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    expect(info).toMatchObject({ruleId: 'profile-missing', level: 'note', message: {text: 'profile: none'}})
    expect(info.locations[0].physicalLocation.region).toEqual({startLine: 1})
    expect(error.level).toBe('error')
    expect(warning.level).toBe('warning')
    expect(nasty.message.text).toBe(NASTY)
    expect(error.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'drafts/%E7%AC%AC1%E5%8F%B7%2C%E9%80%9A%E7%9F%A5.md', uriBaseId: '%SRCROOT%', index: 0},
      region: {startLine: 5, startColumn: 1, endLine: 5, endColumn: 14},
    })
    expect(decodeURIComponent(error.locations[0].physicalLocation.artifactLocation.uri)).toBe('drafts/第1号,通知.md')
    expect(outside.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*elsewhere\/outside\.md$/)
    expect(outside.locations[0].physicalLocation.artifactLocation.uriBaseId).toBeUndefined()
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*repo\/$/)
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  it('turns fix edits into replacements by JavaScript string offsets into the decoded text', () => {
    const [, error, nasty] = run.results
    expect(nasty.fixes).toBeUndefined()
    expect(error.fixes).toHaveLength(1)
    const change = error.fixes[0].artifactChanges[0]
    expect(change.artifactLocation.uri).toBe(error.locations[0].physicalLocation.artifactLocation.uri)
    // The title holds an astral character (two UTF-16 code units) before the number.
    expect(change.replacements).toEqual([{deletedRegion: {charOffset: NUMBER_START, charLength: NUMBER.length}, insertedContent: {text: '陵政办发〔2025〕3号'}}])
    const {charOffset, charLength} = change.replacements[0].deletedRegion
    const fixed = TEXT.slice(0, charOffset) + change.replacements[0].insertedContent.text + TEXT.slice(charOffset + charLength)
    expect(fixed).toContain('\n陵政办发〔2025〕3号\n')
  })

  it('defaults the root to the git toplevel of cwd, else cwd', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-root-'))
    try {
      const sub = path.join(tmp, 'repo', 'drafts')
      mkdirSync(sub, {recursive: true})
      const file = new VFile({path: 'a.md', cwd: sub, value: 'x'})
      file.message('m', {ruleId: 'title-present', place: {line: 1, column: 1}}).fatal = true
      const uriOf = () => JSON.parse(sarif([file], {cwd: sub, rules: RULES})).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri
      expect(findRepositoryRoot(sub)).toBe(findRepositoryRoot(tmp))
      // os.tmpdir() is normally in no repository: then the root is cwd.
      if (!findRepositoryRoot(sub)) expect(uriOf()).toBe('a.md')
      mkdirSync(path.join(tmp, 'repo', '.git'))
      expect(findRepositoryRoot(sub)).toBe(path.join(tmp, 'repo'))
      expect(uriOf()).toBe('drafts/a.md')
    } finally {
      rmSync(tmp, {recursive: true, force: true})
    }
  })

  it.skipIf(shared.skip)('is valid against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([])
    expect(sarifSchemaErrors(JSON.parse(sarif([], context)))).toEqual([])
  })
})

describe('github', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as GitHub does', () => {
    expect(escapeGithubData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad')
    expect(escapeGithubProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad')
    // `%` first: an escape already in the text is not decoded by GitHub into something else.
    expect(escapeGithubData('%0A')).toBe('%250A')
  })

  it('writes a workflow command per finding: error, warning, notice', () => {
    const lines = github(sampleFiles(), context).trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toBe('::notice file=drafts/第1号%2C通知.md,title=gazette-lint (profile-missing)::profile: none')
    expect(lines[1]).toBe(
      '::error file=drafts/第1号%2C通知.md,line=5,col=1,endLine=5,endColumn=14,title=gazette-lint (doc-number-format)::发文字号的年份应使用六角括号〔〕，不用“[]”：应为“陵政办发〔2025〕3号”',
    )
    expect(lines[2]).toBe(
      `::error file=drafts/第1号%2C通知.md,line=5,col=1,endLine=5,endColumn=14,title=gazette-lint (doc-number-format)::${NASTY_ESCAPED.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`,
    )
    expect(lines[2]).toContain('100%25 a:b,c')
    expect(lines[2]).toContain('CR%0DLF%0ACRLF%0D%0A')
    // The run log is a terminal: control characters other than line breaks are shown, not obeyed.
    expect(lines[2]).toContain('NUL\\x00 BEL\\x07 VT\\x0b US\\x1f tab\\x09here')
    expect(lines[3]).toMatch(/^::warning file=drafts\/第1号%2C通知\.md,line=7,col=1,endLine=7,endColumn=10,title=gazette-lint \(date-format\)::/)
    // Outside the repository root: relative to cwd.
    expect(lines[4]).toMatch(/^::warning file=\.\.\/elsewhere\/outside\.md,line=1,col=1,title=gazette-lint \(mystery-rule\)::an unknown rule$/)
  })

  it('prints nothing when there is nothing to say', () => {
    expect(github([draft('a.md', 'x', [])], context)).toBe('')
  })
})

describe('checkstyle', () => {
  const xml = checkstyle(sampleFiles(), context)

  it('is well formed and reads back with the messages intact', () => {
    expect(xmlError(xml)).toBeNull()
    const files = parseXml(xml).checkstyle.file
    expect(parseXml(xml).checkstyle.version).toBe('4.3')
    expect(files.map((file: {name: string}) => file.name)).toEqual([
      path.join(ROOT, 'drafts/第1号,通知.md'),
      path.join(ROOT, 'drafts/clean.md'),
      path.resolve('/elsewhere/outside.md'),
    ])
    const errors = files[0].error
    expect(errors.map((error: Record<string, string>) => [error.line, error.column, error.severity, error.source])).toEqual([
      ['1', undefined, 'info', 'gazette-lint.profile-missing'],
      ['5', '1', 'error', 'gazette-lint.doc-number-format'],
      ['5', '1', 'error', 'gazette-lint.doc-number-format'],
      ['7', '1', 'warning', 'gazette-lint.date-format'],
    ])
    expect(errors[2].message).toBe(NASTY_IN_XML)
    expect(files[1].error).toBeUndefined()
  })
})

describe('junit', () => {
  const xml = junit(sampleFiles(), context)
  const suites = parseXml(xml).testsuites

  it('is well formed: a suite per draft, a test case per rule', () => {
    expect(xmlError(xml)).toBeNull()
    expect(suites.testsuite.map((suite: {name: string}) => suite.name)).toEqual(['drafts/第1号,通知.md', 'drafts/clean.md', '../elsewhere/outside.md'])
    for (const suite of suites.testsuite) {
      expect(suite.testcase.map((testcase: {name: string}) => testcase.name)).toEqual([...RULES.map((rule) => rule.id), 'mystery-rule'])
      expect(Number(suite.tests)).toBe(suite.testcase.length)
    }
  })

  it('fails a rule on each error-level finding; warnings and infos go to system-out and do not fail', () => {
    const [first, clean, outside] = suites.testsuite
    expect([first.failures, clean.failures, outside.failures]).toEqual(['1', '0', '0'])
    expect([suites.tests, suites.failures]).toEqual(['15', '1'])
    const byName = Object.fromEntries(first.testcase.map((testcase: {name: string}) => [testcase.name, testcase]))
    const failures = byName['doc-number-format'].failure
    expect(failures).toHaveLength(2)
    expect(failures.map((failure: {type: string}) => failure.type)).toEqual(['error', 'error'])
    expect(failures[1].message).toBe(NASTY_IN_XML)
    expect(textOf(failures[0])).toBe(
      'drafts/第1号,通知.md:5:1-5:14: error: 发文字号的年份应使用六角括号〔〕，不用“[]”：应为“陵政办发〔2025〕3号” (https://example.test/rules/doc-number-format)',
    )
    expect(byName['date-format'].failure).toBeUndefined()
    expect(textOf(byName['date-format']['system-out'][0])).toContain('drafts/第1号,通知.md:7:1-7:10: warning: 日期应为“2025年5月6日”')
    expect(byName['profile-missing'].failure).toBeUndefined()
    expect(textOf(byName['profile-missing']['system-out'][0])).toBe('drafts/第1号,通知.md: info: profile: none (https://example.test/rules/profile-missing)')
    expect(byName['title-present']).toMatchObject({classname: 'drafts/第1号,通知'})
    expect(byName['title-present'].failure).toBeUndefined()
  })
})

describe('gitlab', () => {
  const issues: GitlabIssue[] = JSON.parse(gitlab(sampleFiles(), context))

  it('gives the documented fields, severities mapped error→major, warning→minor, info→info', () => {
    expect(issues).toHaveLength(5)
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity'])
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin])).toEqual([
      ['profile-missing', 'info', 'drafts/第1号,通知.md', 1],
      ['doc-number-format', 'major', 'drafts/第1号,通知.md', 5],
      ['doc-number-format', 'major', 'drafts/第1号,通知.md', 5],
      ['date-format', 'minor', 'drafts/第1号,通知.md', 7],
      ['mystery-rule', 'minor', '../elsewhere/outside.md', 1],
    ])
    expect(issues[2].description).toBe(NASTY)
  })

  it('has stable fingerprints, distinct even for identical findings', () => {
    expect(JSON.parse(gitlab(sampleFiles(), context))).toEqual(issues)
    const twice = draft('drafts/twice.md', TEXT, [
      {reason: '重复', ruleId: 'date-format', severity: 'warning', start: [7, 1]},
      {reason: '重复', ruleId: 'date-format', severity: 'warning', start: [7, 3]},
      {reason: '重复', ruleId: 'date-format', severity: 'warning', start: [7, 5]},
    ])
    const fingerprints = (JSON.parse(gitlab([twice], context)) as GitlabIssue[]).map((issue) => issue.fingerprint)
    expect(new Set(fingerprints).size).toBe(3)
    expect(new Set([...fingerprints, ...issues.map((issue) => issue.fingerprint)]).size).toBe(8)
  })
})

describe('vfile: remark\'s own report', () => {
  it('is vfile-reporter\'s layout, with control characters from the draft escaped', () => {
    const lines = vfile(sampleFiles(), context).split('\n')
    // vfile-reporter sorts the files by name: the one outside the repository comes first.
    expect(lines.slice(0, 3)).toEqual([path.resolve('/elsewhere/outside.md'), expect.stringMatching(/^1:1\s+warning\s+an unknown rule\s+mystery-rule\s+gazette-lint$/), ''])
    lines.splice(0, 3)
    expect(lines[0]).toBe('drafts/第1号,通知.md')
    expect(lines[1]).toMatch(/^\s+info\s+profile: none\s+profile-missing\s+gazette-lint$/)
    expect(lines[2]).toMatch(/^5:1-5:14\s+error\s+“引号”与"quotes"和'apos' <b>&amp; \]\]> 100% a:b,c NUL\\x00 BEL\\x07 VT\\x0b US\\x1f tab\\x09here CR doc-number-format gazette-lint$/)
    expect(lines).toContainEqual(expect.stringMatching(/^5:1-5:14\s+error\s+发文字号的年份应使用六角括号〔〕，不用“\[\]”：应为“陵政办发〔2025〕3号”\s+doc-number-format\s+gazette-lint$/))
    expect(vfile(sampleFiles(), context)).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f]/)
    expect(lines.at(-2)).toBe('5 messages (✖ 2 errors, ⚠ 2 warnings)')
  })

  it('reports a file of more findings than vfile-reporter can spread in pieces, every finding once', () => {
    const file = new VFile({path: 'flood.md', cwd: ROOT, value: ''})
    for (let index = 0; index < 25_000; index++) file.message('x', {place: {line: 25_000 - index, column: 1}, ruleId: 'r'}).fatal = true
    const lines = vfile([file], context).split('\n')
    const findings = lines.filter((line) => /^\d+:1\s+error\s+x\s+r$/.test(line))
    expect(findings).toHaveLength(25_000)
    expect(findings.map((line) => Number(line.split(':')[0]))).toEqual(Array.from({length: 25_000}, (_, index) => index + 1))
    expect(lines.at(-2)).toBe('✖ 25000 errors')
  })
})

describe('the reporters registry', () => {
  it('offers every format to --format', () => {
    expect(Object.keys(reporters)).toEqual(['stylish', 'json', 'sarif', 'github', 'checkstyle', 'junit', 'gitlab', 'vfile'])
  })

  it('stylish and json ignore the new context fields', () => {
    const bare: ReportContext = {cwd: ROOT}
    expect(json(sampleFiles(), context)).toBe(json(sampleFiles(), bare))
    expect(stylish(sampleFiles(), context)).toBe(stylish(sampleFiles(), bare))
  })

  it('every format copes with no rules in the context and with no files', () => {
    for (const [name, format] of Object.entries(reporters)) {
      expect(() => format(sampleFiles(), {cwd: ROOT, root: ROOT}), name).not.toThrow()
      expect(() => format([], {cwd: ROOT}), name).not.toThrow()
    }
    expect(xmlError(junit([], {cwd: ROOT}))).toBeNull()
    expect(xmlError(checkstyle([], {cwd: ROOT}))).toBeNull()
  })
})

describe('every format with 150,000 findings on one draft (issue #16: no reporter recurses or spreads per finding; a spread overflows past about 120,000)', () => {
  it('writes each finding once, without overflowing the stack', {timeout: 120_000}, () => {
    const file = new VFile({path: '/repo/drafts/flood.md', cwd: ROOT, value: ''})
    for (let index = 0; index < 150_000; index++) {
      const message = file.message('缺少发文字号', {place: {line: index + 1, column: 1}, ruleId: 'doc-number-present', source: 'gazette-lint'})
      message.fatal = true
    }
    const context = {cwd: ROOT, root: ROOT, version: '0.0.0', rules: RULES}
    const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0
    expect(JSON.parse(reporters.json([file], context))[0].messages).toHaveLength(150_000)
    expect(JSON.parse(reporters.sarif([file], context)).runs[0].results).toHaveLength(150_000)
    expect(JSON.parse(reporters.gitlab([file], context))).toHaveLength(150_000)
    expect(count(reporters.checkstyle([file], context), /<error /g)).toBe(150_000)
    expect(count(reporters.junit([file], context), /<failure /g)).toBe(150_000)
    expect(count(reporters.github([file], context), /^::error /gm)).toBe(150_000)
    // vfile-reporter measures every cell with string-width 6 (a new Intl.Segmenter per call): linear but
    // slow, a third of a millisecond a finding, so it is held to a few thousand here.
    file.messages = file.messages.slice(0, 5_000)
    expect(count(reporters.vfile([file], context), /doc-number-present/g)).toBe(5_000)
  })
})
