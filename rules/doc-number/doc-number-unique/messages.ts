export const description = {
  zh: '发文字号不得与本次检查的其他文稿或登记册中已发布的文件重号',
  en: 'No other draft of the run, and no published document of the registry, carries the same document number',
}

export const messages = {
  published: {
    zh: '发文字号“{number}”已被已发布的文件使用：《{title}》',
    en: 'The document number "{number}" is already used by a published document: 《{title}》',
  },
  'published-untitled': {
    zh: '发文字号“{number}”已被已发布的文件使用（{source}）',
    en: 'The document number "{number}" is already used by a published document ({source})',
  },
  'in-run': {
    zh: '发文字号“{number}”与本次检查的其他文稿重号：{files}',
    en: 'The document number "{number}" is also used by other drafts of this run: {files}',
  },
  'in-run-other': {
    zh: '此文稿的发文字号也是“{number}”',
    en: 'This draft carries the document number "{number}" too',
  },
}
