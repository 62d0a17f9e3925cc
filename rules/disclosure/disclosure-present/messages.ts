export const description = {
  zh: '公文须有且只有一处公开属性标注（附注），如“（此件公开发布）”',
  en: 'A notice carries exactly one disclosure flag (附注), e.g. （此件公开发布）',
}

export const messages = {
  missing: {
    zh: '缺少公开属性标注：应在成文日期下一行标注，如“{example}”',
    en: 'The disclosure flag is missing: put it on the line after the date, e.g. "{example}"',
  },
  duplicate: {
    zh: '公开属性只应标注一处：“{flag}”与第{line}行的“{first}”重复',
    en: 'A notice has one disclosure flag: "{flag}" repeats "{first}" on line {line}',
  },
}
