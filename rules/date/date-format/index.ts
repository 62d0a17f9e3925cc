import {defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const EXAMPLE = '2026年2月20日'

export default defineRule(
  {id: 'date-format', family: 'date', severity: 'error', fixable: true, description, messages},
  ({notice, report}) => {
    const date = notice.date
    if (!date) return
    const parts = date.parts
    if (!parts) {
      // A damaged date (`20171116`, `2019年1123`): the 成文日期 is there, malformed.
      report({messageId: 'unreadable', data: {date: date.text, example: EXAMPLE}, at: date})
      return
    }
    if (parts.placeholder) {
      report({messageId: 'placeholder', data: {date: date.text}, at: date, pending: true})
      return
    }
    const {year, month, day} = parts
    const readable = [year, month, day].every((value) => Number.isInteger(value) && value >= 0)
    const expected = readable ? `${year}年${month}月${day}日` : undefined
    // The fix only rewrites the form; whether the day exists is date-valid's finding.
    const fix = expected ? [{start: date.position.start.offset, end: date.position.end.offset, text: expected}] : undefined
    const data = {date: date.text, expected: expected ?? ''}
    if (!expected) return
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
