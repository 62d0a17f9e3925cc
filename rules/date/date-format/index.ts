import {chineseNumeral, defineRule, type DateParts, type Fixer} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const EXAMPLE = '2026年2月20日'

export default defineRule(
  {id: 'date-format', family: 'date', severity: 'error', type: 'problem', fixable: true, description, messages},
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
    if (!expected) return
    const data = {date: date.text, expected}
    if (!unambiguous(date.text, parts)) {
      report({messageId: 'ambiguous', data, at: date})
      return
    }
    const fix = (fixer: Fixer) => fixer.replace(date, expected)
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

/**
 * Whether a date written other than `YYYY年M月D日` reads as one day only, so rewriting it is safe: Chinese numerals
 * written the usual way (`二月二十日`, not `一二月` or `十十日`), and a month and day in range (`2026-13-05` might
 * be a slip or day and month swapped). A date already in 年月日 with Arabic digits only loses its spaces or zeros.
 */
function unambiguous(text: string, {year, month, day, style}: DateParts): boolean {
  if (style === 'chinese-arabic') return true
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  if (style !== 'chinese-numerals') return true
  const written = text.replace(/\s+/gu, '').replace(/零/gu, '〇')
  const yearDigits = [...String(year)].map((digit) => '〇一二三四五六七八九'[Number(digit)]).join('')
  const forms = (value: number) => [chineseNumeral(value), String(value), String(value).padStart(2, '0')]
  return [yearDigits, String(year)].some((y) => forms(month).some((m) => forms(day).some((d) => written === `${y}年${m}月${d}日`)))
}
