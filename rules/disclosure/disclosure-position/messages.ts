export const description = {
  zh: '公开属性标注在成文日期下一行，不放在落款之前，也不放在所印发文件之后',
  en: 'The disclosure flag stands on the line right after the date, not before the signature nor after the enclosure',
}

export const messages = {
  'before-signature': {
    zh: '公开属性“{flag}”应标注在成文日期下一行，不应放在落款之前',
    en: 'The disclosure flag "{flag}" belongs on the line after the date, not before the signature',
  },
  'before-date': {
    zh: '公开属性“{flag}”应标注在成文日期下一行，不应放在署名与成文日期之间',
    en: 'The disclosure flag "{flag}" belongs on the line after the date, not between the signature and the date',
  },
  'after-enclosure': {
    zh: '公开属性“{flag}”应标注在成文日期下一行，不应放在所印发文件或附件之后',
    en: 'The disclosure flag "{flag}" belongs on the line after the date, not after the enclosure or attachments',
  },
  elsewhere: {
    zh: '公开属性“{flag}”应紧接在成文日期下一行',
    en: 'The disclosure flag "{flag}" belongs on the line right after the date',
  },
}
