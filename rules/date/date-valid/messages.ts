export const description = {
  zh: '成文日期须为真实存在的日期，且不晚于今天',
  en: 'The date is a real calendar date and not after today',
}

export const messages = {
  invalid: {
    zh: '成文日期“{date}”不存在：{year}年{month}月没有{day}日',
    en: 'The date "{date}" does not exist: {year}-{month} has no day {day}',
  },
  'invalid-month': {
    zh: '成文日期“{date}”不存在：没有{month}月',
    en: 'The date "{date}" does not exist: there is no month {month}',
  },
  future: {
    zh: '成文日期“{date}”晚于今天（{today}）',
    en: 'The date "{date}" is after today ({today})',
  },
}
