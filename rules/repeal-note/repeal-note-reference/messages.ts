export const description = {
  zh: '被废止文件的发文字号规范、机关代字属于本县，与已发布文件登记的标题和日期一致，同一文件在文中多次废止时前后一致',
  en: 'The repealed number is well formed, its 代字 belongs to the county, it agrees with the registry of published documents, and repeated notes agree',
}

export const messages = {
  malformed: {
    zh: '被废止文件的发文字号“{number}”不规范：应为“{expected}”',
    en: 'The repealed number "{number}" is malformed: write "{expected}"',
  },
  unreadable: {
    zh: '被废止文件的发文字号“{number}”不规范：应为“代字〔YYYY〕N号”',
    en: 'The repealed number "{number}" is malformed: it reads 代字〔YYYY〕N号',
  },
  'foreign-prefix': {
    zh: '被废止文件的发文字号“{number}”中，机关代字“{prefix}”不是{county}的代字：应为“{expected}”',
    en: 'The 代字 "{prefix}" of the repealed number "{number}" is not one of {county}: write "{expected}"',
  },
  'unknown-prefix': {
    zh: '被废止文件的发文字号“{number}”中，机关代字“{prefix}”不是{county}的代字（{county}的代字：{prefixes}）',
    en: 'The 代字 "{prefix}" of the repealed number "{number}" is not one of {county} ({prefixes})',
  },
  'registry-title': {
    zh: '已发布文件{number}的标题为《{expected}》，此处写作《{title}》',
    en: 'The published document {number} is titled 《{expected}》, not 《{title}》',
  },
  'registry-date': {
    zh: '已发布文件{number}的印发日期为{expected}，此处写作“{date}”',
    en: 'The published document {number} is dated {expected}, not "{date}"',
  },
  'inconsistent-title': {
    zh: '同一文件{number}在第{line}行写作《{other}》，此处写作《{title}》，前后不一致',
    en: 'The same document {number} is titled 《{other}》 on line {line} but 《{title}》 here',
  },
  'inconsistent-date': {
    zh: '同一文件{number}在第{line}行写作“{other}”印发，此处写作“{date}”，前后不一致',
    en: 'The same document {number} is dated "{other}" on line {line} but "{date}" here',
  },
}
