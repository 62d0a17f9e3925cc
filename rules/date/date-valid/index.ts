import {defineRule, isRealDate} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const TODAY = /^(\d{4})-(\d{2})-(\d{2})$/u
const DAY = 24 * 60 * 60 * 1000

interface Options extends Record<string, unknown> {
  /** At the draft stage, a 成文日期 up to this many days after today is a planned signing date, not a fault. */
  draftHorizonDays: number
}

export default defineRule<Options>(
  {
    id: 'date-valid',
    family: 'date',
    severity: 'error',
    type: 'problem',
    fixable: false,
    description,
    messages,
    defaultOptions: {draftHorizonDays: 30},
    optionsSchema: {type: 'object', additionalProperties: false, properties: {draftHorizonDays: {type: 'integer', minimum: 0}}},
  },
  ({notice, settings, options, report}) => {
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
    const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(Number(today[1]), Number(today[2]) - 1, Number(today[3]))) / DAY)
    if (days <= 0) return
    if (settings.stage === 'publish') report({messageId: 'future', data, at: date})
    else if (days > options.draftHorizonDays) report({messageId: 'beyond-horizon', data: {...data, days, horizon: options.draftHorizonDays}, at: date})
  },
)
