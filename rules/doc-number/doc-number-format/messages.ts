export const description = {
  zh: '发文字号须为“代字〔YYYY〕N号”：年份用六角括号〔〕、四位数字，序号不加“第”、不补零，中间不留空格',
  en: 'The document number reads 代字〔YYYY〕N号: the year in 〔〕 with four digits, no 第, no leading zeros, no spaces',
}

export const messages = {
  brackets: {
    zh: '发文字号的年份应使用六角括号〔〕，不用“{open}{close}”：应为“{expected}”',
    en: 'The year of the document number belongs in 〔〕, not "{open}{close}": write "{expected}"',
  },
  'no-brackets': {
    zh: '发文字号的年份应放在六角括号〔〕内：应为“{expected}”',
    en: 'The year of the document number belongs in 〔〕: write "{expected}"',
  },
  'year-digits': {
    zh: '发文字号的年份应为四位阿拉伯数字，“{year}”不符合',
    en: 'The year of the document number must be four Arabic digits, not "{year}"',
  },
  di: {
    zh: '发文字号的序号前不加“第”：应为“{expected}”',
    en: 'No 第 before the sequence number: write "{expected}"',
  },
  'leading-zero': {
    zh: '发文字号的序号不编虚位（不补零）：应为“{expected}”',
    en: 'The sequence number has no leading zeros: write "{expected}"',
  },
  spaces: {
    zh: '发文字号中不应有空格：应为“{expected}”',
    en: 'The document number contains spaces: write "{expected}"',
  },
}
