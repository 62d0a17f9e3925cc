import {chineseNumeralValue, defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The number's year as a number: four Arabic digits, or four Chinese digits (`二〇二五`); else undefined. */
function numberYear(year: string): number | undefined {
  if (/^\d{4}$/u.test(year)) return Number(year)
  if (/^[〇零一二三四五六七八九]{4}$/u.test(year)) return chineseNumeralValue(year)
  // A two-digit year (`〔25〕`) is doc-number-format's finding; its century is a guess.
  return undefined
}

export default defineRule(
  {id: 'doc-number-year', family: 'doc-number', severity: 'error', fixable: false, description, messages},
  ({notice, report}) => {
    const number = notice.number
    const date = notice.date
    if (!number || !date?.parts) return
    const fromNumber = numberYear(number.parts.year)
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
