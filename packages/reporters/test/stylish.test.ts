import path from 'node:path'
import {displayWidth, stylish, type ReportContext} from '@gazette-lint/reporters'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const ROOT = path.resolve('/repo')
const URL_OF = (id: string) => `https://example.test/rules/${id}`

interface Finding {
  reason: string
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  at?: [number, number]
  data?: Record<string, string | number>
}

function draft(filePath: string, findings: Finding[]): VFile {
  const file = new VFile({path: filePath, cwd: ROOT, value: ''})
  for (const finding of findings) {
    const place = finding.at && {line: finding.at[0], column: finding.at[1]}
    const message = file.message(finding.reason, {place, ruleId: finding.ruleId, source: 'gazette-lint'})
    message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
    message.url = URL_OF(finding.ruleId)
    if (finding.data) Object.assign(message, {data: finding.data})
  }
  return file
}

const LONG_TITLE =
  '标题应以公文文种结尾（决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要），“示例草稿”不符合'

function sample(): VFile[] {
  return [
    draft('drafts/a.md', [
      {reason: '成文日期“2026年2月30日”不存在：2026年2月没有30日', ruleId: 'date-valid', severity: 'error', at: [19, 1]},
      {reason: LONG_TITLE, ruleId: 'title-format', severity: 'error', at: [1, 3]},
      {reason: '未找到发文机关，无法选定县级配置', ruleId: 'profile-missing', severity: 'info'},
      {reason: '缺少主送机关', ruleId: 'addressee-format', severity: 'warning', at: [1, 3]},
    ]),
    draft('drafts/clean.md', []),
    draft('drafts/b.md', [{reason: '序号不连续：“四、”之后应为“五、”，不是“六、”', ruleId: 'numbering-sequence', severity: 'warning', at: [141, 4]}]),
  ]
}

const plain: ReportContext = {cwd: ROOT}

function widest(output: string): number {
  return Math.max(...output.split('\n').map(displayWidth))
}

describe('stylish: the terminal report', () => {
  it('puts location, severity and rule on one line and the message under it, wrapped to 80 columns', () => {
    expect(stylish(sample(), plain)).toBe(
      [
        'drafts/a.md',
        '  全文  提示  profile-missing',
        '        未找到发文机关，无法选定县级配置',
        '  1:3   错误  title-format',
        '        标题应以公文文种结尾（决议、决定、命令（令）、公报、公告、通告、意见、通',
        '        知、通报、报告、请示、批复、议案、函、纪要），“示例草稿”不符合',
        '  1:3   警告  addressee-format',
        '        缺少主送机关',
        '  19:1  错误  date-valid',
        '        成文日期“2026年2月30日”不存在：2026年2月没有30日',
        '',
        'drafts/b.md',
        '  141:4  警告  numbering-sequence',
        '         序号不连续：“四、”之后应为“五、”，不是“六、”',
        '',
        '✖ 5 个问题（2 个错误，2 个警告，1 条提示）',
        '',
      ].join('\n'),
    )
  })

  it('speaks English with --lang en', () => {
    const output = stylish(sample(), {...plain, lang: 'en'})
    expect(output).toContain('\n  1:3    error    title-format\n')
    expect(output).toContain('\n  draft  info     profile-missing\n')
    expect(output.endsWith('\n✖ 5 problems (2 errors, 2 warnings, 1 info)\n')).toBe(true)
    expect(stylish([draft('a.md', [{reason: 'x', ruleId: 'r', severity: 'error', at: [1, 1]}])], {...plain, lang: 'en'})).toMatch(
      /\n✖ 1 problem \(1 error, 0 warnings, 0 info\)\n$/,
    )
  })

  it('never cuts a quoted element, a document number or a word, and keeps every line within the width', () => {
    const reasons = [
      `${'被废止文件的发文字号中，'.repeat(2)}机关代字“陵川政办发”不是陵川县的代字：应为“陵政办发〔2026〕27号”`,
      `${'发文字号与成文日期的年份不一致'.repeat(3)}陵政办发〔2026〕27号`,
      'The document number "陵政发〔2026〕1号" of a draft is already used by a published document of the county registry: 《关于做好2025年安全生产工作的通知》',
    ]
    for (const columns of [40, 60, 80, 100]) {
      for (const reason of reasons) {
        const output = stylish([draft('a.md', [{reason, ruleId: 'doc-number-unique', severity: 'error', at: [5, 1]}])], {...plain, columns})
        expect(widest(output), `${columns}: ${output}`).toBeLessThanOrEqual(columns)
        const message = output.split('\n').slice(2, -3)
        for (const element of reason.match(/“[^”]*”|"[^"]*"|陵政办发〔2026〕27号|published/g) ?? []) {
          expect(message.some((line) => line.includes(element)), `${element} whole at ${columns} columns:\n${output}`).toBe(true)
        }
      }
    }
  })

  it('cuts between characters only what is wider than a whole line', () => {
    const quote = `“${'很长的引文'.repeat(12)}”`
    const output = stylish([draft('a.md', [{reason: `引文${quote}过长`, ruleId: 'r', severity: 'error', at: [1, 1]}])], {...plain, columns: 60})
    expect(widest(output)).toBeLessThanOrEqual(60)
    expect(output.replace(/\n {7}/g, '')).toContain(`引文${quote}过长`)
  })

  it('uses more of a wider terminal, and no less than 40 columns of a narrow one', () => {
    const at = (columns: number) => stylish([draft('a.md', [{reason: LONG_TITLE, ruleId: 'title-format', severity: 'error', at: [1, 3]}])], {...plain, columns})
    expect(at(160).split('\n')).toHaveLength(6)
    expect(at(80).split('\n')).toHaveLength(7)
    expect(at(10)).toBe(at(40))
    expect(widest(at(40))).toBeLessThanOrEqual(40)
  })

  it('says so in one line when no draft has a finding', () => {
    const clean = [draft('a.md', []), draft('b.md', []), draft('c.md', [])]
    expect(stylish(clean, plain)).toBe('✓ 3 份文稿未发现问题\n')
    expect(stylish(clean, {...plain, lang: 'en'})).toBe('✓ No problems found in 3 drafts\n')
    expect(stylish(clean.slice(0, 1), {...plain, lang: 'en'})).toBe('✓ No problems found in 1 draft\n')
    expect(stylish(clean, {...plain, draftsChecked: 12})).toBe('✓ 12 份文稿未发现问题\n')
    // --quiet hid the warnings: the line must not claim there were none.
    expect(stylish(clean, {...plain, quiet: true})).toBe('✓ 3 份文稿未发现错误\n')
    expect(stylish(clean, {...plain, quiet: true, lang: 'en'})).toBe('✓ No errors found in 3 drafts\n')
  })

  it('shortens a list the rule marks in its data, and leaves other messages whole', () => {
    const others = ['drafts/b.md', 'drafts/c.md', 'drafts/d.md', 'drafts/e.md', 'drafts/f.md', 'drafts/g.md', 'drafts/h.md']
    const report = (files: string[], separator: string, count = files.length) =>
      stylish(
        [
          draft('drafts/a.md', [
            {
              reason: `发文字号“陵政办发〔2026〕3号”与本次检查的其他文稿重号：${files.join(separator)}`,
              ruleId: 'doc-number-unique',
              severity: 'error',
              at: [5, 1],
              data: {number: '陵政办发〔2026〕3号', files: files.join(separator), filesCount: count},
            },
          ]),
        ],
        {...plain, columns: 300},
      )
    const message = (...args: Parameters<typeof report>) => report(...args).split('\n')[2].trim()
    expect(message(others, '、')).toBe('发文字号“陵政办发〔2026〕3号”与本次检查的其他文稿重号：drafts/b.md、drafts/c.md、drafts/d.md 等 7 份')
    expect(message(others, ', ')).toMatch(/：drafts\/b\.md, drafts\/c\.md, drafts\/d\.md and 4 more$/)
    expect(message(others.slice(0, 4), '、')).toMatch(/：drafts\/b\.md、drafts\/c\.md、drafts\/d\.md、drafts\/e\.md$/)
    // A file name holding the separator: the count does not match, so the list is shown whole.
    expect(message(others, '、', 6)).toMatch(new RegExp(`：${others.join('、').replace(/\./g, '\\.')}$`))
  })

  it('colours only when asked, and links the rule id only when hyperlinks are on', () => {
    expect(stylish(sample(), plain)).not.toContain('\u001b')
    const coloured = stylish(sample(), {...plain, color: true})
    expect(coloured).toContain('\u001b[31m错误\u001b[39m')
    expect(coloured).toContain('\u001b[33m警告\u001b[39m')
    expect(coloured).toContain('\u001b[4mdrafts/a.md\u001b[24m')
    expect(coloured).toContain('\u001b[1m\u001b[31m✖ 5 个问题（2 个错误，2 个警告，1 条提示）\u001b[39m\u001b[22m')
    expect(coloured).not.toContain('\u001b]8;')
    const linked = stylish(sample(), {...plain, color: true, hyperlinks: true})
    expect(linked).toContain(`\u001b]8;;${URL_OF('date-valid')}\u001b\\\u001b[2mdate-valid\u001b[22m\u001b]8;;\u001b\\`)
    expect(linked.match(/\u001b\]8;;https/g)).toHaveLength(5)
    // A link whose URL could end the escape sequence early is not made.
    const odd = draft('a.md', [{reason: 'x', ruleId: 'r', severity: 'error', at: [1, 1]}])
    odd.messages[0].url = 'https://example.test/\u0007evil'
    expect(stylish([odd], {...plain, hyperlinks: true})).not.toContain('\u001b]8;')
  })

  it('shows control characters from the draft escaped, never raw', () => {
    const hostile = 'A\u001b[2J\u001b]8;;https://evil.test\u0007click\u001b]8;;\u0007 B\u0000C\rD\u009bE\u202eF\tG'
    const file = draft(`drafts/\u001b[31mred.md`, [{reason: `发文字号“${hostile}”有误\n第二段`, ruleId: 'doc-number-format', severity: 'error', at: [1, 1]}])
    const output = stylish([file], {...plain, columns: 200})
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u)
    expect(output).toContain('drafts/\\x1b[31mred.md\n')
    expect(output).toContain('A\\x1b[2J\\x1b]8;;https://evil.test\\x07click\\x1b]8;;\\x07 B\\x00C\\x0dD\\x9bE\\u202eF\\x09G')
    // A line feed in a message starts a new line at the message's indent.
    expect(output).toContain('”有误\n       第二段\n')
  })

  it('formats 200,000 findings without overflowing the stack', () => {
    const file = new VFile({path: 'flood.md', cwd: ROOT, value: ''})
    for (let index = 0; index < 200_000; index++) {
      const message = file.message(index % 2 ? LONG_TITLE : '缺少发文字号', {place: {line: index + 1, column: 1}, ruleId: 'title-format'})
      message.fatal = true
    }
    const output = stylish([file], plain)
    // The path, then a finding per two lines and its message on one line (the short) or three (the long), then the summary.
    expect(output.split('\n')).toHaveLength(1 + 100_000 * 2 + 100_000 * 4 + 3)
    expect(output.endsWith('\n✖ 200000 个问题（200000 个错误，0 个警告，0 条提示）\n')).toBe(true)
  })
})

describe('displayWidth', () => {
  it('counts CJK, full-width forms and the ambiguous marks of Chinese text as two columns, ASCII as one', () => {
    expect(displayWidth('abc 1:2')).toBe(7)
    expect(displayWidth('发文字号')).toBe(8)
    expect(displayWidth('〔2026〕27号')).toBe(12)
    expect(displayWidth('（）：，。、')).toBe(12)
    expect(displayWidth('“引号”…—·')).toBe(14)
    expect(displayWidth('ＡＢ１２')).toBe(8)
    expect(displayWidth('𠀀')).toBe(2)
  })

  it('measures what the fast path leaves to grapheme clusters: emoji, combining marks, half-width kana, controls', () => {
    expect(displayWidth('😀')).toBe(2)
    expect(displayWidth('👨‍👩‍👧')).toBe(2)
    expect(displayWidth('e\u0301')).toBe(1)
    expect(displayWidth('ｱｲ')).toBe(2)
    expect(displayWidth('发文😀')).toBe(6)
    expect(displayWidth('❤\ufe0f ©')).toBe(4)
    expect(displayWidth('a\u200bb\u0007')).toBe(2)
  })
})
