/**
 * micromark's edit maps applied without copying the events before the first edit (issue #16: 16,000 short
 * block quotes took three minutes): the same trees as micromark's own `consume`, on random Markdown full of
 * containers, and the one `EditMap` the parser of every draft uses.
 */
import {linearConsume, quadraticConsume} from '../packages/engine/dist/linear-edits.js'
import {modelDraft} from '@gazette-lint/engine'
import fc from 'fast-check'
import {EditMap} from 'micromark-util-edit-map'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const parse = (text: string) => JSON.stringify(unified().use(remarkParse).parse(text))

function withConsume<T>(consume: unknown, run: () => T): T {
  const installed = EditMap.prototype.consume
  EditMap.prototype.consume = consume as typeof EditMap.prototype.consume
  try {
    return run()
  } finally {
    EditMap.prototype.consume = installed
  }
}

describe('linear edit maps', () => {
  it('are the ones the parser of a draft uses', () => {
    expect(EditMap.prototype.consume).toBe(linearConsume)
    let calls = 0
    const counting = function (this: unknown, events: unknown[]) {
      calls++
      return linearConsume.call(this as never, events)
    }
    withConsume(counting, () => modelDraft(new VFile({value: '> 引文\n>\n> - 子项\n> - 子项\n\n- 一\n  - 二\n- 三\n', path: 'x.md'})))
    expect(calls).toBeGreaterThan(0)
  })

  it('give the trees micromark\'s own consume gives, on random nested quotes, lists and text', {timeout: 60_000}, () => {
    const line = fc.tuple(
      fc.array(fc.constantFrom('>', '> ', '- ', '* ', '1. ', '2) ', '  ', '   ', '\t'), {maxLength: 6}),
      fc.constantFrom('说明', '', '# 标题', '```', '---', '<div>', '[a]: /u', '*强调*', '  续行'),
    )
    const markdown = fc.array(line, {maxLength: 30}).map((lines) => lines.map(([prefix, text]) => prefix.join('') + text).join('\n'))
    fc.assert(
      fc.property(markdown, (text) => {
        expect(withConsume(linearConsume, () => parse(text))).toBe(withConsume(quadraticConsume, () => parse(text)))
      }),
      {numRuns: 300},
    )
  })
})
