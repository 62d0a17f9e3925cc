export const description = {
  zh: '附件说明所列附件与文后所附附件的数量、顺序、名称一致，附件标识写作“附件”“附件1”……',
  en: 'The attachment note agrees with the printed attachments in count, order and title, and their labels read 附件 / 附件1 …',
}

export const messages = {
  'no-list': {
    zh: '文后附有“{label}”，但正文之后没有列出附件的附件说明（“附件：……”）',
    en: '"{label}" is printed, but no attachment note (附件：…) lists the attachments',
  },
  'not-listed': {
    zh: '附件说明中没有第{ordinal}个附件，此处却附有“{label}”',
    en: 'The attachment note lists no attachment {ordinal}, but "{label}" is printed here',
  },
  'not-printed': {
    zh: '附件说明列出的“{title}”未见于文后所附附件',
    en: 'The attachment note lists "{title}", but it is not printed after the notice',
  },
  title: {
    zh: '附件标题“{heading}”与附件说明中的“{listed}”不一致',
    en: 'The attachment heading "{heading}" differs from the attachment note: "{listed}"',
  },
  order: {
    zh: '附件顺序与附件说明不一致：“{label}”排在“{previous}”之后',
    en: 'Attachments are printed out of order: "{label}" comes after "{previous}"',
  },
  label: {
    zh: '附件标识应为“{expected}”，不是“{label}”',
    en: 'The attachment label should be "{expected}", not "{label}"',
  },
}
