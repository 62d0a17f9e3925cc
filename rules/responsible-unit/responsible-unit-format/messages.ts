export const description = {
  zh: '责任单位标注的标签后用全角冒号；有县级配置的，按本县公报的习惯：全文统一用本县的一种括号，标签项之间用分号，标注放在任务段末句号之后',
  en: 'A full-width colon follows an annotation label; with a county profile, annotations follow the county\'s habits: one of its bracket styles per document, ； between labelled fields, closing their paragraph after the 。',
}

export const messages = {
  'bracket-style': {
    zh: '责任单位标注的括号应全文统一：本文多数用“{expected}”，此处用“{found}”',
    en: 'Responsible-unit annotations use one bracket style per document: most use "{expected}", this one "{found}"',
  },
  'halfwidth-brackets': {
    zh: '责任单位标注应使用全角圆括号“（）”，不用“{found}”',
    en: 'Responsible-unit annotations use full-width round brackets "（）", not "{found}"',
  },
  'label-colon': {
    zh: '“{label}”后应使用全角冒号“：”',
    en: 'A full-width colon "：" follows "{label}"',
  },
  'field-separator': {
    zh: '责任单位标注中“{label}”前应使用分号“；”分隔，不用“{found}”',
    en: 'Labelled fields of an annotation are separated by "；": use it before "{label}", not "{found}"',
  },
  'field-separator-missing': {
    zh: '责任单位标注中“{label}”前应使用分号“；”与前一项分隔',
    en: 'Labelled fields of an annotation are separated by "；": put one before "{label}"',
  },
  'missing-stop': {
    zh: '责任单位标注应放在任务句末的句号之后：“{annotation}”前缺少“。”',
    en: 'The annotation follows the task sentence\'s full stop: "。" is missing before "{annotation}"',
  },
  'county-brackets': {
    zh: '{county}公报的责任单位标注使用{expected}，此处用“{found}”',
    en: 'The gazettes of {county} write annotations in {expected}, this one in "{found}"',
  },
  'inline-next-item': {
    zh: '责任单位标注“{annotation}”之后同一行还有“{marker}”开头的下一项：每项任务应另起一行（段），否则无法分清各项的标注',
    en: 'The annotation "{annotation}" is followed on the same line by the next item "{marker}": start each item on a line (paragraph) of its own, so each keeps its annotation',
  },
  inline: {
    zh: '责任单位标注“{annotation}”应放在任务段末，不应夹在句子中间',
    en: 'The annotation "{annotation}" closes its paragraph; it does not belong inside a sentence',
  },
}
