export const description = {
  zh: '通知、通报、意见、函、批复、请示、报告须有主送机关，以全角冒号“：”结尾；县级配置记录的分隔习惯（不同类别之间用“，”）',
  en: 'A numbered 通知, 通报, 意见, 函, 批复, 请示 or 报告 names its addressees, ending in "："; groups separated as the county profile records ("，")',
}

export const messages = {
  missing: {
    zh: '缺少主送机关：{docType}应在发文字号之后写明主送机关，以全角冒号“：”结尾',
    en: 'No addressee (主送机关): a {docType} names its addressees after the document number, ending in "："',
  },
  colon: {
    zh: '主送机关应以全角冒号“：”结尾',
    en: 'The addressee ends in a full-width colon "："',
  },
  comma: {
    zh: '主送机关各组之间应使用全角逗号“，”，不用半角“,”',
    en: 'Groups of addressees are separated by a full-width comma "，", not ","',
  },
  'group-separator': {
    zh: '{county}公报的主送机关中不同类别的机关之间用“，”分隔（“、”只用于同一类别之内）：“{group}”之后应为“，”',
    en: 'The gazettes of {county} separate kinds of addressee with "，" ("、" only within one kind): write "，" after "{group}"',
  },
}
