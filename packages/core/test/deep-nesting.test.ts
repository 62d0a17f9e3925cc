/**
 * Drafts nested far deeper than any notice (issue #16): the model reads them without a recursion limit
 * of its own, and a fault inside nested lists is one element, so one finding, whatever the depth.
 */
import {buildNotice, draftFromText, lintFiles, resolveConfig, type Notice} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const build = (text: string): Notice => buildNotice(parser.parse(text), text)

async function lint(text: string): Promise<string[]> {
  const resolved = resolveConfig({dir: process.cwd(), config: {today: '2026-11-23'}}, allRules)
  const [file] = await lintFiles([{file: draftFromText(text, 'deep.md'), resolved}], allRules)
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

/** Whether any two units share a character of the draft. */
function overlapping(notice: Notice): boolean {
  const spans = notice.units.map((unit) => [unit.position.start.offset, unit.position.end.offset]).sort((a, b) => a[0] - b[0])
  return spans.some(([start], index) => index > 0 && start < spans[index - 1][1])
}

describe('buildNotice on deeply nested drafts', () => {
  it('reads a list nested 1,610 deep (3 KB) as the one text it holds', () => {
    const notice = build('- '.repeat(1610) + '说明')
    expect(notice.units.map((unit) => unit.text)).toEqual(['说明'])
  })

  it('reads 4,400 nested block quotes as the one text they hold', () => {
    const notice = build('> '.repeat(4400) + '说明')
    expect(notice.units.map((unit) => [unit.text, unit.position.start.column])).toEqual([['说明', 8801]])
  })

  it('keeps an ordered list’s own number when the item opens with another block', () => {
    const notice = build('1. - 第一项\n2. - 第二项\n')
    expect(notice.units.map((unit) => unit.text)).toEqual(['1.', '第一项', '2.', '第二项'])
    expect(notice.items.map((item) => item.marker.text)).toEqual(['1.', '2.'])
  })

  it('gives each character of the draft to one unit at most, lists and quotes mixed', () => {
    const notice = build('- > - > 1. - 说明\n\n> - > 末项\n\n- 其他\n  > 引文\n')
    expect(overlapping(notice)).toBe(false)
    expect(notice.units.map((unit) => unit.text)).toEqual(['1.', '说明', '末项', '其他', '引文'])
  })
})

describe('linting deeply nested drafts', () => {
  it('reports a half-width comma 1,610 lists deep once, where it stands', async () => {
    const findings = await lint('- '.repeat(1610) + '说明,内容')
    expect(findings.filter((finding) => finding.includes('punctuation-fullwidth'))).toEqual([`1:${1610 * 2 + 3} punctuation-fullwidth`])
  })

  it('reports a fault 4,400 quotes deep once', async () => {
    const findings = await lint('> '.repeat(4400) + '说明,内容')
    expect(findings.filter((finding) => finding.includes('punctuation-fullwidth'))).toEqual([`1:${4400 * 2 + 3} punctuation-fullwidth`])
  })

  it('reports each fault of a nested list once, at its own level', async () => {
    const findings = await lint('- 第一项,内容\n  - 第二项,内容\n    - 第三项,内容\n')
    expect(findings.filter((finding) => finding.includes('punctuation-fullwidth'))).toEqual([
      '1:6 punctuation-fullwidth',
      '2:8 punctuation-fullwidth',
      '3:10 punctuation-fullwidth',
    ])
  })
})
