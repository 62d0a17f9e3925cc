/**
 * Drafts nested far deeper than any notice (issue #16): linted without a recursion limit of our own, and a
 * fault inside nested lists is one element, so one finding, whatever the depth.
 */
import {lintTexts} from '@gazette-lint/engine'
import {describe, expect, it} from 'vitest'

async function lint(text: string): Promise<string[]> {
  const [result] = await lintTexts([{path: 'deep.md', text}], {config: {today: '2026-11-23'}})
  return result.file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

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
