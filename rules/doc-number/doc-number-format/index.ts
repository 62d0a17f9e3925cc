import {defineRule, listAnd, type Fixer} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'doc-number-format', family: 'doc-number', severity: 'error', type: 'problem', fixable: true, description, messages},
  ({notice, settings, report}) => {
    const number = notice.number
    if (!number) return
    const {parts} = number
    if (parts.placeholder) {
      report({messageId: 'placeholder', data: {number: number.text, prefix: parts.prefix, year: parts.year}, at: number, pending: true})
      return
    }
    if (parts.missing) {
      // A damaged number is not rebuilt: where its year ends and its sequence starts is a guess.
      report({messageId: 'incomplete', data: {number: number.text, missing: listAnd(parts.missing, settings.lang, {quote: true})}, at: number})
      return
    }
    const expected = number.canonical
    const fix = expected ? (fixer: Fixer) => fixer.replace(number, expected) : undefined
    const data = {expected: expected ?? '', open: parts.openBracket, close: parts.closeBracket, year: parts.year}
    if (!parts.openBracket) report({messageId: 'no-brackets', data, at: number, fix})
    else if (parts.openBracket !== '〔' || parts.closeBracket !== '〕') report({messageId: 'brackets', data, at: number, fix})
    if (!/^\d{4}$/.test(parts.year)) report({messageId: 'year-digits', data, at: number, fix})
    if (parts.hasDi) report({messageId: 'di', data, at: number, fix})
    if (/^0/.test(parts.sequence)) report({messageId: 'leading-zero', data, at: number, fix})
    if (parts.hasSpaces) report({messageId: 'spaces', data, at: number, fix})
  },
)
