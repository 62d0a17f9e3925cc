export const description = {
  zh: '发文字号的年份须与成文日期的年份一致',
  en: 'The year of the document number equals the year of the date (成文日期)',
}

export const messages = {
  mismatch: {
    zh: '发文字号“{number}”的年份{numberYear}与成文日期“{date}”的年份{dateYear}不一致',
    en: 'The year {numberYear} of the document number "{number}" differs from the year {dateYear} of the date "{date}"',
  },
}
