export const description = {
  zh: '附后文件的标题与通知正文所引的文件名称、通知标题中印发的文件名称一致',
  en: 'The enclosure heading equals the title quoted in the cover and the one named in the notice title',
}

export const messages = {
  'heading-vs-both': {
    zh: '附后文件标题“{heading}”与通知标题和正文所称的“{expected}”不一致',
    en: 'The enclosure heading "{heading}" differs from the name in the notice title and the cover: "{expected}"',
  },
  title: {
    zh: '通知标题中的文件名称“{title}”与附后文件标题“{expected}”不一致',
    en: 'The document named in the notice title, "{title}", differs from the enclosure heading "{expected}"',
  },
  'title-vs-cover': {
    zh: '通知标题中的文件名称“{title}”与正文所引的《{cover}》不一致',
    en: 'The document named in the notice title, "{title}", differs from the title quoted in the cover, 《{cover}》',
  },
  cover: {
    zh: '正文所引文件名称《{cover}》与附后文件标题“{expected}”不一致',
    en: 'The title quoted in the cover, 《{cover}》, differs from the enclosure heading "{expected}"',
  },
}
