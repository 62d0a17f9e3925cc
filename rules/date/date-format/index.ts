import {defineRule, type Fixer} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'date-format', family: 'date', severity: 'error', type: 'problem', fixable: true, description, messages},
  ({notice, report}) => {
    const date = notice.date
    const parts = date?.parts
    if (!date || !parts) return
    const {year, month, day} = parts
    const readable = [year, month, day].every((value) => Number.isInteger(value) && value >= 0)
    const expected = readable ? `${year}年${month}月${day}日` : undefined
    // The fix only rewrites the form; whether the day exists is date-valid's finding.
    if (!expected) return
    const fix = (fixer: Fixer) => fixer.replace(date, expected)
    const data = {date: date.text, expected}
    // `2025-02-20` is one fault, not three (its padding and spaces go with its form).
    if (parts.style === 'iso' || parts.style === 'dotted') {
      report({messageId: 'numeric', data, at: date, fix})
      return
    }
    if (parts.style === 'chinese-numerals') report({messageId: 'chinese-numerals', data, at: date, fix})
    if (parts.fullWidthDigits) report({messageId: 'full-width-digits', data, at: date, fix})
    if (parts.zeroPadded) report({messageId: 'zero-padded', data, at: date, fix})
    if (parts.hasSpaces) report({messageId: 'spaces', data, at: date, fix})
  },
)
