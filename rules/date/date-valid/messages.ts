export const description = {
  zh: '成文日期须为真实存在的日期，且不晚于今天（拟稿阶段可预填此后一段时间内的签发日期）',
  en: 'The date is a real calendar date and not after today (at the draft stage, a planned signing date within a horizon is fine)',
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
    zh: '成文日期“{date}”晚于今天（{today}）：成文日期是负责人签发的日期，印发时不能晚于今天',
    en: 'The date "{date}" is after today ({today}): it is the day the document was signed, and a published document cannot be signed later than today',
  },
  'beyond-horizon': {
    zh: '成文日期“{date}”比今天（{today}）晚{days}天，超出拟稿阶段允许的{horizon}天：请核对年份和月份',
    en: 'The date "{date}" is {days} days after today ({today}), more than the {horizon} days a draft may plan ahead: check the year and the month',
  },
}
