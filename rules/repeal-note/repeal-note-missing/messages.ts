export const description = {
  zh: '所印发的文件与本机关已发布的文件同名时，须写明原文件同时废止；前置元数据 repeals 列出的文件须在正文中写明废止',
  en: 'When the document issued has the title of a published document of the same issuer, a repeal note names the old one; each front-matter repeals entry has its note',
}

export const messages = {
  missing: {
    zh: '本机关已发布同名文件《{title}》（{number}），未写明其废止：应加“{note}”',
    en: 'The issuer already published 《{title}》 ({number}) and no repeal note names it: add "{note}"',
  },
  'missing-after': {
    zh: '本机关已发布同名文件《{title}》（{number}），未写明其废止：应在印发此件的句子之后写“{note}”',
    en: 'The issuer already published 《{title}》 ({number}) and no repeal note names it: write "{note}" after the sentence that issues this document',
  },
  'front-matter': {
    zh: '前置元数据 repeals 列出的《{title}》{number}在正文中没有对应的废止说明',
    en: 'The front matter repeals 《{title}》{number}, but no repeal note in the text names it',
  },
}
