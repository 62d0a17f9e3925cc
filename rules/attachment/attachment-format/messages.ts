export const description = {
  zh: '附件说明写作“附件：”（全角冒号）；只有一个附件不编序号，多个附件依次编为“1.”“2.”……；附件名称后不加标点',
  en: 'The attachment note starts "附件：" (full-width colon); a single attachment is unnumbered, several are numbered 1. 2. …; no punctuation after a title',
}

export const messages = {
  lead: {
    zh: '附件说明应以“附件：”（全角冒号）开头，不是“{lead}”',
    en: 'The attachment note starts "附件：" with a full-width colon, not "{lead}"',
  },
  empty: {
    zh: '“附件：”之后没有写附件名称',
    en: '"附件：" names no attachment',
  },
  'single-numbered': {
    zh: '只有一个附件时不编序号：删去“{label}”',
    en: 'A single attachment is not numbered: remove "{label}"',
  },
  unnumbered: {
    zh: '有多个附件时应依次编序号“1.”“2.”……：此项应为“{expected}”',
    en: 'Several attachments are numbered 1. 2. …: number this one "{expected}"',
  },
  'label-style': {
    zh: '附件序号应写作“{expected}”（阿拉伯数字加下脚点），不用“{label}”',
    en: 'Number the attachment "{expected}" (a digit and a full stop), not "{label}"',
  },
  ordinal: {
    zh: '附件序号应依次编排：此项应为“{expected}”，不是“{label}”',
    en: 'Attachments are numbered in sequence: this one is "{expected}", not "{label}"',
  },
  'trailing-punctuation': {
    zh: '附件名称后不加标点符号：删去“{punctuation}”',
    en: 'No punctuation after an attachment title: remove "{punctuation}"',
  },
}
