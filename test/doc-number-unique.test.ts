import {allRules, lintTexts} from '@gazette-lint/engine'
import {describe, expect, it} from 'vitest'

/** The run part of doc-number-unique: the drafts a session lints together see each other's numbers. */
const draft = (number: string) => `壶关县人民政府办公室\n\n# 关于做好防汛工作的通知\n\n${number}\n`

async function lintRun(drafts: Record<string, string>, lang: 'zh' | 'en' = 'zh') {
  const rules = Object.fromEntries(allRules.map((rule) => [rule.meta.id, rule.meta.id === 'doc-number-unique' ? 'error' : 'off']))
  const results = await lintTexts(Object.entries(drafts).map(([path, text]) => ({path, text})), {config: {rules: rules as never, lang, today: '2026-11-23'}})
  return Object.fromEntries(results.map(({path, messages}) => [path, messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)]))
}

describe('doc-number-unique across the drafts of a run', () => {
  it('reports the number in every draft that carries it, naming the other drafts', async () => {
    const result = await lintRun({
      'drafts/a.md': draft('壶政办发〔2026〕3号'),
      'drafts/b.md': draft('壶政办发〔2026〕3 号'),
      'drafts/c.md': draft('壶政办发〔2026〕3号'),
      'drafts/d.md': draft('壶政办发〔2026〕4号'),
    })
    expect(result).toEqual({
      'drafts/a.md': ['5:1: 发文字号“壶政办发〔2026〕3号”与本次检查的其他文稿重号：drafts/b.md、drafts/c.md'],
      'drafts/b.md': ['5:1: 发文字号“壶政办发〔2026〕3号”与本次检查的其他文稿重号：drafts/a.md、drafts/c.md'],
      'drafts/c.md': ['5:1: 发文字号“壶政办发〔2026〕3号”与本次检查的其他文稿重号：drafts/a.md、drafts/b.md'],
      'drafts/d.md': [],
    })
  })

  it('speaks English with --lang en', async () => {
    const result = await lintRun({'drafts/a.md': draft('壶政办发〔2026〕3号'), 'drafts/b.md': draft('壶政办发〔2026〕3号')}, 'en')
    expect(result['drafts/a.md']).toEqual(['5:1: The document number "壶政办发〔2026〕3号" is also used by other drafts of this run: drafts/b.md'])
  })

  it('is quiet for a single draft', async () => {
    expect(await lintRun({'drafts/a.md': draft('壶政办发〔2026〕3号')})).toEqual({'drafts/a.md': []})
  })
})

describe('doc-number-unique names the other place, for an editor and SARIF', () => {
  it('carries each other draft and where its number stands as a related place, in the run language', async () => {
    const drafts = {'drafts/a.md': draft('壶政办发〔2026〕3号'), 'drafts/b.md': `\n\n${draft('壶政办发〔2026〕3 号')}`}
    const rules = Object.fromEntries(allRules.map((rule) => [rule.meta.id, rule.meta.id === 'doc-number-unique' ? 'error' : 'off']))
    const offset = drafts['drafts/b.md'].indexOf('壶政办发')
    for (const lang of ['zh', 'en'] as const) {
      const [a] = await lintTexts(Object.entries(drafts).map(([path, text]) => ({path, text})), {config: {rules: rules as never, lang, today: '2026-11-23'}})
      const reason = lang === 'zh' ? '此文稿的发文字号也是“壶政办发〔2026〕3号”' : 'This draft carries the document number "壶政办发〔2026〕3号" too'
      expect((a.messages[0] as unknown as {related: unknown}).related).toEqual([
        {file: 'drafts/b.md', element: 'number', reason, place: {start: {line: 7, column: 1, offset}, end: {line: 7, column: 14, offset: offset + 13}}},
      ])
    }
  })
})
