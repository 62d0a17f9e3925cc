export const description = {
  zh: '发文字号须为“代字〔YYYY〕N号”：年份用六角括号〔〕、四位数字，序号不加“第”、不补零，中间不留空格',
  en: 'The document number reads 代字〔YYYY〕N号: the year in 〔〕 with four digits, no 第, no leading zeros, no spaces',
}

export const messages = {
  placeholder: {
    zh: '发文字号“{number}”的序号待填：签发时由办公室编号后填入，印发前须为“{prefix}〔{year}〕N号”',
    en: 'The sequence of the document number "{number}" is still to be filled in: the office numbers the document at signing; before publishing it must read {prefix}〔{year}〕N号',
  },
  incomplete: {
    zh: '发文字号“{number}”不完整：缺少{missing}，应为“代字〔YYYY〕N号”',
    en: 'The document number "{number}" is incomplete: {missing} missing; it reads 代字〔YYYY〕N号',
  },
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
