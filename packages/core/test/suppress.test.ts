/**
 * Suppression looked up per message in logarithmic time (issue #16: a draft with hundreds of thousands of
 * findings and many comments) decides exactly as the plain walk over the directives does.
 */
import {suppression} from '@gazette-lint/core'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

type Directive = Parameters<typeof suppression>[0][number]

/** The plain walk: the last applicable disable or enable at or before the line decides. */
function walked(message: {ruleId: string; line: number}, directives: Directive[]): boolean {
  let disabled = false
  for (const directive of directives) {
    if (directive.ids.length > 0 && !directive.ids.includes(message.ruleId)) continue
    if (directive.kind === 'disable-next-line') {
      if (directive.target === message.line) return true
      continue
    }
    if (directive.line > message.line) continue
    disabled = directive.kind === 'disable'
  }
  return disabled
}

describe('suppression', () => {
  it('decides as the plain walk over the directives, in document order', () => {
    const directive = fc.record({
      kind: fc.constantFrom('disable', 'enable', 'disable-next-line'),
      ids: fc.subarray(['a', 'b']),
      gap: fc.nat({max: 3}),
      skip: fc.integer({min: 1, max: 3}),
    })
    const messages = fc.array(fc.record({ruleId: fc.constantFrom('a', 'b', 'c'), line: fc.integer({min: 1, max: 40})}), {maxLength: 30})
    fc.assert(
      fc.property(fc.array(directive, {maxLength: 12}), messages, (drawn, found) => {
        let line = 1
        const directives = drawn.map(({kind, ids, gap, skip}) => {
          line += gap
          return {kind, ids, line, ...(kind === 'disable-next-line' ? {target: line + skip} : {})} as Directive
        })
        const suppressed = suppression(directives)
        for (const message of found) expect(suppressed(message), JSON.stringify(message)).toBe(walked(message, directives))
      }),
      {numRuns: 500},
    )
  })
})
