/**
 * Drafts nested far deeper than any notice (issue #16). Up to the bound (100 levels, markdown-it's
 * `maxNesting`) they are linted, a fault inside nested lists one element and so one finding whatever the
 * depth; past it the parser would spend minutes (it copies its stack of open containers at every step),
 * so the draft gets one `fatal` finding at the line instead, and the other drafts of the run are linted.
 */
import {lintTexts} from '@gazette-lint/engine'
import {describe, expect, it} from 'vitest'

async function lint(text: string): Promise<string[]> {
  const [result] = await lintTexts([{path: 'deep.md', text}], {config: {today: '2026-11-23'}})
  return result.file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

describe('linting deeply nested drafts', () => {
  it('reports a half-width comma 100 lists deep once, where it stands', async () => {
    const findings = await lint('- '.repeat(100) + '说明,内容')
    expect(findings.filter((finding) => finding.includes('punctuation-fullwidth'))).toEqual([`1:${100 * 2 + 3} punctuation-fullwidth`])
  })

  it('reports a fault 100 quotes deep once', async () => {
    const findings = await lint('> '.repeat(100) + '说明,内容')
    expect(findings.filter((finding) => finding.includes('punctuation-fullwidth'))).toEqual([`1:${100 * 2 + 3} punctuation-fullwidth`])
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

describe('drafts nested past the bound', () => {
  it('100,000 nested ">" are one fatal finding at their line, and the draft beside it is linted', async () => {
    const [deep, plain] = await lintTexts(
      [
        {path: 'deep.md', text: '# 关于测试的通知\n\n' + '>'.repeat(100_000) + ' 说明\n'},
        {path: 'plain.md', text: '说明,内容\n'},
      ],
      {config: {today: '2026-11-23'}},
    )
    expect(deep.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal}: ${m.reason}`)).toEqual([
      '3:1 fatal true: 第 3 行嵌套了 100000 层引用（“>”）或列表，超过可检查的 100 层，本草稿未检查：公文不需要这样的嵌套，请检查是否误粘贴了“>”或列表符号',
    ])
    expect(deep.summary).toBeUndefined()
    expect(plain.messages.map((m) => m.ruleId)).toContain('punctuation-fullwidth')
  })

  it('counts lists nested by indentation and mixed with quotes, in English too', async () => {
    const indented = Array.from({length: 120}, (_, level) => `${'  '.repeat(level)}- 第${level + 1}层`).join('\n')
    const [result] = await lintTexts([{path: 'indented.md', text: indented}], {config: {today: '2026-11-23', lang: 'en'}})
    expect(result.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['101 fatal'])
    expect(result.messages[0].reason).toMatch(/^line 101 is nested 101 levels deep/)

    expect(await lint('> - '.repeat(51) + '说明')).toEqual(['1:1 fatal'])
    expect((await lint('> - '.repeat(50) + '说明')).filter((finding) => finding.endsWith('fatal'))).toEqual([])
  })
})
