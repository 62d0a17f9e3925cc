import {CITED_NUMBER, defineRule, listAnd, type Citation, type Fixer, type TextEdit} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const SEPARATORS = /^[、，,和及与\s]*$/u

export default defineRule(
  {id: 'cited-number-format', family: 'citation', severity: 'warning', type: 'layout', fixable: true, description, messages},
  ({notice, settings, report}) => {
    const text = notice.text
    const wrappersSeen = new Set<number>()
    for (const citation of notice.citations) {
      const start = citation.position.start.offset
      const end = citation.position.end.offset
      // A line holding only a number is a 发文字号 line: the doc-number rules' element.
      if (notice.units.some((unit) => unit.position.start.offset === start && unit.position.end.offset === end)) continue

      if (citation.missing) {
        // Where its year ends is a guess: said, not rewritten.
        report({messageId: 'incomplete', data: {number: citation.text, missing: listAnd(citation.missing, settings.lang, {quote: true})}, at: citation})
        continue
      }
      const expected = `${citation.prefix}〔${citation.year}〕${Number(citation.sequence)}号`
      const data = {number: citation.text, expected, open: citation.openBracket, close: citation.closeBracket}
      const rewrite = (fixer: Fixer) => fixer.replace(citation, expected)
      if (citation.openBracket !== '〔' || citation.closeBracket !== '〕') report({messageId: 'brackets', data, at: citation, fix: rewrite})
      else if (citation.text !== expected) report({messageId: 'malformed', data, at: citation, fix: rewrite})

      const group = enclosingGroup(text, citation)
      if (!group) {
        if (/》\s*$/u.test(text.slice(Math.max(0, start - 40), start))) {
          report({
            messageId: 'bare-after-title',
            data: {number: expected},
            at: citation,
            fix: (fixer) => fixer.wrap(citation, '（', '）'),
          })
        } else {
          report({messageId: 'bare', data: {number: expected}, at: citation})
        }
      } else if ((text[group.open] === '(' || text[group.close] === ')') && !wrappersSeen.has(group.open)) {
        wrappersSeen.add(group.open)
        const fix = (fixer: Fixer) => {
          const edits: TextEdit[] = []
          if (text[group.open] === '(') edits.push(fixer.replace([group.open, group.open + 1], '（'))
          if (text[group.close] === ')') edits.push(fixer.replace([group.close, group.close + 1], '）'))
          return edits
        }
        report({messageId: 'wrapper', at: citation, fix})
      }
    }
  },
)

/**
 * The round-bracket group the citation stands in, alone or with other numbers
 * (`（晋政发〔2021〕48号、晋政办发〔2021〕5号）`); undefined when it stands in the running text.
 */
function enclosingGroup(text: string, citation: Citation): {open: number; close: number} | undefined {
  const start = citation.position.start.offset
  const end = citation.position.end.offset
  let open = -1
  for (let index = start - 1; index >= 0 && start - index <= 200; index--) {
    const char = text[index]
    if (char === '（' || char === '(') {
      open = index
      break
    }
    if (char === '）' || char === ')' || char === '\n' || char === '。') return undefined
  }
  let close = -1
  for (let index = end; index < text.length && index - end <= 200; index++) {
    const char = text[index]
    if (char === '）' || char === ')') {
      close = index
      break
    }
    if (char === '（' || char === '(' || char === '\n' || char === '。') return undefined
  }
  if (open < 0 || close < 0) return undefined
  const inner = text.slice(open + 1, close).replace(new RegExp(CITED_NUMBER.source, 'gu'), '')
  return SEPARATORS.test(inner) ? {open, close} : undefined
}
