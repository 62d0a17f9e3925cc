export const description = {
  zh: '正文引用的发文字号用六角括号〔〕括入年份，并用圆括号（）括入、置于所引公文标题之后',
  en: 'A document number cited in the text has its year in 〔〕 and stands in （） after the cited title',
}

export const messages = {
  brackets: {
    zh: '引用的发文字号年份应使用六角括号〔〕，不用“{open}{close}”：应为“{expected}”',
    en: 'The year of the cited number belongs in 〔〕, not "{open}{close}": write "{expected}"',
  },
  incomplete: {
    zh: '引用的发文字号“{number}”不完整：缺少{missing}，应为“代字〔YYYY〕N号”',
    en: 'The cited number "{number}" is incomplete: {missing} missing; it reads 代字〔YYYY〕N号',
  },
  malformed: {
    zh: '引用的发文字号应写作“{expected}”（序号不加“第”、不补零，中间不留空格）',
    en: 'Write the cited number as "{expected}" (no 第, no leading zeros, no spaces)',
  },
  'bare-after-title': {
    zh: '所引公文标题后的发文字号应用圆括号括入：“（{number}）”',
    en: 'The number after the cited title stands in round brackets: "（{number}）"',
  },
  bare: {
    zh: '引用公文应先引标题，后引发文字号：“《标题》（{number}）”',
    en: 'Cite the title first, then the number in round brackets: "《title》（{number}）"',
  },
  wrapper: {
    zh: '括入发文字号的圆括号应为全角“（）”，不用半角“()”',
    en: 'The brackets around the cited number are full-width "（）", not "()"',
  },
}
