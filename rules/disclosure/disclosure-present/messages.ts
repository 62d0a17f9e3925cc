export const description = {
  zh: '公开属性标注（附注）只标一处；县级配置记录本县公报标注公开属性的，须标注',
  en: 'A notice carries at most one disclosure flag (附注), and one where the county profile records that its gazettes print it',
}

export const messages = {
  missing: {
    zh: '缺少公开属性标注：{county}公报在成文日期下一行标注公开属性，应在此插入如“{example}”',
    en: 'The disclosure flag is missing: the gazettes of {county} print it on the line after the date; insert e.g. "{example}" here',
  },
  duplicate: {
    zh: '公开属性只应标注一处：“{flag}”与第{line}行的“{first}”重复',
    en: 'A notice has one disclosure flag: "{flag}" repeats "{first}" on line {line}',
  },
}
