import {defineRule, yearValue} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'doc-number-year', family: 'doc-number', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, report}) => {
    const number = notice.number
    const date = notice.date
    if (!number || !date?.parts) return
    // A two-digit year (`〔25〕`) is doc-number-format's finding; its century is a guess.
    const fromNumber = yearValue(number.parts.year)
    const fromDate = date.parts.year
    if (fromNumber === undefined || !Number.isInteger(fromDate)) return
    if (fromNumber === fromDate) return
    report({
      messageId: 'mismatch',
      data: {number: number.text, numberYear: fromNumber, date: date.text, dateYear: fromDate},
      at: number,
    })
  },
)
