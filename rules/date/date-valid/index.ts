import {defineRule, isRealDate} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const TODAY = /^(\d{4})-(\d{2})-(\d{2})$/u

export default defineRule(
  {id: 'date-valid', family: 'date', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, settings, report}) => {
    const date = notice.date
    const parts = date?.parts
    if (!date || !parts) return
    const {year, month, day} = parts
    if (![year, month, day].every((value) => Number.isInteger(value))) return
    const data = {date: date.text, year, month, day, today: settings.today}
    if (month < 1 || month > 12) {
      report({messageId: 'invalid-month', data, at: date})
      return
    }
    if (!isRealDate(year, month, day)) {
      report({messageId: 'invalid', data, at: date})
      return
    }
    const today = TODAY.exec(settings.today)
    if (!today) return
    const dateValue = year * 10000 + month * 100 + day
    const todayValue = Number(today[1]) * 10000 + Number(today[2]) * 100 + Number(today[3])
    if (dateValue > todayValue) report({messageId: 'future', data, at: date})
  },
)
