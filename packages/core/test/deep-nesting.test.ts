/**
 * Drafts nested far deeper than any notice (issue #16): the model reads them without a recursion limit
 * of its own (the findings on such drafts: test/deep-nesting.test.ts).
 */
import {buildNotice, type Notice} from '@gazette-lint/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const build = (text: string): Notice => buildNotice(parser.parse(text), text)

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
