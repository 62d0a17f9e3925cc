import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const FIXTURES = 'test/fixtures/cli'
const NUMBER_MESSAGE = '发文字号的年份应使用六角括号〔〕，不用“[]”：应为“陵政办发〔2026〕32号”'
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-cli-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

describe('gazette-lint command line', () => {
  it('exits 0 on a clean draft and says so', async () => {
    const run = await runCli([`${FIXTURES}/basic/clean.md`])
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('✓ 1 份文稿未发现问题\n')
    expect(run.status).toBe(0)
  })

  it('reports an error-level finding in Chinese with file, line and column, and exits 1', async () => {
    const run = await runCli([`${FIXTURES}/basic/bad-number.md`])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe(
      [
        'test/fixtures/cli/basic/bad-number.md',
        '  5:1  错误  doc-number-format',
        // Wrapped before the quoted number, which stays whole (“” count two columns, as on a CJK terminal).
        '       发文字号的年份应使用六角括号〔〕，不用“[]”：应为',
        '       “陵政办发〔2026〕32号”',
        '',
        '✖ 1 个问题（1 个错误，0 个警告，0 条提示）',
        '',
      ].join('\n'),
    )
  })

  it('--format vfile keeps remark\'s vfile-reporter layout', async () => {
    const run = await runCli(['--format', 'vfile', `${FIXTURES}/basic/bad-number.md`])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^test\/fixtures\/cli\/basic\/bad-number\.md\n5:1-5:14 error 发文字号的年份应使用六角括号〔〕，不用“\[\]”：应为“陵政办发〔2026〕32号” doc-number-format gazette-lint\n\n✖ 1 error\n$/)
  })

  it('--format json gives path, rule id, severity, positions, message, docs url and the fix as ESLint gives it', async () => {
    const run = await runCli(['--format', 'json', `${FIXTURES}/basic/bad-number.md`, `${FIXTURES}/basic/clean.md`])
    expect(run.status).toBe(1)
    expect(parseJsonReport(run.stdout)).toEqual([
      {
        path: 'test/fixtures/cli/basic/bad-number.md',
        messages: [
          {
            ruleId: 'doc-number-format',
            severity: 'error',
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 14,
            message: NUMBER_MESSAGE,
            url: pathToFileURL(path.join(ROOT, 'rules/doc-number/doc-number-format/README.md')).href,
            // Offsets into the decoded text: the number `陵政办发[2026]32号` on line 5.
            fix: {range: [36, 49], text: '陵政办发〔2026〕32号'},
          },
        ],
        summary: expect.objectContaining({kind: 'notice'}),
      },
      {path: 'test/fixtures/cli/basic/clean.md', messages: [], summary: expect.objectContaining({kind: 'notice'})},
    ])
  })

  it('--format json gives each draft\'s summary: the elements found, as written and where', async () => {
    const [result] = parseJsonReport((await runCli(['--format', 'json', `${FIXTURES}/basic/bad-number.md`])).stdout)
    const at = (line: number, column: number, endLine: number, endColumn: number) => ({line, column, endLine, endColumn})
    const summary = result.summary!
    expect(summary.issuer).toMatchObject({text: '陵川县人民政府办公室', from: 'header', ...at(1, 1, 1, 11), offset: 0, endOffset: 10})
    expect(summary.title).toMatchObject({text: '关于做好2026年春季森林防火工作的通知', ...at(3, 3, 3, 23)})
    expect(summary.number).toMatchObject({text: '陵政办发[2026]32号', canonical: '陵政办发〔2026〕32号', misplaced: false, ...at(5, 1, 5, 14)})
    expect(summary.addressee).toMatchObject({text: '各乡镇人民政府，县直有关单位：', ...at(7, 1, 7, 16)})
    expect(summary.signature).toMatchObject({text: '陵川县人民政府办公室', misplaced: false, ...at(23, 1, 23, 11)})
    expect(summary.date).toMatchObject({text: '2026年3月2日', iso: '2026-03-02', ...at(25, 1, 25, 10)})
    expect(summary.disclosureFlags).toEqual([expect.objectContaining({text: '（此件公开发布）', placement: 'after-date', ...at(27, 1, 27, 9)})])
    expect(summary.attachments).toEqual([])
    expect(summary.repealNotes).toEqual([])
    expect(summary.annotations.items.map((item) => [item.line, item.units])).toEqual([
      [13, ['各乡镇人民政府']],
      [15, ['县林业局']],
      [19, ['县林业局', '县应急局', '各乡镇人民政府']],
      [21, ['县融媒体中心']],
    ])
    expect(summary.annotations.coverage).toEqual({tasks: 4, annotated: 4})
  })

  it('lints the Markdown files of a folder and of a glob, in a stable order', async () => {
    const folder = parseJsonReport((await runCli(['--format', 'json', `${FIXTURES}/basic`])).stdout).map((result) => result.path)
    expect(folder).toEqual(['test/fixtures/cli/basic/bad-number.md', 'test/fixtures/cli/basic/clean.md', 'test/fixtures/cli/basic/warn-flag.md'])
    const glob = parseJsonReport((await runCli(['--format', 'json', `${FIXTURES}/basic/*-*.md`])).stdout).map((result) => result.path)
    expect(glob).toEqual(['test/fixtures/cli/basic/bad-number.md', 'test/fixtures/cli/basic/warn-flag.md'])
  })

  it('--lang en gives English messages', async () => {
    const run = await runCli(['--lang', 'en', '--format', 'json', `${FIXTURES}/basic/bad-number.md`])
    expect(parseJsonReport(run.stdout)[0].messages[0].message).toBe('The year of the document number belongs in 〔〕, not "[]": write "陵政办发〔2026〕32号"')
  })

  it('--rule id:severity overrides the default', async () => {
    const off = await runCli(['--rule', 'doc-number-format:off', `${FIXTURES}/basic/bad-number.md`])
    expect(off.status).toBe(0)
    const warning = await runCli(['--rule', 'doc-number-format:warning', '--format', 'json', `${FIXTURES}/basic/bad-number.md`])
    expect(warning.status).toBe(0)
    expect(parseJsonReport(warning.stdout)[0].messages.map((m) => [m.ruleId, m.severity])).toEqual([['doc-number-format', 'warning']])
  })

  it('--max-warnings fails the run when warnings exceed it; --quiet hides warnings', async () => {
    const args = ['--rule', 'doc-number-format:warning', `${FIXTURES}/basic/bad-number.md`]
    expect((await runCli([...args, '--max-warnings', '1'])).status).toBe(0)
    const over = await runCli([...args, '--max-warnings', '0'])
    expect(over.status).toBe(1)
    expect(over.stderr).toContain('超过 --max-warnings 0')
    const quiet = await runCli([...args, '--quiet'])
    expect(quiet.stdout).toBe('✓ 1 份文稿未发现错误\n')
    expect(quiet.status).toBe(0)
  })

  it('--help and --version', async () => {
    const help = await runCli(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('用法：gazette-lint')
    expect(help.stdout).toContain('--max-warnings')
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toContain('Usage: gazette-lint')
    const version = await runCli(['--version'])
    expect(version.status).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it.each([
    [['--format', 'xml', 'x.md'], '没有输出格式“xml”，可用：stylish、json、sarif、github、checkstyle、junit、gitlab、vfile'],
    [['--format', 'jsno', 'x.md'], '没有输出格式“jsno”，可用：stylish、json、sarif、github、checkstyle、junit、gitlab、vfile，是否要写“json”？'],
    [['--max-warnings', 'many', 'x.md'], '--max-warnings 应为不小于 0 的整数，而不是“many”'],
    [['--rule', 'no-such-rule:error', 'x.md'], '--rule：没有规则“no-such-rule”（规则列表见 README）'],
    [['--rule', 'date-vaild:off', 'x.md'], '--rule：没有规则“date-vaild”，是否要写“date-valid”？'],
    [['--rule', 'doc-number-format:fatal', 'x.md'], '--rule doc-number-format：级别应为 error、warning、info 或 off，而不是“fatal”'],
    [['--rule', 'doc-number-format:warn', 'x.md'], '--rule doc-number-format：级别应为 error、warning、info 或 off，而不是“warn”，是否要写“warning”？'],
    [['--lang', 'fr', 'x.md'], '--lang 应为 zh 或 en，而不是“fr”'],
    [['--stage', 'review', 'x.md'], '--stage 应为 draft 或 publish，而不是“review”'],
    [['--bogus'], '没有选项 --bogus'],
    [['--fxi', 'x.md'], '没有选项 --fxi，是否要写“--fix”？'],
    [['--max-warning', '3', 'x.md'], '没有选项 --max-warning，是否要写“--max-warnings”？'],
    [['-x', 'x.md'], '没有选项 -x'],
    [['x.md', '--format'], '-f, --format 后面缺少取值'],
    [['--format', '--quiet', 'x.md'], '-f, --format 后面缺少取值'],
    [['--quiet=yes', 'x.md'], '--quiet 不带取值（不要写“=yes”）'],
    [[], '请指定要检查的草稿，例如 gazette-lint drafts/'],
    [['no/such/folder'], '找不到文件或文件夹：no/such/folder'],
    [['lern', 'x.md'], '找不到文件或文件夹：lern；是否要运行 gazette-lint learn？'],
    [['--quiet', 'init', '--county', '阳城县'], '没有选项 --county'],
    [['--quiet', 'init'], '找不到文件或文件夹：init；是否要运行 gazette-lint init？'],
  ])('usage error %j exits 2 with a message in Chinese, a suggestion where one is near, and no stack trace', async (args, expected) => {
    const run = await runCli(args)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`gazette-lint：用法错误：${expected}\n运行 gazette-lint --help 查看用法。\n`)
    expect(run.stdout).toBe('')
  })

  it.each([
    [['--lang', 'en', '--fxi', 'x.md'], 'unknown option --fxi; did you mean "--fix"?'],
    [['--format=jsno', '--lang=en', 'x.md'], 'unknown --format "jsno" (one of: stylish, json, sarif, github, checkstyle, junit, gitlab, vfile); did you mean "json"?'],
    [['--lang', 'en', '--rule', 'date-vaild:off', 'x.md'], '--rule: unknown rule id "date-vaild"; did you mean "date-valid"?'],
    [['--lang', 'en', 'x.md', '--format'], '-f, --format needs a value'],
  ])('usage error %j is in English with --lang en', async (args, expected) => {
    const run = await runCli(args)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`gazette-lint: usage error: ${expected}\nRun gazette-lint --help for usage.\n`)
  })

  it('no text of Node\'s argument parser reaches the user', async () => {
    for (const args of [['--fix=1', 'x.md'], ['--', '--x'], ['-qz'], ['--format'], ['--lang']]) {
      const run = await runCli(args)
      expect(run.stderr, args.join(' ')).not.toMatch(/Unknown option|positional argument|argument missing|ERR_PARSE_ARGS|does not take an argument/)
      expect(run.stderr, args.join(' ')).toMatch(/^gazette-lint：/)
    }
  })

  it('usage errors follow the lang of the config in the working folder', async () => {
    const dir = path.join(tmp, 'english-config')
    mkdirSync(dir)
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({lang: 'en'}))
    expect((await runCli(['--fxi', 'x.md'], {cwd: dir})).stderr).toBe('gazette-lint: usage error: unknown option --fxi; did you mean "--fix"?\nRun gazette-lint --help for usage.\n')
    expect((await runCli(['--lang', 'zh', '--fxi', 'x.md'], {cwd: dir})).stderr).toContain('没有选项 --fxi')
  })
})

describe('configuration', () => {
  it('an invalid .gazettelintrc.json exits 2 naming the file, the line and the JSON path of each problem', async () => {
    const run = await runCli([`${FIXTURES}/bad-config/draft.md`])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      [
        'gazette-lint：配置文件有误：',
        '  test/fixtures/cli/bad-config/.gazettelintrc.json:4:5  /rules/doc-number-shape  未知的键“doc-number-shape”：没有这条规则（规则列表见 README）',
        '  test/fixtures/cli/bad-config/.gazettelintrc.json:5:20  /rules/date-format  应为“error”、“warning”、“info”、“off”之一',
        '',
      ].join('\n'),
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('an invalid .gazettelintrc.yaml is reported the same way', async () => {
    const run = await runCli([`${FIXTURES}/bad-config-yaml/draft.md`])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('test/fixtures/cli/bad-config-yaml/.gazettelintrc.yaml:1:7  /lang  应为“zh”、“en”之一')
    expect(run.stderr).toContain('.gazettelintrc.yaml:3:22  /rules/doc-number-format  应为“error”、“warning”、“info”、“off”之一')
  })

  it('a config that is not valid JSON names the file and the line', async () => {
    const run = await runCli([`${FIXTURES}/broken-json/draft.md`])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/test\/fixtures\/cli\/broken-json\/\.gazettelintrc\.json:\d+:\d+ {2}\/ {2}不是有效的 JSON（.*）：请检查这一行的逗号、引号和括号/)
  })

  it('a misspelt key or rule id gets a suggestion, in Chinese or in the language the config asks for', async () => {
    const dir = path.join(tmp, 'misspelt')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'draft.md'), readFileSync(`${FIXTURES}/basic/clean.md`, 'utf8'))
    writeFileSync(path.join(dir, '.gazettelintrc.json'), '{\n  "registery": ["published/"],\n  "rules": {"date-vaild": "warn"}\n}\n')
    expect((await runCli(['draft.md'], {cwd: dir})).stderr).toBe(
      [
        'gazette-lint：配置文件有误：',
        '  .gazettelintrc.json:2:3  /registery  未知的键“registery”，是否要写“registry”？',
        '  .gazettelintrc.json:3:13  /rules/date-vaild  未知的键“date-vaild”：没有这条规则，是否要写“date-valid”？',
        '',
      ].join('\n'),
    )
    writeFileSync(path.join(dir, '.gazettelintrc.json'), '{\n  "lang": "en",\n  "rules": {"date-valid": "warn"}\n}\n')
    const english = await runCli(['draft.md'], {cwd: dir})
    expect(english.status).toBe(2)
    expect(english.stderr).toBe(
      'gazette-lint: invalid config:\n  .gazettelintrc.json:3:27  /rules/date-valid  must be one of "error", "warning", "info", "off"; did you mean "warning"?\n',
    )
  })

  it('a .gazettelintrc.yaml found up the tree sets severities and language', async () => {
    const run = await runCli(['--format', 'json', `${FIXTURES}/yaml-config/draft.md`])
    expect(run.status).toBe(0)
    expect(parseJsonReport(run.stdout)[0].messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['doc-number-format', 'warning', 'The year of the document number belongs in 〔〕, not "[]": write "陵政办发〔2026〕31号"'],
    ])
  })

  it('lang: en in the config gives the whole report in English, its summary and severities included', async () => {
    const dir = path.join(tmp, 'english-report')
    mkdirSync(dir)
    writeFileSync(path.join(dir, '.gazettelintrc.yaml'), 'lang: en\nignore: [old.md]\n')
    writeFileSync(path.join(dir, 'bad-number.md'), readFileSync(`${FIXTURES}/basic/bad-number.md`, 'utf8'))
    writeFileSync(path.join(dir, 'old.md'), '')
    const run = await runCli(['bad-number.md', 'old.md'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('gazette-lint: old.md is ignored by the config\'s "ignore" globs\n')
    expect(run.stdout).toBe(
      [
        'bad-number.md',
        '  5:1  error    doc-number-format',
        '       The year of the document number belongs in 〔〕, not "[]": write',
        '       "陵政办发〔2026〕32号"',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info)',
        '',
      ].join('\n'),
    )
    // --lang on the command line still decides.
    expect((await runCli(['--lang', 'zh', 'bad-number.md'], {cwd: dir})).stdout).toContain('✖ 1 个问题（1 个错误，0 个警告，0 条提示）')
  })

  it('--config names a config file explicitly', async () => {
    const config = path.join(tmp, 'strict.json')
    writeFileSync(config, JSON.stringify({rules: {'doc-number-format': 'off'}}))
    expect((await runCli(['--config', config, `${FIXTURES}/basic/bad-number.md`])).status).toBe(0)
  })

  it('stage in the config decides how placeholders are reported, and --stage overrides it', async () => {
    const config = path.join(tmp, 'publish.json')
    writeFileSync(config, JSON.stringify({stage: 'publish'}))
    const severities = async (args: string[]) =>
      parseJsonReport((await runCli(['--format', 'json', '--config', config, ...args, 'examples/lingchuan-draft-placeholders.md'])).stdout)[0].messages.map(
        (m) => `${m.line}:${m.ruleId}:${m.severity}`,
      )
    expect(await severities([])).toEqual(['5:doc-number-format:error', '19:date-format:error'])
    expect(await severities(['--stage', 'draft'])).toEqual(['5:doc-number-format:info', '19:date-format:info'])
  })

  it('ignore globs skip files found in folders, relative to the config file', async () => {
    const run = await runCli(['--format', 'json', `${FIXTURES}/ignore`])
    expect(parseJsonReport(run.stdout).map((result) => result.path)).toEqual(['test/fixtures/cli/ignore/drafts/current.md'])
    expect(run.status).toBe(0)
  })
})

describe('suppression comments', () => {
  const findings = async (file: string) =>
    parseJsonReport((await runCli(['--format', 'json', `${FIXTURES}/suppress/${file}`])).stdout)[0].messages.map((m) => `${m.line}:${m.ruleId}`)

  it('gazette-lint-disable-next-line silences the rule on the next line only', async () => {
    expect(await findings('next-line.md')).toEqual([])
  })
  it('gazette-lint-disable with no ids silences every rule from there on', async () => {
    expect(await findings('disable-all.md')).toEqual([])
  })
  it('gazette-lint-disable of another rule leaves this one reported', async () => {
    expect(await findings('disable-other-rule.md')).toEqual(['7:doc-number-format'])
  })
  it('gazette-lint-enable ends a disabled region', async () => {
    expect(await findings('disable-enable.md')).toEqual([])
  })
  it('a misspelt rule id silences nothing and is itself reported at the comment, with the id it meant', async () => {
    expect(await findings('misspelt-id.md')).toEqual(['5:suppression-rule-known', '6:doc-number-format'])
    const run = await runCli([`${FIXTURES}/suppress/misspelt-id.md`])
    expect(run.stdout).toContain(
      '  5:37  警告  suppression-rule-known\n        抑制注释中的“doc-number-fromat”不是 gazette-lint 的规则，这条注释对它\n        不起作用；是否要写“doc-number-format”？\n',
    )
  })
})

describe('input that is not a clean UTF-8 notice', () => {
  it('reads a draft with a BOM and CRLF line endings at the same positions', async () => {
    const text = readFileSync('test/fixtures/cli/basic/bad-number.md', 'utf8').replace(/\n/g, '\r\n')
    const file = path.join(tmp, 'crlf-bom.md')
    writeFileSync(file, '\ufeff' + text)
    const run = await runCli(['--format', 'json', file])
    expect(parseJsonReport(run.stdout)[0].messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual([['doc-number-format', 5, 1, 5, 14]])
  })

  it('reads a draft saved in GB18030 by older office software', async () => {
    const text = readFileSync('test/fixtures/cli/basic/bad-number.md', 'utf8')
    const file = path.join(tmp, 'gb18030.md')
    writeFileSync(file, iconv.encode(text, 'gb18030'))
    const run = await runCli(['--format', 'json', file])
    const messages = parseJsonReport(run.stdout)[0].messages
    expect(messages.find((m) => m.ruleId === 'doc-number-format')?.message).toBe(NUMBER_MESSAGE)
  })
})

describe('failures', () => {
  it('a rule that throws is a fatal finding: reported even with --quiet, the other findings kept, exit 2', async () => {
    const dir = path.join(tmp, 'rule-throws')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'registry.json'), JSON.stringify([{title: '没有文号的条目'}]))
    writeFileSync(path.join(dir, '.gazettelintrc.json'), JSON.stringify({registry: ['registry.json']}))
    writeFileSync(path.join(dir, 'draft.md'), readFileSync(`${FIXTURES}/basic/bad-number.md`, 'utf8'))
    const run = await runCli(['--format', 'json', '--quiet', 'draft.md'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(parseJsonReport(run.stdout)[0].messages.map((m) => [m.ruleId, m.severity, m.message.split('（')[0]])).toEqual([
      ['fatal', 'error', '规则 doc-number-unique 检查本草稿时出错'],
      ['fatal', 'error', '规则 repeal-note-reference 检查本草稿时出错'],
      ['fatal', 'error', '规则 repeal-note-missing 检查本草稿时出错'],
      ['doc-number-format', 'error', NUMBER_MESSAGE],
    ])
  })

  it('a report that cannot be written is one line naming it, exit 2, and no stack trace', async () => {
    writeFileSync(path.join(tmp, 'a-file'), '')
    const run = await runCli(['-o', path.join(tmp, 'a-file', 'report.json'), `${FIXTURES}/basic/clean.md`])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^gazette-lint：无法将报告写入 .*a-file\/report\.json（(ENOTDIR|EEXIST)）：路径中有一段不是文件夹\n$/)
  })
})
