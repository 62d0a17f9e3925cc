export const description = {
  zh: '成文日期须写作“YYYY年M月D日”：阿拉伯数字，月、日不补零，中间不留空格',
  en: 'The date reads YYYY年M月D日: Arabic numerals, no zero padding, no spaces',
}

export const messages = {
  placeholder: {
    zh: '成文日期“{date}”待填：签发时填写签发日期，印发前须为“YYYY年M月D日”',
    en: 'The date "{date}" is still to be filled in: it is the day the document is signed, and before publishing it must read YYYY年M月D日',
  },
  unreadable: {
    zh: '成文日期“{date}”无法读作年月日：应写作“YYYY年M月D日”，如“{example}”',
    en: 'The date "{date}" cannot be read as a date: write it as YYYY年M月D日, e.g. "{example}"',
  },
  spaces: {
    zh: '成文日期中不应有空格：应为“{expected}”',
    en: 'The date contains spaces: write "{expected}"',
  },
  'zero-padded': {
    zh: '成文日期的月、日不编虚位（不补零）：应为“{expected}”',
    en: 'The month and day of the date have no leading zeros: write "{expected}"',
  },
  'chinese-numerals': {
    zh: '成文日期应使用阿拉伯数字，不用汉字数字“{date}”：应为“{expected}”',
    en: 'The date uses Arabic numerals, not Chinese numerals "{date}": write "{expected}"',
  },
  'full-width-digits': {
    zh: '成文日期应使用半角阿拉伯数字，不用全角数字“{date}”：应为“{expected}”',
    en: 'The date uses half-width Arabic digits, not full-width "{date}": write "{expected}"',
  },
  numeric: {
    zh: '成文日期应写作“年月日”，不用“{date}”：应为“{expected}”',
    en: 'The date is written with 年月日, not "{date}": write "{expected}"',
  },
  ambiguous: {
    zh: '成文日期“{date}”的写法有歧义，无法确定是哪一天：请用阿拉伯数字写作“YYYY年M月D日”',
    en: 'The date "{date}" can be read more than one way: write it in Arabic numerals as "YYYY年M月D日"',
  },
}
