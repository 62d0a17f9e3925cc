import {applyFixes, createFixer, defineRule, FixError, lineBreakOf, mergeEdits, type Fix, type RuleMeta} from '@gazette-lint/core'
import {applyMessageChain, remarkGazetteNotice} from '@gazette-lint/engine'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const TEXT = '原平顺县森林防火预案（平政办发〔2023〕34号）同时废止'

describe('the fixer', () => {
  const fixer = createFixer(TEXT)
  const title = {text: '平顺县森林防火预案', position: {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 11, offset: 10}}}

  it('builds edits from model elements, spans, points and offset ranges', () => {
    expect(fixer.replace(title, 'X')).toEqual({start: 1, end: 10, text: 'X'})
    expect(fixer.replace(title.position, 'X')).toEqual({start: 1, end: 10, text: 'X'})
    expect(fixer.insertBefore(title, '《')).toEqual({start: 1, end: 1, text: '《'})
    expect(fixer.insertAfter(title, '》')).toEqual({start: 10, end: 10, text: '》'})
    expect(fixer.insertAfter(title.position.start, '+')).toEqual({start: 1, end: 1, text: '+'})
    expect(fixer.remove([25, 30])).toEqual({start: 25, end: 30, text: ''})
    expect(fixer.wrap(title, '《', '》')).toEqual([
      {start: 1, end: 1, text: '《'},
      {start: 10, end: 10, text: '》'},
    ])
  })

  it('writes line breaks as the draft does: CRLF in a CRLF draft', () => {
    const crlf = 'a\r\n\r\nb\r\n'
    expect(lineBreakOf(crlf)).toBe('\r\n')
    expect(lineBreakOf('a\nb\r\n')).toBe('\n')
    expect(createFixer(crlf).insertAfter([1, 1], '\n\n（此件公开发布）')).toEqual({start: 1, end: 1, text: '\r\n\r\n（此件公开发布）'})
    expect(createFixer('a\nb').insertAfter([1, 1], '\n\nx')).toEqual({start: 1, end: 1, text: '\n\nx'})
  })
})

describe('one fix per finding (mergeEdits)', () => {
  it('merges a finding\'s edits into one contiguous range, carrying the text between them', () => {
    const fix = mergeEdits(TEXT, createFixer(TEXT).wrap([1, 10], '《', '》'))
    expect(fix).toEqual({range: [1, 10], text: '《平顺县森林防火预案》'})
  })

  it('gives no fix when the edits change nothing', () => {
    expect(mergeEdits(TEXT, {start: 0, end: 1, text: '原'})).toBeUndefined()
    expect(mergeEdits(TEXT, [])).toBeUndefined()
    expect(mergeEdits(TEXT, null)).toBeUndefined()
  })

  it('refuses overlapping edits and ranges outside the text: a rule defect, never half applied', () => {
    expect(() => mergeEdits(TEXT, [{start: 1, end: 5, text: 'a'}, {start: 4, end: 6, text: 'b'}])).toThrow(FixError)
    expect(() => mergeEdits(TEXT, {start: 5, end: TEXT.length + 1, text: ''})).toThrow(/outside the draft's text/)
    expect(() => mergeEdits(TEXT, {start: 5, end: 4, text: ''})).toThrow(FixError)
  })
})

describe('applying fixes (one pass)', () => {
  const finding = (range: [number, number], text: string) => ({fix: {range, text} as Fix})

  it('applies each fix whole, and leaves a fix overlapping or touching one taken for the next pass', () => {
    // The case: wrapping a title in 《》 next to another finding's edit inside it.
    const wrap = finding([1, 10], '《平顺县森林防火预案》')
    const inside = finding([3, 5], '森林')
    const touching = finding([10, 10], '。')
    const apart = finding([12, 13], '正')
    const {output, applied, deferred} = applyFixes(TEXT, [inside, touching, apart, wrap])
    expect(applied).toEqual([wrap, apart])
    expect(deferred).toEqual([inside, touching])
    expect(output).toBe('原《平顺县森林防火预案》（平正办发〔2023〕34号）同时废止')
    // Never a `《` without its `》`.
    expect(output.split('《').length).toBe(output.split('》').length)
  })

  it('counts findings that carry the very fix just applied as fixed with it', () => {
    const brackets = finding([0, 1], 'X')
    const padding = finding([0, 1], 'X')
    const other = finding([0, 1], 'Y')
    expect(applyFixes(TEXT, [brackets, padding, other])).toEqual({output: 'X' + TEXT.slice(1), applied: [brackets, padding], deferred: [other]})
  })

  it('changes nothing without fixes', () => {
    expect(applyFixes(TEXT, [{}, {}]).output).toBe(TEXT)
  })
})

describe('report() and the fixable flag', () => {
  const meta = (fixable: boolean): RuleMeta => ({
    id: 'test-fixing',
    family: 'test',
    severity: 'warning',
    type: 'layout',
    fixable,
    description: {zh: '测试', en: 'test'},
    messages: {half: {zh: '半角逗号', en: 'half-width comma'}},
  })
  const check = (fixable: boolean) =>
    defineRule(meta(fixable), ({notice, report}) => {
      const at = notice.text.indexOf(',')
      report({messageId: 'half', at: notice.locator.span(at, at + 1), fix: (fixer) => fixer.replace([at, at + 1], '，')})
    })

  async function lint(fixable: boolean) {
    const file = new VFile({value: '陵川县人民政府办公室\n\n各乡镇,县直各单位：\n', path: 'x.md'})
    const processor = unified().use(remarkParse).use(remarkGazetteNotice).use(check(fixable).plugin)
    await processor.run(processor.parse(file), file)
    applyMessageChain(file, file.data.gazette, {levels: new Map()})
    return file.messages.map((message) => ({ruleId: message.ruleId, reason: message.reason, fatal: message.fatal, fix: (message as {fix?: Fix}).fix}))
  }

  it('puts the merged fix on the message of a fixable rule, as data', async () => {
    expect(await lint(true)).toEqual([{ruleId: 'test-fixing', reason: '半角逗号', fatal: false, fix: {range: [15, 16], text: '，'}}])
  })

  it('refuses a fix from a rule not marked fixable: a fatal finding naming the rule', async () => {
    const [message] = await lint(false)
    expect(message.ruleId).toBe('fatal')
    expect(message.fatal).toBe(true)
    expect(message.reason).toContain('test-fixing')
    expect(message.reason).toContain('reported a fix but its meta is not fixable')
    expect(message.fix).toBeUndefined()
  })
})
